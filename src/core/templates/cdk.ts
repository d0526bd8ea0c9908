/**
 * The AWS CDK dialect: TypeScript, JavaScript and Python stacks that import
 * `aws-cdk-lib` (`aws_cdk` in Python).
 *
 * Only names bound by an import from aws-cdk-lib count:
 * - `import * as s3 from 'aws-cdk-lib/aws-s3'`, `import { aws_s3 as s3 } from 'aws-cdk-lib'`,
 *   `const s3 = require('aws-cdk-lib/aws-s3')`, Python `from aws_cdk import aws_s3 as s3`
 *   and `import aws_cdk.aws_s3 as s3` bind a module alias: `s3.Bucket`, `s3.CfnBucket`;
 * - `import { Bucket } from 'aws-cdk-lib/aws-s3'`, Python `from aws_cdk.aws_s3 import Bucket`
 *   bind a class;
 * - `import * as cdk from 'aws-cdk-lib'` / `import aws_cdk as cdk` bind the root: `cdk.aws_s3.Bucket`.
 *
 * What stands where:
 * - a class that is a resource (L1 `CfnBucket`, L2 `Bucket`, listed L2s such as
 *   `rds.DatabaseInstance`) is a resource type wherever it is referenced;
 * - any other class of a service module constructed as a construct
 *   (`new X(this, 'Id', …)`, `X(self, "Id", …)`) names the module's service;
 * - the construct id (`'Orders'`) is a logical id;
 * - the props (`{ versioned: true }`, `billing_mode=…`) are property keys at
 *   any depth; a literal or an enum member (`BillingMode.PAY_PER_REQUEST`) set
 *   on one is a property value;
 * - the module in an import (`'aws-cdk-lib/aws-s3'`, `aws_s3`) names its service.
 * Nothing else is a subject: not plain identifiers, strings, comments,
 * Python's `lambda` keyword, or a `Queue` class from any other module.
 */
import { cdkClassResource, cdkModuleResource, isCdkServiceModule, type CdkLanguage } from './cdk-names';
import { scanJavaScript, scanPython, type CodeToken } from './code-scanner';
import { cfnPathFor } from './iac-properties';
import { SubjectIndexDocument } from './subject-index';
import type {
  DeclaredResource,
  ResourceRef,
  TemplateDialect,
  TemplateDocument,
  TemplateInput,
  TemplateSubject,
  TextSpan,
} from './template-model';

const JS_LANGUAGES = new Set(['typescript', 'javascript', 'typescriptreact', 'javascriptreact']);
const JS_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
const PY_FILE = /\.pyi?$/i;
/** Objects and calls nest no deeper than this in props a person writes; deeper is skipped, not recursed. */
const MAX_DEPTH = 24;

/** Which language a document is in, or undefined when it is neither. */
function languageOf(input: TemplateInput): CdkLanguage | undefined {
  if (input.languageId === 'python' || PY_FILE.test(input.fileName)) return 'python';
  if (JS_LANGUAGES.has(input.languageId) || JS_FILE.test(input.fileName)) return 'typescript';
  return undefined;
}

/**
 * The one cheap check per document version: a text search for the package
 * name. A TypeScript or Python file that never names aws-cdk-lib is never tokenized.
 */
function mentionsCdk(text: string, language: CdkLanguage): boolean {
  return language === 'python' ? text.includes('aws_cdk') : text.includes('aws-cdk-lib');
}

interface ClassBinding { module: string; className: string }

/** Module and class bindings found in the imports. */
class Bindings {
  readonly aliases = new Map<string, string>();
  readonly roots = new Set<string>();
  readonly classes = new Map<string, ClassBinding>();
}

/** `aws-cdk-lib/aws-s3` → `aws-s3`; `aws_s3` (a root member or Python module) → `aws-s3`. */
function moduleFromSpecifier(specifier: string): string | undefined {
  const match = /^aws-cdk-lib\/(aws-[a-z0-9-]+)$/.exec(specifier);
  return match && isCdkServiceModule(match[1]) ? match[1] : undefined;
}

