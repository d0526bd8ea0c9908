/**
 * The template model's budgets, run by `npm run bench` in a process of its own
 * (`--templates`):
 * - property hover p95 on a 3,000-line template after its first parse;
 * - parsing a 1 MB template (YAML and JSON), once per document version;
 * - a 6 MB single-line JSON template costs no more than today's windowed read
 *   (it is over the parse limit, so the hover checks its length and reads a window).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../src/core/catalog';
import { NoteIndex } from '../src/core/note-index';
import { parseNotes } from '../src/core/parser';
import { PropertyHoverCache, type PropertySetting } from '../src/core/property-hover';
import { coveredSettings } from '../src/core/templates/in-file-outline';
import { parseTemplate, type TemplateDocument } from '../src/core/templates';
import { PropertyDocs, type GeneratedPropertyDocs } from '../src/core/templates/property-docs';
import { MAX_TEMPLATE_CHARS } from '../src/template-limits';

const ROOT = path.resolve(__dirname, '..', '..');

export const TEMPLATE_BUDGETS = {
  propertyHoverP95Ms: 2,
  parse1MBMs: 50,
  /** The 6 MB line's hover may cost this many times the windowed read alone. */
  hugeLineRatio: 1.5,
};

export interface TemplateBenchResult {
  lines: number;
  hoverSamples: number;
  /** Every key and value of the template hovered in turn, after the first parse; the first hover of each setting builds it. */
  propertyHoverP50Ms: number;
  propertyHoverP95Ms: number;
  /** The same, the first time each resource and setting is hovered (resource read, passages ranked). */
  firstPropertyHoverP95Ms: number;
  parseYaml1MBMs: number;
  parseJson1MBMs: number;
  /** The first "In this file" of the 3,000-line YAML template: every resource read, every setting ranked. */
  outlineFirstMs: number;
  /** A later version whose every resource is new (settings' rankings kept for the index version). */
  outline3000LinesMs: number;
  /** The same after an edit to one resource: the others are re-based from the previous version's reading. */
  outlineAfterEditMs: number;
  hugeLineMB: number;
  /** Today's windowed read and mention lookup on the 6 MB line. */
  windowedReadMs: number;
  /** The same with the template path in front (length check, then the windowed read). */
  hugeLineHoverMs: number;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The relevance fixture's resources, repeated under fresh logical ids until the template has `minLines` lines. */
function yamlTemplate(minLines: number): string {
  const base = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'templates', 'settings.yaml'), 'utf8');
  const head = base.slice(0, base.indexOf('\nResources:\n') + '\nResources:\n'.length);
  const resources = base.slice(head.length, base.indexOf('\nOutputs:'));
  const parts = [head];
  let lines = head.split('\n').length;
  for (let copy = 0; lines < minLines; copy++) {
    const renamed = resources.replace(/^ {2}([A-Za-z0-9]+):/gm, `  $1${copy}:`);
    parts.push(renamed);
    lines += renamed.split('\n').length;
  }
  return parts.join('');
}

function yamlOfSize(bytes: number): string {
  let lines = 3000;
  let text = yamlTemplate(lines);
  while (text.length < bytes) text = yamlTemplate((lines *= 2));
  return text;
}

function jsonOfSize(bytes: number): string {
  const resources: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const resource = `  "Queue${i}": {\n    "Type": "AWS::SQS::Queue",\n    "Properties": {\n      "VisibilityTimeout": 300,\n      "FifoQueue": true,\n      "RedrivePolicy": { "deadLetterTargetArn": { "Fn::GetAtt": ["Dlq${i}", "Arn"] }, "maxReceiveCount": 5 },\n      "Tags": [{ "Key": "team", "Value": "orders" }]\n    }\n  }`;
    resources.push(resource);
    length += resource.length + 2;
  }
  return `{\n "AWSTemplateFormatVersion": "2010-09-09",\n "Resources": {\n${resources.join(',\n')}\n }\n}\n`;
}

