/**
 * The Terraform dialect: `.tf` files (whatever their language id; without
 * HashiCorp's extension VS Code opens them as plain text) and `.tf.json`.
 *
 * What stands where:
 * - `resource "aws_dynamodb_table" "orders"` / `data "aws_vpc" "main"`: the
 *   type label is a resource type, the name label a logical id;
 * - inside those blocks, attribute keys and nested block names are property
 *   keys (`billing_mode`, `point_in_time_recovery {`), with their path at any
 *   depth; a `dynamic "x" { content { … } }` block counts as block `x`;
 *   a string literal set on a key is a property value;
 * - `module "vpc" { source = "terraform-aws-modules/vpc/aws" }`: the source is
 *   a resource type (the module's service), the label a logical id.
 * Meta-arguments (`count`, `for_each`, `provider`, `depends_on`, `lifecycle`…),
 * other providers' resources, variables, outputs, locals and everything inside
 * an expression (`tags = { … }`, `jsonencode(…)`) are not subjects.
 */
import { scanHcl, type HclToken } from './hcl-scanner';
import { cfnPathFor } from './iac-properties';
import { SubjectIndexDocument } from './subject-index';
import { terraformModule, terraformResource } from './terraform-names';
import type {
  DeclaredProperty,
  DeclaredResource,
  ResourceRef,
  TemplateDialect,
  TemplateDocument,
  TemplateInput,
  TemplateSubject,
  TextSpan,
} from './template-model';

/** Meta-arguments of every resource: Terraform's vocabulary, not the resource's settings. */
const META_ATTRIBUTES = new Set(['count', 'for_each', 'provider', 'depends_on']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'timeouts']);

/** A `.tf.json` file larger than this is not parsed (the line-based reader still serves it). */
export const TERRAFORM_JSON_LIMIT = 2 * 1024 * 1024;

const TF_FILE = /\.tf$/i;
const TF_JSON_FILE = /\.tf\.json$/i;

/** Where a block's attributes belong: a resource (and the path inside it), a module, or nothing of ours. */
type BodyContext =
  | { kind: 'resource'; ref: ResourceRef; path: string[]; declared: DeclaredResource; dynamic?: boolean }
  | { kind: 'module'; label?: HclToken; sourceRef?: { ref: ResourceRef; span: TextSpan } }
  | undefined;

/** Collects subjects and declarations while walking the token stream. */
class TerraformParser {
  private pos = 0;
  readonly subjects: TemplateSubject[] = [];
  readonly declared: DeclaredResource[] = [];

  constructor(private readonly tokens: HclToken[]) {}

  parse(): void {
    // Top level: each pass parses one block or skips one stray token, so the loop always advances.
    while (this.pos < this.tokens.length) this.parseStatements(undefined, 0);
  }

  /** Statements until the `}` closing this body (consumed) or the end of the file. */
  private parseStatements(context: BodyContext, depth: number): void {
    const tokens = this.tokens;
    while (this.pos < tokens.length) {
      const token = tokens[this.pos];
      if (token.kind === 'punct' && token.text === '}') {
        this.pos++;
        if (depth > 0) return;
        continue;
      }
      if (token.kind !== 'ident') {
        this.pos++;
        continue;
      }
      const next = tokens[this.pos + 1];
      if (next && next.kind === 'punct' && (next.text === '=' || next.text === ':')) {
        this.pos += 2;
        this.attribute(token, context);
        continue;
      }
      let j = this.pos + 1;
      while (j < tokens.length && (tokens[j].kind === 'string' || tokens[j].kind === 'ident')) j++;
      const brace = tokens[j];
      if (brace && brace.kind === 'punct' && brace.text === '{') {
        const labels = tokens.slice(this.pos + 1, j);
        this.pos = j + 1;
        this.block(token, labels, context, depth);
        continue;
      }
      // Half-typed (`resource "aws_s3_bucket"` with no brace yet) or junk: skip the line.
      this.pos = j;
      while (this.pos < tokens.length && tokens[this.pos].kind !== 'newline' && !(tokens[this.pos].kind === 'punct' && tokens[this.pos].text === '}')) this.pos++;
    }
  }