function moduleFromMember(member: string): string | undefined {
  if (!/^aws_[a-z0-9_]+$/.test(member)) return undefined;
  const module = member.replace(/_/g, '-');
  return isCdkServiceModule(module) ? module : undefined;
}

class CdkParser {
  readonly subjects: TemplateSubject[] = [];
  readonly declared: DeclaredResource[] = [];
  readonly bindings = new Bindings();

  constructor(private readonly tokens: CodeToken[], private readonly language: CdkLanguage) {}

  parse(): void {
    if (this.language === 'python') this.readPythonImports();
    else this.readJavaScriptImports();
    if (this.bindings.aliases.size === 0 && this.bindings.roots.size === 0 && this.bindings.classes.size === 0) return;
    this.readReferences();
  }

  // --- imports -------------------------------------------------------------

  private readJavaScriptImports(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind === 'string' && (token.text === 'aws-cdk-lib' || token.text.startsWith('aws-cdk-lib/'))) {
        this.javaScriptImportOf(i);
      }
    }
  }

  /** Reads the import or require whose module string is at `index`, looking back from it. */
  private javaScriptImportOf(index: number): void {
    const tokens = this.tokens;
    const specifier = tokens[index].text;
    const module = specifier === 'aws-cdk-lib' ? undefined : moduleFromSpecifier(specifier);
    if (specifier !== 'aws-cdk-lib' && !module) return;
    if (module) this.subjects.push({ kind: 'resourceType', span: inner(tokens[index]), resource: cdkModuleResource(module, undefined, specifier, this.language)! });
    const before = tokens[index - 1];
    if (before?.kind === 'ident' && before.text === 'from') {
      // import … from 'm': walk back to `import`.
      let start = index - 2;
      while (start >= 0 && !(tokens[start].kind === 'ident' && tokens[start].text === 'import') && index - start < 400) start--;
      if (start < 0 || tokens[start].text !== 'import') return;
      this.importClause(tokens.slice(start + 1, index - 1), module);
      return;
    }
    if (before?.kind === 'punct' && before.text === '(' && tokens[index - 2]?.text === 'require') {
      // const X = require('m') / const { a: b } = require('m') / import X = require('m')
      const eq = tokens[index - 3];
      if (eq?.text !== '=') return;
      const target = tokens[index - 4];
      if (target?.kind === 'ident') {
        this.bindDefault(target.text, module);
        return;
      }
      if (target?.text === '}') {
        let open = index - 5;
        while (open >= 0 && tokens[open].text !== '{' && index - open < 400) open--;
        if (open >= 0) this.namedBindings(tokens.slice(open + 1, index - 4), module, ':');
      }
    }
  }

  /** The clause between `import` and `from`: `* as x`, `x`, `{ a as b }`, or `x, { … }`. */
  private importClause(clause: CodeToken[], module: string | undefined): void {
    let i = 0;
    if (clause[i]?.text === 'type') i++;
    while (i < clause.length) {
      const token = clause[i];
      if (token.text === '*' && clause[i + 1]?.text === 'as' && clause[i + 2]?.kind === 'ident') {
        this.bindDefault(clause[i + 2].text, module);
        i += 3;
      } else if (token.text === '{') {
        let close = i + 1;
        while (close < clause.length && clause[close].text !== '}') close++;
        this.namedBindings(clause.slice(i + 1, close), module, 'as');
        i = close + 1;
      } else if (token.kind === 'ident') {
        this.bindDefault(token.text, module);
        i++;
      } else {
        i++;
      }
    }
  }

  private bindDefault(name: string, module: string | undefined): void {
    if (module) this.bindings.aliases.set(name, module);
    else this.bindings.roots.add(name);
  }

  /** `a as b, c` (imports) or `a: b, c` (destructuring); from the root, only `aws_*` modules bind. */
  private namedBindings(list: CodeToken[], module: string | undefined, renameWord: string): void {
    for (let i = 0; i < list.length; i++) {
      const token = list[i];
      if (token.kind !== 'ident' || token.text === 'type') continue;
      let local = token.text;
      if (list[i + 1]?.text === renameWord && list[i + 2]?.kind === 'ident') {
        local = list[i + 2].text;
        i += 2;
      }
      if (module) {
        this.bindings.classes.set(local, { module, className: token.text });
      } else {
        const member = moduleFromMember(token.text);
        if (member) this.bindings.aliases.set(local, member);
      }
    }
  }

  private readPythonImports(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind !== 'ident' || (token.text !== 'from' && token.text !== 'import')) continue;
      if (i > 0 && tokens[i - 1].text !== ';') continue; // only at a statement start
      const head = tokens[i + 1];
      if (head?.text !== 'aws_cdk') continue;
      if (token.text === 'import') {
        // import aws_cdk [as cdk] | import aws_cdk.aws_s3 [as s3]
        if (tokens[i + 2]?.text === '.' && tokens[i + 3]?.kind === 'ident') {
          const module = moduleFromMember(tokens[i + 3].text);
          if (!module) continue;
          this.subjects.push({ kind: 'resourceType', span: span(tokens[i + 3]), resource: cdkModuleResource(module, undefined, tokens[i + 3].text, 'python')! });
          if (tokens[i + 4]?.text === 'as' && tokens[i + 5]?.kind === 'ident') this.bindings.aliases.set(tokens[i + 5].text, module);
          else this.bindings.roots.add('aws_cdk');
        } else if (tokens[i + 2]?.text === 'as' && tokens[i + 3]?.kind === 'ident') {
          this.bindings.roots.add(tokens[i + 3].text);
        } else {
          this.bindings.roots.add('aws_cdk');
        }
        continue;
      }
      // from aws_cdk import a as b, … | from aws_cdk.aws_s3 import Bucket, …
      let j = i + 2;
      let module: string | undefined;
      if (tokens[j]?.text === '.' && tokens[j + 1]?.kind === 'ident') {
        module = moduleFromMember(tokens[j + 1].text);
        if (!module) continue;
        this.subjects.push({ kind: 'resourceType', span: span(tokens[j + 1]), resource: cdkModuleResource(module, undefined, tokens[j + 1].text, 'python')! });
        j += 2;
      }
      if (tokens[j]?.text !== 'import') continue;
      j++;
      for (; j < tokens.length && tokens[j].text !== ';'; j++) {
        const name = tokens[j];
        if (name.kind !== 'ident') continue;
        let local = name.text;
        if (tokens[j + 1]?.text === 'as' && tokens[j + 2]?.kind === 'ident') {
          local = tokens[j + 2].text;
        }
        if (module) {
          this.bindings.classes.set(local, { module, className: name.text });
        } else {
          const member = moduleFromMember(name.text);
          if (member) {
            this.bindings.aliases.set(local, member);
            this.subjects.push({ kind: 'resourceType', span: span(name), resource: cdkModuleResource(member, undefined, name.text, 'python')! });
          }
        }
        if (local !== name.text) j += 2;
      }
    }
  }

  // --- references and construct calls --------------------------------------

  private readReferences(): void {
    const tokens = this.tokens;
    const { aliases, roots, classes } = this.bindings;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind !== 'ident') continue;
      const previous = tokens[i - 1];
      if (previous && previous.text === '.') continue; // `foo.s3.Bucket`: someone else's member
      let module: string | undefined;
      let classToken: CodeToken | undefined;
      if (aliases.has(token.text) && tokens[i + 1]?.text === '.' && tokens[i + 2]?.kind === 'ident') {
        module = aliases.get(token.text);
        classToken = tokens[i + 2];
      } else if (roots.has(token.text) && tokens[i + 1]?.text === '.' && tokens[i + 3]?.text === '.' && tokens[i + 4]?.kind === 'ident') {
        module = moduleFromMember(tokens[i + 2].text);
        classToken = tokens[i + 4];
      } else if (classes.has(token.text) && tokens[i + 1]?.text !== '=' && tokens[i + 1]?.text !== ':') {
        const binding = classes.get(token.text)!;
        if (this.isImportName(i)) {
          const ref = cdkClassResource(binding.module, binding.className, token.text, this.language);
          if (ref) this.subjects.push({ kind: 'resourceType', span: span(token), resource: ref });
          continue;
        }
        module = binding.module;
        classToken = token;
      }
      if (!module || !classToken) continue;
      const className = classToken === token ? classes.get(token.text)!.className : classToken.text;
      const end = tokens.indexOf(classToken, i);
      const chain: TextSpan = { start: token.start, end: classToken.end };
      const written = this.textOf(i, end);
      const exact = cdkClassResource(module, className, written, this.language);
      const call = this.constructCall(i, end);
      // A class that is no single resource names its service only as a construct with a written id: `new X(this, 'Id'`.
      const ref = exact ?? (call?.idIndex !== undefined ? cdkModuleResource(module, className, written, this.language) : undefined);
      if (ref) this.subjects.push({ kind: 'resourceType', span: chain, resource: ref });
      if (ref && call) this.construct(ref, chain, call);
      i = end;
    }
  }

  /** True when the class token at `index` is a name inside an import list (`import { Bucket }`). */
  private isImportName(index: number): boolean {
    for (let k = index - 1; k >= 0 && index - k < 200; k--) {
      const text = this.tokens[k].text;
      if (text === 'import') return true;
      if (text === ';' || text === '}' || text === ')' || text === '=' || text === '(') return false;
    }
    return false;
  }

  private textOf(from: number, to: number): string {
    return this.tokens.slice(from, to + 1).map((t) => t.text).join('');
  }

  /**
   * For a class reference from token `from` to `to`: the construct call it
   * starts, when it is one (`new X(scope, id, props)` / `X(self, id, **props)`):
   * where its id is when the id is a string literal (`'Assets'`), and where its
   * props begin. An id held in a variable (`new s3.Bucket(this, id, {…})` in a
   * construct of your own) is still a construct, with no logical id.
   */
  private constructCall(from: number, to: number): { idIndex?: number; propsIndex?: number } | undefined {
    const tokens = this.tokens;
    if (this.language === 'typescript' && tokens[from - 1]?.text !== 'new') return undefined;
    if (tokens[to + 1]?.text !== '(') return undefined;
    const scope = tokens[to + 2];
    if (scope?.kind !== 'ident' || tokens[to + 3]?.text !== ',') return undefined;
    const id = tokens[to + 4];
    // The second argument is the id: not a keyword argument (`SqsEventSource(queue, batch_size=10)` is no construct).
    if (!id || id.kind === 'punct' || tokens[to + 5]?.text === '=' || tokens[to + 5]?.text === ':') return undefined;
    const afterId = id.kind === 'string' && (tokens[to + 5]?.text === ',' || tokens[to + 5]?.text === ')') ? to + 5 : this.skipExpression(to + 4);
    const idIndex = id.kind === 'string' && afterId === to + 5 ? to + 4 : undefined;
    const propsIndex = tokens[afterId]?.text === ',' ? afterId + 1 : undefined;
    return { ...(idIndex !== undefined ? { idIndex } : {}), ...(propsIndex !== undefined ? { propsIndex } : {}) };
  }

  private construct(ref: ResourceRef, typeSpan: TextSpan, call: { idIndex?: number; propsIndex?: number }): void {
    const tokens = this.tokens;
    const id = call.idIndex !== undefined ? tokens[call.idIndex] : undefined;
    const logicalId = id && !id.interpolated ? id.text : undefined;
    if (id && logicalId !== undefined) this.subjects.push({ kind: 'logicalId', span: inner(id), logicalId, resource: ref });
    const declared: DeclaredResource = { resource: ref, typeSpan, properties: [], ...(logicalId !== undefined ? { logicalId } : {}) };
    this.declared.push(declared);
    const next = call.propsIndex;
    if (next === undefined) return;
    if (this.language === 'typescript') {
      if (tokens[next]?.text === '{') this.objectProps(next, [], declared, 0);
    } else {
      this.keywordProps(next, [], declared, 0);
    }
  }

  /** A TypeScript object literal from its `{`; returns the index after its `}`. */
  private objectProps(open: number, path: string[], declared: DeclaredResource, depth: number): number {
    const tokens = this.tokens;
    let i = open + 1;
    while (i < tokens.length) {
      const token = tokens[i];
      if (token.text === '}') return i + 1;
      if (token.text === ')' || token.text === ']') return i; // unbalanced: the object ends here
      if (token.text === ',' || token.text === ';') { i++; continue; }
      if (depth >= MAX_DEPTH) return this.skipExpression(i);
      const isKey = token.kind === 'ident' || (token.kind === 'string' && !token.interpolated);
      const after = tokens[i + 1];
      if (isKey && after?.text === ':') {
        i = this.propertyValue(token, i + 2, path, declared, depth);
      } else if (token.kind === 'ident' && (after?.text === ',' || after?.text === '}')) {
        this.property(declared, [...path, token.text], span(token), undefined);
        i++;
      } else {
        i = this.skipExpression(i);
      }
    }
    return i;
  }

  /** Python keyword arguments from the token after `(` or `,`; returns the index after the closing `)`. */
  private keywordProps(from: number, path: string[], declared: DeclaredResource, depth: number): number {
    const tokens = this.tokens;
    let i = from;
    while (i < tokens.length) {
      const token = tokens[i];
      if (token.text === ')') return i + 1;
      if (token.text === '}' || token.text === ']' || token.text === ';') return i; // unbalanced: the call ends here
      if (token.text === ',') { i++; continue; }
      if (depth >= MAX_DEPTH) return this.skipExpression(i);
      if (token.kind === 'ident' && tokens[i + 1]?.text === '=' && tokens[i + 2]?.text !== '=') {
        i = this.propertyValue(token, i + 2, path, declared, depth);
      } else {
        i = this.skipExpression(i);
      }
    }
    return i;
  }

  /** The value of prop `key` starting at `at`: nested props recurse, a literal is recorded; returns the index after the value. */
  private propertyValue(key: CodeToken, at: number, path: string[], declared: DeclaredResource, depth: number): number {
    const tokens = this.tokens;
    const keyPath = [...path, key.text];
    const first = tokens[at];
    if (this.language === 'typescript' && first?.text === '{') {
      this.property(declared, keyPath, span(key), undefined);
      return this.objectProps(at, keyPath, declared, depth + 1);
    }
    if (first?.text === '[') {
      this.property(declared, keyPath, span(key), undefined);
      return this.listItems(at, keyPath, declared, depth + 1);
    }
    const callOpen = this.language === 'python' ? this.callOpening(at) : -1;
    if (callOpen >= 0) {
      this.property(declared, keyPath, span(key), undefined);
      const afterCall = this.keywordProps(callOpen + 1, keyPath, declared, depth + 1);
      return this.skipExpression(afterCall);
    }
    const end = this.skipExpression(at);
    this.property(declared, keyPath, span(key), this.literal(at, end));
    return end;
  }

  /** Items of a `[…]` list: object literals (TypeScript) or calls (Python) are props at the same path. */
  private listItems(open: number, path: string[], declared: DeclaredResource, depth: number): number {
    const tokens = this.tokens;
    let i = open + 1;
    while (i < tokens.length) {
      const token = tokens[i];
      if (token.text === ']') return i + 1;
      if (token.text === ')' || token.text === '}') return i; // unbalanced: the list ends here
      if (token.text === ',') { i++; continue; }
      if (this.language === 'typescript' && token.text === '{' && depth < MAX_DEPTH) {
        i = this.objectProps(i, path, declared, depth + 1);
        continue;
      }
      const callOpen = this.language === 'python' && depth < MAX_DEPTH ? this.callOpening(i) : -1;
      if (callOpen >= 0) {
        i = this.skipExpression(this.keywordProps(callOpen + 1, path, declared, depth + 1));
        continue;
      }
      i = this.skipExpression(i);
    }
    return i;
  }

  /** For a Python value `a.b.C(`: the index of its `(`; -1 when the value is not a call. */
  private callOpening(at: number): number {
    const tokens = this.tokens;
    let i = at;
    if (tokens[i]?.kind !== 'ident') return -1;
    i++;
    while (tokens[i]?.text === '.' && tokens[i + 1]?.kind === 'ident') i += 2;
    return tokens[i]?.text === '(' ? i : -1;
  }

  /** The value between `from` and `to` when it is one literal or a CDK enum member (`dynamodb.BillingMode.PAY_PER_REQUEST`). */
  private literal(from: number, to: number): { text: string; span: TextSpan; isString: boolean } | undefined {
    const tokens = this.tokens;
    const count = to - from;
    const first = tokens[from];
    if (count === 1 && first) {
      if (first.kind === 'string' && !first.interpolated) return { text: first.text, span: inner(first), isString: true };
      if (first.kind === 'number') return { text: first.text, span: span(first), isString: false };
      if (first.kind === 'ident' && /^(?:true|false|True|False)$/.test(first.text)) return { text: first.text.toLowerCase(), span: span(first), isString: false };
      return undefined;
    }
    // alias.Enum.MEMBER or Enum.MEMBER (an imported enum), all-caps member
    const last = tokens[to - 1];
    if (!last || last.kind !== 'ident' || !/^[A-Z][A-Z0-9_]*$/.test(last.text)) return undefined;
    const bound = this.bindings.aliases.has(first?.text ?? '') || this.bindings.classes.has(first?.text ?? '') || this.bindings.roots.has(first?.text ?? '');
    if (!bound) return undefined;
    for (let k = from; k < to; k++) {
      if ((k - from) % 2 === 0 ? tokens[k].kind !== 'ident' : tokens[k].text !== '.') return undefined;
    }
    return { text: last.text, span: span(last), isString: true };
  }

  private property(declared: DeclaredResource, path: string[], keySpan: TextSpan, literal: { text: string; span: TextSpan; isString: boolean } | undefined): void {
    const ref = declared.resource;
    const cfnPath = cfnPathFor(ref.cfnType, path);
    const value = literal?.text;
    this.subjects.push({ kind: 'propertyKey', span: keySpan, resource: ref, path, ...(cfnPath ? { cfnPath } : {}), ...(value !== undefined ? { value } : {}) });
    declared.properties.push({ path, span: keySpan, ...(cfnPath ? { cfnPath } : {}), ...(value !== undefined ? { value } : {}) });
    if (literal?.isString && literal.text.trim() !== '') {
      this.subjects.push({ kind: 'propertyValue', span: literal.span, resource: ref, path, ...(cfnPath ? { cfnPath } : {}), value: literal.text });
    }
  }

  /** Index of the `,` or closing bracket that ends the expression at `from`, outside any bracket (not consumed). */
  private skipExpression(from: number): number {
    const tokens = this.tokens;
    let depth = 0;
    let i = from;
    for (; i < tokens.length; i++) {
      const text = tokens[i].kind === 'punct' ? tokens[i].text : '';
      if (text === '(' || text === '[' || text === '{') depth++;
      else if (text === ')' || text === ']' || text === '}') {
        if (depth === 0) return i; // the closer of the enclosing list, object or call
        depth--;
      } else if (depth === 0 && (text === ',' || (this.language === 'python' && text === ';'))) {
        return i;
      }
    }
    return i;
  }
}

