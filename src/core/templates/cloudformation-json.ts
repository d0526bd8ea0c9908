/**
 * Reads a CloudFormation template written in JSON with `jsonc-parser`, the
 * parser VS Code itself uses: fault tolerant (a half-typed template still
 * gives a tree), with offsets for every node. Comments and trailing commas
 * are allowed, as VS Code's own JSON editing does.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isIntrinsicKey, type CfnNode, type MapNode, type RawResource } from './cloudformation-nodes';

/** What the JSON reader found, or undefined when the top level is not an object with a `Resources` object. */
export function readJsonTemplate(text: string): RawResource[] | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== 'object') return undefined;
  const resources = propertyValue(root, 'Resources');
  if (!resources || resources.type !== 'object') return undefined;
  const out: RawResource[] = [];
  for (const property of resources.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    let body: MapNode | undefined | null = null;
    out.push({
      logicalId: keyNode.value,
      idSpan: { start: keyNode.offset, end: keyNode.offset + keyNode.length },
      span: { start: property.offset, end: property.offset + property.length },
      body: () => {
        if (body === null) {
          const converted = valueNode ? convert(valueNode) : undefined;
          body = converted?.kind === 'map' ? converted : undefined;
        }
        return body;
      },
    });
  }
  return out;
}

/** The value of the last property named `key` (JSON's own rule for duplicate keys). */
function propertyValue(object: JsonNode, key: string): JsonNode | undefined {
  let found: JsonNode | undefined;
  for (const property of object.children ?? []) {
    if (property.children?.[0]?.value === key) found = property.children[1];
  }
  return found;
}

function convert(node: JsonNode): CfnNode {
  const span = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object': {
      const entries = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || keyNode.type !== 'string') continue;
        entries.push({
          key: String(keyNode.value),
          // The span covers the key's text, not its quotes.
          keySpan: { start: keyNode.offset + 1, end: keyNode.offset + Math.max(1, keyNode.length - 1) },
          value: valueNode ? convert(valueNode) : undefined,
        });
      }
      if (entries.length === 1 && isIntrinsicKey(entries[0].key)) return { kind: 'fn', span, name: entries[0].key, args: entries[0].value };
      return { kind: 'map', span, entries };
    }
    case 'array':
      return { kind: 'seq', span, items: (node.children ?? []).map(convert) };
    case 'string':
      return { kind: 'scalar', span: { start: node.offset + 1, end: node.offset + Math.max(1, node.length - 1) }, text: String(node.value) };
    case 'number':
    case 'boolean':
      return { kind: 'scalar', span, text: String(node.value) };
    default:
      return { kind: 'other', span };
  }
}