function settingAt(document: TemplateDocument, offset: number): PropertySetting | undefined {
  const subject = document.at(offset);
  if (!subject || (subject.kind !== 'propertyKey' && subject.kind !== 'propertyValue')) return undefined;
  return { resourceType: subject.resource.cfnType, path: subject.cfnPath ?? subject.path, value: subject.value, onValue: subject.kind === 'propertyValue' };
}

export function measureTemplates(): TemplateBenchResult {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  const notes = path.join(ROOT, 'notes');
  for (const name of fs.readdirSync(notes)) index.setFile(path.join(notes, name), fs.readFileSync(path.join(notes, name), 'utf8'), 'bundled');
  const docs = new PropertyDocs(JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'core', 'templates', 'generated', 'property-docs.json'), 'utf8')) as GeneratedPropertyDocs);
  const options = { maxSections: 3, indexComplete: true };

  // Property hover on a 3,000-line template: every key and value, in document order, twice.
  const text = yamlTemplate(3000);
  const document = parseTemplate({ languageId: 'yaml', fileName: 'bench.yaml', text })!;
  const offsets: number[] = [];
  // Offsets come from a twin whose logical ids differ only in case (same length, same offsets), so the
  // measured document's resources are not already in the reader's cache.
  const twin = text.replace(/^ {2}([A-Z])/gm, (_match, first: string) => `  ${first.toLowerCase()}`);
  const scan = parseTemplate({ languageId: 'yaml', fileName: 'bench.yaml', text: twin })!;
  for (const resource of scan.declarations()) for (const property of resource.properties) offsets.push(property.span.start + 1);
  const cache = new PropertyHoverCache();
  const hover = (offset: number) => {
    const setting = settingAt(document, offset);
    if (setting) cache.get(setting, catalog, index, docs, options);
  };
  const first = offsets.map((offset) => {
    const t0 = performance.now();
    hover(offset);
    return performance.now() - t0;
  });
  const later: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const offset of offsets) {
      const t0 = performance.now();
      hover(offset);
      later.push(performance.now() - t0);
    }
  }

  // Parsing 1 MB, once per version: the median of five fresh parses.
  const yaml1MB = yamlOfSize(1_000_000);
  const json1MB = jsonOfSize(1_000_000);
  const time = (work: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      work();
      if (i > 0) samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  const parseYaml1MBMs = time(() => parseTemplate({ languageId: 'yaml', fileName: 'big.yaml', text: yaml1MB }));
  const parseJson1MBMs = time(() => parseTemplate({ languageId: 'json', fileName: 'big.json', text: json1MB }));
  // The very first outline: every resource read and every setting ranked (the editor's first look at the template).
  const firstStarted = performance.now();
  coveredSettings(parseTemplate({ languageId: 'yaml', fileName: 'bench.yaml', text: text.replace(/^ {2}([A-Za-z0-9]+):/gm, '  First$1:') })!, catalog, index);
  const outlineFirstMs = performance.now() - firstStarted;
  // Cold: every resource new (fresh logical ids each run). After an edit: one value changed, the other resources re-read from the cache.
  let run = 0;
  const outline3000LinesMs = time(() => {
    const fresh = text.replace(/^ {2}([A-Za-z0-9]+):/gm, `  Run${run++}$1:`);
    return coveredSettings(parseTemplate({ languageId: 'yaml', fileName: 'bench.yaml', text: fresh })!, catalog, index);
  });
  coveredSettings(parseTemplate({ languageId: 'yaml', fileName: 'bench.yaml', text })!, catalog, index);
  let edit = 0;
  const outlineAfterEditMs = time(() => {
    const edited = text.replace('VisibilityTimeout: 300', `VisibilityTimeout: ${301 + edit++}`);
    return coveredSettings(parseTemplate({ languageId: 'yaml', fileName: 'bench.yaml', text: edited })!, catalog, index);
  });

  // The 6 MB single-line template: over the parse limit, so the hover only checks its length and reads a window.
  const filler = 'x'.repeat(2_000);
  const parts: string[] = [];
  for (let i = 0, length = 0; length < 6_000_000; i++) {
    const part = `"Bucket${i}":{"Type":"AWS::S3::Bucket","Properties":{"Tags":[{"Key":"pad","Value":"${filler}"}]}}`;
    parts.push(part);
    length += part.length + 1;
  }
  const huge = `{"Resources":{${parts.join(',')},"Sessions":{"Type":"AWS::DynamoDB::Table"}}}`;
  const cursor = huge.indexOf('AWS::DynamoDB::Table') + 8;
  const windowed = () => catalog.mentionAt(huge.slice(cursor - 256, cursor + 256), 256);
  const withTemplatePath = () => {
    // What the adapter does first: the document's length against the parse limit (VS Code knows it without copying).
    if (huge.length <= MAX_TEMPLATE_CHARS) parseTemplate({ languageId: 'json', fileName: 'huge.json', text: huge });
    return windowed();
  };
  const many = (work: () => unknown) => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) work();
    return (performance.now() - t0) / 2000;
  };
  // Interleaved rounds, fastest of each: on a shared machine the two are compared under the same load.
  let windowedReadMs = Infinity;
  let hugeLineHoverMs = Infinity;
  for (let round = 0; round < 6; round++) {
    windowedReadMs = Math.min(windowedReadMs, many(windowed));
    hugeLineHoverMs = Math.min(hugeLineHoverMs, many(withTemplatePath));
  }

  return {
    lines: text.split('\n').length,
    hoverSamples: later.length,
    propertyHoverP50Ms: round(percentile(later, 50)),
    propertyHoverP95Ms: round(percentile(later, 95)),
    firstPropertyHoverP95Ms: round(percentile(first, 95)),
    parseYaml1MBMs: round(parseYaml1MBMs),
    parseJson1MBMs: round(parseJson1MBMs),
    outlineFirstMs: round(outlineFirstMs),
    outline3000LinesMs: round(outline3000LinesMs),
    outlineAfterEditMs: round(outlineAfterEditMs),
    hugeLineMB: round(huge.length / 1e6),
    windowedReadMs: round(windowedReadMs),
    hugeLineHoverMs: round(hugeLineHoverMs),
  };
}

