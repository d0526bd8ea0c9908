/**
 * Reads a CloudFormation template written in YAML with the `yaml` package,
 * taught CloudFormation's short-form tags (`!Ref`, `!GetAtt`, `!Sub`, `!If`…).
 *
 * Parsing a whole template with `yaml` costs ~0.3-0.5 ms per KB, far over
 * the 50 ms a 1 MB template may take. So one cheap line scan finds the
 * top-level `Resources:` block and the line each resource starts on, and a
 * resource's text is parsed only when it is first asked about (a hover
 * parses one resource; "In this file" parses them all, once per version).
 * The scan relies only on what YAML itself guarantees: a resource's body is
 * indented deeper than its logical id, so a line back at the logical ids'
 * indentation starts the next resource.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode, type Tags } from 'yaml';
import { INTRINSIC_FUNCTIONS, type CfnNode, type MapEntry, type MapNode, type RawResource } from './cloudformation-nodes';

/** `Fn::GetAtt` → `!GetAtt`; `Ref`/`Condition` keep their name. */
function shortTag(name: string): string {
  return `!${name.replace(/^Fn::/, '')}`;
}

/** Each short-form tag on a scalar, a sequence and a mapping; the node keeps its tag, which the converter reads. */
const CLOUDFORMATION_TAGS: Tags = INTRINSIC_FUNCTIONS.flatMap((name) => {
  const tag = shortTag(name);
  return [
    { tag, resolve: (value: string) => value },
    { tag, collection: 'seq' as const, resolve: (value: unknown) => value },
    { tag, collection: 'map' as const, resolve: (value: unknown) => value },
  ];
}) as Tags;

const LONG_NAME_BY_TAG = new Map<string, string>(INTRINSIC_FUNCTIONS.map((name) => [shortTag(name), name]));