function span(token: CodeToken): TextSpan {
  return { start: token.start, end: token.end };
}

/** A string token's content, inside its quotes (and Python prefix). */
function inner(token: CodeToken): TextSpan {
  if (token.kind !== 'string' || token.contentStart === undefined) return span(token);
  return { start: token.contentStart, end: token.contentStart + token.text.length };
}

/** Parses a CDK document; undefined when it imports nothing from aws-cdk-lib. */
export function parseCdk(text: string, language: CdkLanguage): TemplateDocument | undefined {
  const tokens = language === 'python' ? scanPython(text) : scanJavaScript(text);
  const parser = new CdkParser(tokens, language);
  parser.parse();
  if (parser.subjects.length === 0) return undefined;
  return new SubjectIndexDocument('cdk', parser.subjects, parser.declared);
}

/** The CDK dialect, registered in `index.ts`. */
export const CDK_DIALECT: TemplateDialect = {
  id: 'cdk',
  accepts(input: TemplateInput): boolean {
    const language = languageOf(input);
    return language !== undefined && mentionsCdk(input.text, language);
  },
  parse(input: TemplateInput): TemplateDocument | undefined {
    const language = languageOf(input);
    if (!language || !mentionsCdk(input.text, language)) return undefined;
    try {
      return parseCdk(input.text, language);
    } catch {
      return undefined;
    }
  },
};