/** One line for the bench's output. */
export function describeTemplateResult(r: TemplateBenchResult): string {
  return (
    `\ntemplates: property hover on a ${r.lines}-line template p50 ${r.propertyHoverP50Ms} ms, p95 ${r.propertyHoverP95Ms} ms (${r.hoverSamples} hovers; first hover of each setting p95 ${r.firstPropertyHoverP95Ms} ms); ` +
    `parse 1 MB YAML ${r.parseYaml1MBMs} ms, JSON ${r.parseJson1MBMs} ms; "In this file" settings of the ${r.lines}-line template: first ${r.outlineFirstMs} ms, every resource new ${r.outline3000LinesMs} ms, after an edit to one resource ${r.outlineAfterEditMs} ms; ` +
    `${r.hugeLineMB} MB single-line JSON: windowed read ${r.windowedReadMs} ms, with the template path ${r.hugeLineHoverMs} ms`
  );
}

/** The budgets this result misses. */
export function templateBudgetFailures(r: TemplateBenchResult): string[] {
  const failures: string[] = [];
  if (r.propertyHoverP95Ms > TEMPLATE_BUDGETS.propertyHoverP95Ms) failures.push(`property hover p95 is ${r.propertyHoverP95Ms} ms (budget ${TEMPLATE_BUDGETS.propertyHoverP95Ms} ms)`);
  for (const [format, ms] of [['YAML', r.parseYaml1MBMs], ['JSON', r.parseJson1MBMs]] as const) {
    if (ms > TEMPLATE_BUDGETS.parse1MBMs) failures.push(`parsing a 1 MB ${format} template takes ${ms} ms (budget ${TEMPLATE_BUDGETS.parse1MBMs} ms)`);
  }
  if (r.hugeLineHoverMs > TEMPLATE_BUDGETS.hugeLineRatio * r.windowedReadMs + 0.01) {
    failures.push(`a hover on the ${r.hugeLineMB} MB line takes ${r.hugeLineHoverMs} ms, over ${TEMPLATE_BUDGETS.hugeLineRatio}x the windowed read (${r.windowedReadMs} ms)`);
  }
  return failures;
}