  private block(type: HclToken, labels: HclToken[], context: BodyContext, depth: number): void {
    if (depth === 0) {
      if ((type.text === 'resource' || type.text === 'data') && labels.length >= 2 && labels[0].kind === 'string') {
        const ref = terraformResource(labels[0].text, type.text);
        if (ref) {
          const typeSpan = innerSpan(labels[0]);
          this.subjects.push({ kind: 'resourceType', span: typeSpan, resource: ref });
          const name = labels[1].kind === 'string' ? labels[1] : undefined;
          if (name) this.subjects.push({ kind: 'logicalId', span: innerSpan(name), logicalId: name.text, resource: ref });
          const declared: DeclaredResource = { resource: ref, typeSpan, properties: [], ...(name ? { logicalId: name.text } : {}) };
          this.declared.push(declared);
          this.parseStatements({ kind: 'resource', ref, path: [], declared }, depth + 1);
          return;
        }
      } else if (type.text === 'module' && labels.length >= 1) {
        const moduleContext: BodyContext = { kind: 'module', label: labels[0].kind === 'string' ? labels[0] : undefined };
        this.parseStatements(moduleContext, depth + 1);
        const source = moduleContext.sourceRef;
        if (source) {
          this.subjects.push({ kind: 'resourceType', span: source.span, resource: source.ref });
          const label = moduleContext.label;
          if (label) this.subjects.push({ kind: 'logicalId', span: innerSpan(label), logicalId: label.text, resource: source.ref });
          this.declared.push({ resource: source.ref, typeSpan: source.span, properties: [], ...(label ? { logicalId: label.text } : {}) });
        }
        return;
      }
      this.parseStatements(undefined, depth + 1);
      return;
    }
    if (context?.kind !== 'resource') {
      this.parseStatements(undefined, depth + 1);
      return;
    }
    if (context.dynamic) {
      // Inside `dynamic "x" { … }` only `content { … }` holds the block's settings.
      this.parseStatements(type.text === 'content' ? { ...context, dynamic: false } : undefined, depth + 1);
      return;
    }
    if (context.path.length === 0 && META_BLOCKS.has(type.text)) {
      this.parseStatements(undefined, depth + 1);
      return;
    }
    if (type.text === 'dynamic' && labels.length >= 1 && labels[0].kind === 'string' && /^[A-Za-z_][\w-]*$/.test(labels[0].text)) {
      const path = [...context.path, labels[0].text];
      this.property(context, path, innerSpan(labels[0]), undefined);
      this.parseStatements({ ...context, path, dynamic: true }, depth + 1);
      return;
    }
    const path = [...context.path, type.text];
    this.property(context, path, { start: type.start, end: type.end }, undefined);
    this.parseStatements({ ...context, path }, depth + 1);
  }

  private attribute(key: HclToken, context: BodyContext): void {
    const valueStart = this.pos;
    this.skipExpression();
    const valueTokens = this.tokens.slice(valueStart, this.pos).filter((t) => t.kind !== 'newline');
    const only = valueTokens.length === 1 ? valueTokens[0] : undefined;
    const literal = only && ((only.kind === 'string' && !only.interpolated) || only.kind === 'number' || (only.kind === 'ident' && /^(?:true|false)$/.test(only.text)))
      ? only : undefined;
    if (context?.kind === 'module') {
      if (key.text === 'source' && literal?.kind === 'string') {
        const ref = terraformModule(literal.text);
        if (ref) context.sourceRef = { ref, span: innerSpan(literal) };
      }
      return;
    }
    if (context?.kind !== 'resource' || context.dynamic) return;
    if (context.path.length === 0 && META_ATTRIBUTES.has(key.text)) return;
    const path = [...context.path, key.text];
    this.property(context, path, { start: key.start, end: key.end }, literal);
  }

  private property(context: Extract<BodyContext, { kind: 'resource' }>, path: string[], span: TextSpan, literal: HclToken | undefined): void {
    const { ref } = context;
    const cfnPath = cfnPathFor(ref.cfnType, path);
    const value = literal?.text;
    this.subjects.push({ kind: 'propertyKey', span, resource: ref, path, ...(cfnPath ? { cfnPath } : {}), ...(value !== undefined ? { value } : {}) });
    const declaredProperty: DeclaredProperty = { path, span, ...(cfnPath ? { cfnPath } : {}), ...(value !== undefined ? { value } : {}) };
    context.declared.properties.push(declaredProperty);
    if (literal?.kind === 'string' && literal.text.trim() !== '') {
      this.subjects.push({ kind: 'propertyValue', span: innerSpan(literal), resource: ref, path, ...(cfnPath ? { cfnPath } : {}), value: literal.text });
    }
  }

  /** Moves past an attribute's value: to the newline (or the enclosing `}`) outside any bracket. */
  private skipExpression(): void {
    const tokens = this.tokens;
    let depth = 0;
    while (this.pos < tokens.length) {
      const token = tokens[this.pos];
      if (token.kind === 'newline' && depth === 0) {
        // A trailing operator or comma continues the expression on the next line only inside brackets; HCL ends it here.
        return;
      }
      if (token.kind === 'punct') {
        if (token.text === '(' || token.text === '[' || token.text === '{') depth++;
        else if (token.text === ')' || token.text === ']' || token.text === '}') {
          if (depth === 0) return; // the enclosing block's brace
          depth--;
        }
      }
      this.pos++;
    }
  }
}

