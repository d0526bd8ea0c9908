/**
 * Reads a CloudFormation template written in JSON with `jsonc-parser`, the
 * parser VS Code itself uses: fault tolerant (a half-typed template still
 * gives a tree), with offsets for every node. Comments and trailing commas
 * are allowed, as VS Code's own JSON editing does.
 */
import { parseTree, visit, type Node as JsonNode } from 'jsonc-parser';
import { isIntrinsicKey, type CfnNode, type MapNode, type RawResource } from './cloudformation-nodes';

/**
 * What the JSON reader found, or undefined when the top level is not an
 * object with a `Resources` object. One pass of jsonc-parser's scanner finds
 * each resource's logical id and where its value starts and ends (building
 * the whole tree of a 1 MB template costs ~4x as much); a resource's tree is
 * built when it is first asked about.
 */
export function readJsonTemplate(text: string): RawResource[] | undefined {
  let depth = 0;
  let topLevelSeen = false;
  let topLevelIsObject = false;
  let pendingRootKey: string | undefined;
  /** Depth of the `Resources` object while inside it, else -1. */
  let resourcesDepth = -1;
  let found = false;
  let entries: Array<{ logicalId: string; idStart: number; idEnd: number; start: number; valueStart: number; end: number }> = [];
  let current: (typeof entries)[number] | undefined;
  const valueAt = (offset: number) => {
    if (current && current.valueStart < 0 && depth === resourcesDepth) current.valueStart = offset;
  };
  visit(text, {
    onObjectBegin: (offset) => {
      if (!topLevelSeen) {
        topLevelSeen = true;
        topLevelIsObject = true;
      }
      valueAt(offset);
      depth++;
      if (depth === 2 && pendingRootKey === 'Resources') {
        // A later `Resources` replaces an earlier one, as JSON's last-key-wins rule says.
        resourcesDepth = 2;
        entries = [];
        found = true;
      }
    },
    onObjectEnd: (offset, length) => {
      if (depth === resourcesDepth) {
        if (current && current.end < 0) current.end = offset;
        current = undefined;
        resourcesDepth = -1;
      }
      depth--;
      if (current && depth === resourcesDepth) current.end = offset + length;
    },
    onArrayBegin: (offset) => {
      if (!topLevelSeen) topLevelSeen = true;
      valueAt(offset);
      depth++;
    },
    onArrayEnd: (offset, length) => {
      depth--;
      if (current && depth === resourcesDepth) current.end = offset + length;
    },
    onLiteralValue: (_value, offset, length) => {
      if (!topLevelSeen) topLevelSeen = true;
      if (current && current.valueStart < 0 && depth === resourcesDepth) {
        current.valueStart = offset;
        current.end = offset + length;
      }
    },
    onObjectProperty: (property, offset, length) => {
      if (depth === 1) pendingRootKey = property;
      if (depth === resourcesDepth) {
        if (current && current.end < 0) current.end = offset;
        current = { logicalId: property, idStart: offset + 1, idEnd: offset + Math.max(1, length - 1), start: offset, valueStart: -1, end: -1 };
        entries.push(current);
      }
    },
  }, { allowTrailingComma: true, disallowComments: false });
  if (!topLevelIsObject || !found) return undefined;
  return entries.map((entry) => {
    const end = entry.end >= 0 ? entry.end : text.length;
    let body: MapNode | undefined | null = null;
    return {
      logicalId: entry.logicalId,
      idSpan: { start: entry.idStart, end: entry.idEnd },
      span: { start: entry.start, end: Math.max(end, entry.idEnd) },
      body: () => {
        if (body === null) {
          body = undefined;
          if (entry.valueStart >= 0) {
            const root = parseTree(text.slice(entry.valueStart, end), [], { allowTrailingComma: true, disallowComments: false });
            const converted = root ? convert(root, entry.valueStart) : undefined;
            body = converted?.kind === 'map' ? converted : undefined;
          }
        }
        return body;
      },
    };
  });
}

function convert(node: JsonNode, base: number): CfnNode {
  const offset = base + node.offset;
  const span = { start: offset, end: offset + node.length };
  switch (node.type) {
    case 'object': {
      const entries = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || keyNode.type !== 'string') continue;
        entries.push({
          key: String(keyNode.value),
          // The span covers the key's text, not its quotes.
          keySpan: { start: base + keyNode.offset + 1, end: base + keyNode.offset + Math.max(1, keyNode.length - 1) },
          value: valueNode ? convert(valueNode, base) : undefined,
        });
      }
      if (entries.length === 1 && isIntrinsicKey(entries[0].key)) return { kind: 'fn', span, name: entries[0].key, args: entries[0].value };
      return { kind: 'map', span, entries };
    }
    case 'array':
      return { kind: 'seq', span, items: (node.children ?? []).map((item) => convert(item, base)) };
    case 'string':
      return { kind: 'scalar', span: { start: offset + 1, end: offset + Math.max(1, node.length - 1) }, text: String(node.value) };
    case 'number':
    case 'boolean':
      return { kind: 'scalar', span, text: String(node.value) };
    default:
      return { kind: 'other', span };
  }
}
