import type * as vscode from 'vscode';
import type { TemplateDocument } from './core/templates';
import { MAX_TEMPLATE_CHARS } from './template-limits';

type TemplatesModule = typeof import('./core/templates');
let templatesModule: TemplatesModule | undefined;

/**
 * The template dialects and their parsers (`yaml`, `jsonc-parser`: ~140 KB
 * minified), loaded on the first template a hover or the Topics view reads,
 * never at activation. The build ships them as dist/templates.js.
 */
function templates(): TemplatesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  templatesModule ??= require('./core/templates') as TemplatesModule;
  return templatesModule;
}

/**
 * Code: only what a template dialect recognises counts there (a CDK construct,
 * a Terraform resource), never a word the line reader would find in an
 * identifier, string or comment (`lambda x:`, `class Queue`). The hover and
 * "In this file" read no mentions from such a document's text.
 */
const CODE_LANGUAGES = new Set(['typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'python', 'terraform', 'hcl']);

/** True for a language id of code (see CODE_LANGUAGES). */
export function isCodeLanguage(languageId: string): boolean {
  return CODE_LANGUAGES.has(languageId);
}

/** File names some dialect may claim whatever the language id; checked before the dialects are loaded. */
const CLAIMED_FILE_NAMES = /\.tf(?:\.json)?$/i;


/**
 * The parsed template of an editor document, cached per uri and version so a
 * hover after the first costs a map lookup. Documents no dialect claims, too
 * large, or unparseable give undefined (the caller falls back to the
 * line-based reader); each fallback is logged once per document.
 */
export class TemplateDocuments {
  private readonly cache = new Map<string, { version: number; document: TemplateDocument | undefined }>();
  private readonly logged = new Set<string>();

  constructor(private readonly log: Pick<vscode.LogOutputChannel, 'info' | 'warn'>, private readonly maxEntries = 32) {}

  /** The template model of `document`, or undefined when it is not one the registry can read. */
  get(document: vscode.TextDocument): TemplateDocument | undefined {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.document;
    const parsed = this.parse(document, key);
    this.cache.delete(key);
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { version: document.version, document: parsed });
    return parsed;
  }

  /**
   * True when a dialect claims the document by its file name alone (`main.tf`
   * opened as plain text); cheap, and loads the dialects only for such a name.
   */
  claimsFileName(document: vscode.TextDocument): boolean {
    return CLAIMED_FILE_NAMES.test(document.fileName) && templates().dialectFor({ languageId: '', fileName: document.fileName, text: '' }) !== undefined;
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  private parse(document: vscode.TextDocument, key: string): TemplateDocument | undefined {
    const name = document.uri.toString(true);
    // Length first: getText() of a huge file is itself a copy worth avoiding.
    const lastLine = document.lineCount - 1;
    const length = document.offsetAt(document.lineAt(lastLine).range.end);
    if (length > MAX_TEMPLATE_CHARS) {
      this.logOnce(key, `${name}: ${(length / 1048576).toFixed(1)} MB is over the ${MAX_TEMPLATE_CHARS / 1048576} MB template limit; hovering it line by line`);
      return undefined;
    }
    const input = { languageId: document.languageId, fileName: document.fileName, text: document.getText() };
    const started = performance.now();
    const parsed = templates().parseTemplate(input);
    const elapsed = performance.now() - started;
    // Code that is no CDK stack (a TypeScript module that says "Resources") is not a broken template: nothing to log.
    if (!parsed && !isCodeLanguage(document.languageId) && /AWSTemplateFormatVersion|Resources/.test(input.text.slice(0, 65536))) {
      this.logOnce(key, `${name}: not readable as a template (malformed, or its top level is not a mapping with Resources); hovering it line by line`);
    } else if (elapsed > 50) {
      this.log.info(`${name}: template parsed in ${elapsed.toFixed(0)} ms`);
    }
    return parsed;
  }

  private logOnce(key: string, message: string): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log.warn(message);
  }
}

let shared: TemplateDocuments | undefined;

/** The one cache the hover and the Topics view share, so a template is parsed once per version for both. */
export function sharedTemplateDocuments(log: Pick<vscode.LogOutputChannel, 'info' | 'warn'>): TemplateDocuments {
  shared ??= new TemplateDocuments(log);
  return shared;
}