/** `Resources:` at the top level, optionally quoted, with nothing but a comment after it. */
const RESOURCES_LINE = /^(["']?)Resources\1[ \t]*:[ \t]*(?:#.*)?$/;
/** A block mapping key at the start of a line (after its indentation): the logical id. */
const LOGICAL_ID_LINE = /^(["']?)([^\s"'#:][^"':#]*?)\1[ \t]*:(?:[ \t]|$)/;

/** What the YAML reader found, or undefined when the document has no block `Resources:` mapping at its top level. */
export function readYamlTemplate(text: string): RawResource[] | undefined {
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let inResources = false;
  let idIndent = -1;
  const out: RawResource[] = [];
  let open: { logicalId: string; idStart: number; idEnd: number; start: number } | undefined;
  let lastContentEnd = 0;
  const close = (end: number) => {
    if (!open) return;
    out.push(lazyResource(text, open.logicalId, { start: open.idStart, end: open.idEnd }, { start: open.start, end }));
    open = undefined;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let indent = lineStart;
    while (indent < contentEnd && text.charCodeAt(indent) === 32) indent++;
    const first = text.charCodeAt(indent);
    const isContent = indent < contentEnd && first !== 35; /* # */
    if (isContent) {
      const column = indent - lineStart;
      if (column === 0) {
        if (inResources) {
          close(lastContentEnd);
          inResources = false;
        }
        if (RESOURCES_LINE.test(text.slice(lineStart, Math.min(contentEnd, lineStart + 200)))) {
          inResources = true;
          idIndent = -1;
        }
      } else if (inResources) {
        if (idIndent < 0) idIndent = column;
        if (column === idIndent && first !== 45 /* - */) {
          const match = LOGICAL_ID_LINE.exec(text.slice(indent, Math.min(contentEnd, indent + 300)));
          if (match) {
            close(lastContentEnd);
            const idStart = indent + match[1].length;
            open = { logicalId: match[2], idStart, idEnd: idStart + match[2].length, start: lineStart };
          }
        }
      }
      if (inResources) lastContentEnd = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (inResources) close(lastContentEnd);
  return out.length > 0 || sawResources(text) ? out : undefined;
}

function sawResources(text: string): boolean {
  return /^(["']?)Resources\1[ \t]*:[ \t]*(?:#.*)?$/m.test(text);
}

function lazyResource(text: string, logicalId: string, idSpan: RawResource['idSpan'], span: RawResource['span']): RawResource {
  let body: MapNode | undefined | null = null;
  return {
    logicalId,
    idSpan,
    span,
    body: () => {
      if (body === null) body = parseResource(text, span.start, span.end, logicalId);
      return body;
    },
  };
}

/**
 * Resources already read, by their exact text, with offsets relative to the
 * resource's start. Typing changes one resource; the next version of the
 * document (a new hover, "In this file") re-reads only that one, the others
 * are re-based from here. Bounded by total text length.
 */
const readResources = new Map<string, MapNode | undefined>();
let readResourcesChars = 0;
const MAX_READ_RESOURCES_CHARS = 4 * 1024 * 1024;

/** Parses one resource's text (logical id line included) and returns the mapping under its logical id. */
function parseResource(text: string, start: number, end: number, logicalId: string): MapNode | undefined {
  const source = text.slice(start, end);
  if (readResources.has(source)) {
    const cached = readResources.get(source);
    // Most recently used last, so the oldest go first.
    readResources.delete(source);
    readResources.set(source, cached);
    return cached ? (rebase(cached, start) as MapNode) : undefined;
  }
  const parsed = parseResourceText(source, logicalId);
  readResources.set(source, parsed);
  readResourcesChars += source.length;
  while (readResourcesChars > MAX_READ_RESOURCES_CHARS && readResources.size > 1) {
    const oldest = readResources.keys().next().value as string;
    readResources.delete(oldest);
    readResourcesChars -= oldest.length;
  }
  return parsed ? (rebase(parsed, start) as MapNode) : undefined;
}

function parseResourceText(source: string, logicalId: string): MapNode | undefined {
  const document = parseDocument(source, {
    customTags: CLOUDFORMATION_TAGS,
    uniqueKeys: false,
    strict: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const root = document.contents;
  if (!isMap(root)) return undefined;
  for (const pair of root.items) {
    if (isScalar(pair.key) && String(pair.key.value) === logicalId) {
      const converted = pair.value ? convert(pair.value as YamlNode, source, 0) : undefined;
      return converted?.kind === 'map' ? converted : undefined;
    }
  }
  return undefined;
}

/** A copy of the tree with every offset moved by `delta` (the cached trees are never handed out). */
function rebase(node: CfnNode, delta: number): CfnNode {
  const span = { start: node.span.start + delta, end: node.span.end + delta };
  switch (node.kind) {
    case 'map':
      return {
        kind: 'map',
        span,
        entries: node.entries.map((entry) => ({
          key: entry.key,
          keySpan: { start: entry.keySpan.start + delta, end: entry.keySpan.end + delta },
          ...(entry.value ? { value: rebase(entry.value, delta) } : {}),
        })),
      };
    case 'seq':
      return { kind: 'seq', span, items: node.items.map((item) => rebase(item, delta)) };
    case 'scalar':
      return { kind: 'scalar', span, text: node.text };
    case 'fn':
      return { kind: 'fn', span, name: node.name, ...(node.args ? { args: rebase(node.args, delta) } : {}) };
    default:
      return { kind: 'other', span };
  }
}

function spanOf(node: YamlNode, base: number): { start: number; end: number } {
  const range = node.range ?? [0, 0, 0];
  return { start: base + range[0], end: base + range[1] };
}

function convert(node: YamlNode, text: string, base: number): CfnNode {
  const span = spanOf(node, base);
  const fnName = node.tag ? LONG_NAME_BY_TAG.get(node.tag) : undefined;
  if (fnName) return { kind: 'fn', span, name: fnName, args: isScalar(node) || isMap(node) || isSeq(node) ? plain(node, text, base) : undefined };
  return plain(node, text, base);
}

/** The node as itself, ignoring any tag it carries. */
function plain(node: YamlNode, text: string, base: number): CfnNode {
  const span = spanOf(node, base);
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    for (const pair of node.items) {
      const key = pair.key as YamlNode | null;
      if (!key || !isScalar(key) || key.value === null || key.value === undefined) continue;
      entries.push({
        key: String(key.value),
        keySpan: spanOf(key, base),
        value: pair.value ? convert(pair.value as YamlNode, text, base) : undefined,
      });
    }
    if (entries.length === 1 && (entries[0].key === 'Ref' || entries[0].key === 'Condition' || entries[0].key.startsWith('Fn::'))) {
      return { kind: 'fn', span, name: entries[0].key, args: entries[0].value };
    }
    return { kind: 'map', span, entries };
  }
  if (isSeq(node)) return { kind: 'seq', span, items: node.items.map((item) => convert(item as YamlNode, text, base)) };
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined || span.end <= span.start) return { kind: 'other', span };
    // A plain scalar keeps its source text (`yes`, `0755`, `1.10` as written); a quoted or block one its value.
    const source = node.type === Scalar.PLAIN ? text.slice(span.start, span.end) : String(node.value);
    // A quoted value's span is its text, as in JSON: the hover underlines `gp3`, not `'gp3'`.
    const quoted = (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && span.end - span.start >= 2;
    return { kind: 'scalar', span: quoted ? { start: span.start + 1, end: span.end - 1 } : span, text: source };
  }
  if (isAlias(node)) return { kind: 'other', span };
  return { kind: 'other', span };
}