/** The text inside a string token's quotes. */
function innerSpan(token: HclToken): TextSpan {
  if (token.kind !== 'string') return { start: token.start, end: token.end };
  return { start: token.start + 1, end: Math.max(token.start + 1, token.end - (token.end > token.start + 1 && tokenClosed(token) ? 1 : 0)) };
}

function tokenClosed(token: HclToken): boolean {
  // A closed string's token is its content plus both quotes.
  return token.end - token.start === token.text.length + 2;
}

/** Parses Terraform native syntax. */
export function parseTerraformHcl(text: string): TemplateDocument {
  const parser = new TerraformParser(scanHcl(text));
  parser.parse();
  return new SubjectIndexDocument('terraform', parser.subjects, parser.declared);
}

// ---------------------------------------------------------------------------
// .tf.json

interface JsonScalar { kind: 'scalar'; span: TextSpan; text: string; isString: boolean }
interface JsonObject { kind: 'object'; entries: { key: string; keySpan: TextSpan; value: JsonNode | undefined }[] }
interface JsonArray { kind: 'array'; items: JsonNode[] }
type JsonNode = JsonScalar | JsonObject | JsonArray;

/**
 * A tolerant JSON reader that keeps offsets: strings, numbers and literals
 * as scalars, objects and arrays as nodes. Malformed input ends the node
 * being read; it never throws. Only the shapes Terraform's JSON syntax uses
 * are needed, so this is smaller than a general parser with offsets.
 */
class JsonReader {
  pos = 0;
  constructor(private readonly text: string) {}

  value(depth: number): JsonNode | undefined {
    this.space();
    const c = this.text.charCodeAt(this.pos);
    if (depth > 64) return undefined;
    if (c === 123) return this.object(depth);
    if (c === 91) return this.array(depth);
    if (c === 34) {
      const start = this.pos;
      const text = this.string();
      return { kind: 'scalar', span: { start: start + 1, end: this.pos - 1 }, text, isString: true };
    }
    const match = /^-?[\w.+-]+/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!match) return undefined;
    const start = this.pos;
    this.pos += match[0].length;
    return { kind: 'scalar', span: { start, end: this.pos }, text: match[0], isString: false };
  }

  private object(depth: number): JsonObject {
    this.pos++;
    const entries: JsonObject['entries'] = [];
    for (;;) {
      this.space();
      const c = this.text.charCodeAt(this.pos);
      if (Number.isNaN(c)) return { kind: 'object', entries };
      if (c === 125) { this.pos++; return { kind: 'object', entries }; }
      if (c === 44) { this.pos++; continue; }
      if (c !== 34) { this.pos++; continue; }
      const keyStart = this.pos;
      const key = this.string();
      const keySpan = { start: keyStart + 1, end: this.pos - 1 };
      this.space();
      if (this.text.charCodeAt(this.pos) !== 58) { entries.push({ key, keySpan, value: undefined }); continue; }
      this.pos++;
      entries.push({ key, keySpan, value: this.value(depth + 1) });
    }
  }

  private array(depth: number): JsonArray {
    this.pos++;
    const items: JsonNode[] = [];
    for (;;) {
      this.space();
      const c = this.text.charCodeAt(this.pos);
      if (Number.isNaN(c)) return { kind: 'array', items };
      if (c === 93) { this.pos++; return { kind: 'array', items }; }
      if (c === 44) { this.pos++; continue; }
      const before = this.pos;
      const item = this.value(depth + 1);
      if (item) items.push(item);
      if (this.pos === before) this.pos++;
    }
  }

  /** Reads a string from its opening quote; returns its raw content (escapes left as written). */
  private string(): string {
    const start = ++this.pos;
    const text = this.text;
    for (;;) {
      const quote = text.indexOf('"', this.pos);
      const newline = text.indexOf('\n', this.pos);
      if (quote < 0 || (newline >= 0 && newline < quote)) {
        this.pos = newline < 0 ? text.length : newline;
        return text.slice(start, this.pos);
      }
      let backslashes = 0;
      for (let k = quote - 1; k >= start && text.charCodeAt(k) === 92; k--) backslashes++;
      this.pos = quote + 1;
      if (backslashes % 2 === 0) return text.slice(start, quote);
    }
  }

  private space(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) this.pos++;
      else break;
    }
  }
}

