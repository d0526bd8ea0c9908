/**
 * The small, format-neutral tree the CloudFormation dialect walks: what the
 * YAML reader (`cloudformation-yaml.ts`) and the JSON reader
 * (`cloudformation-json.ts`) turn one resource into. Intrinsic functions,
 * short form (`!If`) or long form (`Fn::If:`), become one `fn` node, so the
 * walker never has to know which format it came from.
 */
import type { TextSpan } from './template-model';

/** A mapping: keys with their spans and values. */
export interface MapNode {
  kind: 'map';
  span: TextSpan;
  entries: MapEntry[];
}

/** One key of a mapping. `value` is missing while the key is half typed (`Versioning:`). */
export interface MapEntry {
  key: string;
  keySpan: TextSpan;
  value?: CfnNode;
}

/** A sequence. */
export interface SeqNode {
  kind: 'seq';
  span: TextSpan;
  items: CfnNode[];
}

/** A plain value, as its text (`PAY_PER_REQUEST`, `true`, `30`). */
export interface ScalarNode {
  kind: 'scalar';
  span: TextSpan;
  text: string;
}

/** An intrinsic function (`Ref`, `Fn::If`, `Fn::Sub`…), with its argument. */
export interface FnNode {
  kind: 'fn';
  span: TextSpan;
  /** Long-form name: `Ref`, `Fn::If`, `Condition`. */
  name: string;
  args?: CfnNode;
}

/** Anything the readers do not model (an alias, a null). */
export interface OtherNode {
  kind: 'other';
  span: TextSpan;
}

export type CfnNode = MapNode | SeqNode | ScalarNode | FnNode | OtherNode;

/** One entry of the template's `Resources` mapping; its body is read on first use. */
export interface RawResource {
  logicalId: string;
  idSpan: TextSpan;
  /** From the logical id to the end of the resource's body. */
  span: TextSpan;
  /** The resource's body (`Type`, `Properties`…), read once; undefined when it is not a mapping. */
  body(): MapNode | undefined;
}

/** The short-form tags CloudFormation YAML knows, by long-form name. */
export const INTRINSIC_FUNCTIONS = [
  'Ref', 'Condition', 'Fn::And', 'Fn::Base64', 'Fn::Cidr', 'Fn::Equals', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs',
  'Fn::If', 'Fn::ImportValue', 'Fn::Join', 'Fn::Length', 'Fn::Not', 'Fn::Or', 'Fn::Select', 'Fn::Split', 'Fn::Sub',
  'Fn::ToJsonString', 'Fn::Transform', 'Fn::ForEach',
] as const;

const INTRINSIC_NAMES = new Set<string>(INTRINSIC_FUNCTIONS);

/** True for a mapping key that makes its one-key mapping an intrinsic function (`Ref`, `Fn::Sub`). */
export function isIntrinsicKey(key: string): boolean {
  return INTRINSIC_NAMES.has(key) || key.startsWith('Fn::');
}
