import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTemplate, type TemplateDocument, type TemplateSubject } from '../../src/core/templates';
import { resolveCfnPropertyPath } from './support/cfn-properties';
import { repoRoot } from './support/paths';

interface RelevanceCase {
  file: string;
  at: string;
  occurrence?: number;
  offset?: number;
  /** A CloudFormation type, or `ns:AWS::X` for a namespace. */
  resource?: string;
  /** The CloudFormation property path a property key or value must lead to. */
  property?: string;
  silent?: boolean;
}

const workspace = path.join(repoRoot(), 'test', 'fixtures', 'workspace');
const set = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'relevance', 'iac-hovers.json'), 'utf8')) as { cases: RelevanceCase[] };

const documents = new Map<string, { text: string; doc: TemplateDocument | undefined }>();
function documentOf(file: string): { text: string; doc: TemplateDocument | undefined } {
  let entry = documents.get(file);
  if (!entry) {
    const text = fs.readFileSync(path.join(workspace, file), 'utf8');
    const languageId = file.endsWith('.py') ? 'python' : file.endsWith('.ts') ? 'typescript' : 'plaintext';
    entry = { text, doc: parseTemplate({ languageId, fileName: path.join(workspace, file), text }) };
    documents.set(file, entry);
  }
  return entry;
}

function offsetOf(text: string, item: RelevanceCase): number {
  let index = -1;
  for (let n = 0; n <= (item.occurrence ?? 0); n++) {
    index = text.indexOf(item.at, index + 1);
    assert.ok(index >= 0, `${item.file}: "${item.at}" (occurrence ${n}) not found`);
  }
  return index + (item.offset ?? 0);
}

/**
 * What the hover would be about, by the adapter's rules for code: a logical id
 * never hovers, and a property key or value only when its path is a
 * CloudFormation property (Terraform's and the CDK's own arguments are not).
 */
function hoverSubject(item: RelevanceCase): TemplateSubject | undefined {
  const { text, doc } = documentOf(item.file);
  const subject = doc?.at(offsetOf(text, item));
  if (!subject || subject.kind === 'logicalId') return undefined;
  if (subject.kind === 'propertyKey' || subject.kind === 'propertyValue') {
    const type = subject.resource.cfnType;
    if (!type || !resolveCfnPropertyPath(type, subject.cfnPath ?? subject.path)) return undefined;
  }
  return subject;
}

type Outcome = 'hit' | 'wrong' | 'miss' | 'quiet' | 'noise';

function judge(item: RelevanceCase): { outcome: Outcome; detail: string } {
  const subject = hoverSubject(item);
  const described = subject ? `${subject.kind} ${subject.resource?.cfnType ?? subject.resource?.cfnNamespace ?? '?'}${'path' in subject ? ` ${subject.path.join('.')}` : ''}` : 'nothing';
  if (item.silent) return { outcome: subject ? 'noise' : 'quiet', detail: described };
  if (!subject) return { outcome: 'miss', detail: described };
  if (item.resource) {
    if (subject.kind !== 'resourceType') return { outcome: 'wrong', detail: described };
    const got = subject.resource.cfnType ?? `ns:${subject.resource.cfnNamespace}`;
    return { outcome: got === item.resource ? 'hit' : 'wrong', detail: described };
  }
  if (subject.kind !== 'propertyKey' && subject.kind !== 'propertyValue') return { outcome: 'wrong', detail: described };
  const type = subject.resource.cfnType;
  const resolved = type ? resolveCfnPropertyPath(type, subject.cfnPath ?? subject.path) : undefined;
  return { outcome: resolved?.join('.') === item.property ? 'hit' : 'wrong', detail: `${described} → ${resolved?.join('.') ?? 'no property'}` };
}

describe('Terraform and CDK relevance set', () => {
  it('is the size the issue asks for', () => {
    const count = (f: (c: RelevanceCase) => boolean) => set.cases.filter(f).length;
    assert.ok(count((c) => c.resource !== undefined) >= 40, 'at least 40 resource hovers');
    assert.ok(count((c) => c.property !== undefined) >= 15, 'at least 15 property hovers');
    assert.ok(count((c) => c.silent === true) >= 15, 'at least 15 silent places');
    for (const dir of ['terraform/', 'cdk-ts/', 'cdk-py/']) assert.ok(count((c) => c.file.startsWith(dir) && !c.silent) >= 10, `hovers in ${dir}`);
  });

  for (const item of set.cases) {
    const what = item.silent ? 'stays silent' : item.resource ? `is ${item.resource}` : `is property ${item.property}`;
    it(`${item.file}: "${item.at.replace(/\n/g, '\\n').slice(0, 40)}" ${what}`, () => {
      const { outcome, detail } = judge(item);
      assert.ok(outcome === 'hit' || outcome === 'quiet', `${outcome}: got ${detail}`);
    });
  }

  it('reports precision, recall and noise', () => {
    const tally: Record<Outcome, number> = { hit: 0, wrong: 0, miss: 0, quiet: 0, noise: 0 };
    for (const item of set.cases) tally[judge(item).outcome]++;
    const expected = tally.hit + tally.wrong + tally.miss;
    const precision = tally.hit / Math.max(1, tally.hit + tally.wrong + tally.noise);
    const recall = tally.hit / Math.max(1, expected);
    const noise = tally.noise / Math.max(1, tally.quiet + tally.noise);
    console.log(`      iac relevance: ${expected} hovers, ${tally.quiet + tally.noise} silent places; precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%, noise ${(noise * 100).toFixed(1)}% (${JSON.stringify(tally)})`);
    assert.ok(precision >= 0.98 && recall >= 0.95 && noise === 0, JSON.stringify(tally));
  });
});