/** Parses Terraform's JSON syntax (`{"resource": {"aws_x": {"name": {…}}}}`). */
export function parseTerraformJson(text: string): TemplateDocument | undefined {
  if (text.length > TERRAFORM_JSON_LIMIT) return undefined;
  const root = new JsonReader(text).value(0);
  if (root?.kind !== 'object') return undefined;
  const subjects: TemplateSubject[] = [];
  const declared: DeclaredResource[] = [];
  for (const section of objectsOf(root)) {
    for (const entry of section.entries) {
      if (entry.key === 'resource' || entry.key === 'data') {
        for (const types of objectsOf(entry.value)) {
          for (const typeEntry of types.entries) {
            const ref = terraformResource(typeEntry.key, entry.key);
            if (!ref) continue;
            for (const names of objectsOf(typeEntry.value)) {
              for (const nameEntry of names.entries) {
                subjects.push({ kind: 'resourceType', span: typeEntry.keySpan, resource: ref });
                subjects.push({ kind: 'logicalId', span: nameEntry.keySpan, logicalId: nameEntry.key, resource: ref });
                const resource: DeclaredResource = { logicalId: nameEntry.key, resource: ref, typeSpan: typeEntry.keySpan, properties: [] };
                declared.push(resource);
                for (const body of objectsOf(nameEntry.value)) jsonProperties(body, [], ref, resource, subjects);
              }
            }
          }
        }
      } else if (entry.key === 'module') {
        for (const modules of objectsOf(entry.value)) {
          for (const moduleEntry of modules.entries) {
            for (const body of objectsOf(moduleEntry.value)) {
              const source = body.entries.find((e) => e.key === 'source')?.value;
              if (source?.kind !== 'scalar' || !source.isString) continue;
              const ref = terraformModule(source.text);
              if (!ref) continue;
              subjects.push({ kind: 'resourceType', span: source.span, resource: ref });
              subjects.push({ kind: 'logicalId', span: moduleEntry.keySpan, logicalId: moduleEntry.key, resource: ref });
              declared.push({ logicalId: moduleEntry.key, resource: ref, typeSpan: source.span, properties: [] });
            }
          }
        }
      }
    }
  }
  // A type key written once covers several names: keep one subject per span.
  const unique = new Map<number, TemplateSubject>();
  for (const subject of subjects) if (!unique.has(subject.span.start)) unique.set(subject.span.start, subject);
  return new SubjectIndexDocument('terraform', [...unique.values()], declared);
}

/** An object node, or each object of an array node (Terraform's JSON allows both). */
function objectsOf(node: JsonNode | undefined): JsonObject[] {
  if (!node) return [];
  if (node.kind === 'object') return [node];
  if (node.kind === 'array') return node.items.filter((item): item is JsonObject => item.kind === 'object');
  return [];
}

function jsonProperties(body: JsonObject, path: string[], ref: ResourceRef, resource: DeclaredResource, subjects: TemplateSubject[]): void {
  for (const entry of body.entries) {
    if (path.length === 0 && (META_ATTRIBUTES.has(entry.key) || META_BLOCKS.has(entry.key))) continue;
    if (path.length === 0 && entry.key === 'dynamic') continue;
    const keyPath = [...path, entry.key];
    const cfnPath = cfnPathFor(ref.cfnType, keyPath);
    const scalar = entry.value?.kind === 'scalar' ? entry.value : undefined;
    const value = scalar && !(scalar.isString && scalar.text.includes('${')) ? scalar.text : undefined;
    subjects.push({ kind: 'propertyKey', span: entry.keySpan, resource: ref, path: keyPath, ...(cfnPath ? { cfnPath } : {}), ...(value !== undefined ? { value } : {}) });
    resource.properties.push({ path: keyPath, span: entry.keySpan, ...(cfnPath ? { cfnPath } : {}), ...(value !== undefined ? { value } : {}) });
    if (scalar?.isString && value !== undefined && value.trim() !== '') {
      subjects.push({ kind: 'propertyValue', span: scalar.span, resource: ref, path: keyPath, ...(cfnPath ? { cfnPath } : {}), value });
    }
    // Nested blocks are objects, or arrays of objects; a map-valued argument (`tags`) is an object too, so only go one level into known blocks' shapes.
    if (entry.key !== 'tags' && entry.key !== 'tags_all') {
      for (const nested of objectsOf(entry.value)) jsonProperties(nested, keyPath, ref, resource, subjects);
    }
  }
}

/** The Terraform dialect, registered in `index.ts`. */
export const TERRAFORM_DIALECT: TemplateDialect = {
  id: 'terraform',
  accepts(input: TemplateInput): boolean {
    return TF_FILE.test(input.fileName) || TF_JSON_FILE.test(input.fileName) || input.languageId === 'terraform';
  },
  parse(input: TemplateInput): TemplateDocument | undefined {
    try {
      if (TF_JSON_FILE.test(input.fileName)) return parseTerraformJson(input.text);
      return parseTerraformHcl(input.text);
    } catch {
      return undefined;
    }
  },
};
