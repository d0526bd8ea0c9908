import * as vscode from 'vscode';
import { HOVER_COMMANDS, HoverContentCache, type HoverSubject } from './core/hover-content';
import { PropertyHoverCache, isStructuralKey, meaningfulValue, type PropertySetting } from './core/property-hover';
import { isMappingKey } from './core/template-keys';
import type { TemplateSubject } from './core/templates';
import { bundledPropertyDocs, type PropertyDocs } from './core/templates/property-docs';
import { Settings } from './ids';
import type { NotesStore } from './notes-store';
import { isCodeLanguage, sharedTemplateDocuments, type TemplateDocuments } from './template-documents';

/** The languages the hover is offered in when the setting is missing or malformed (same as package.json's default). */
const DEFAULT_LANGUAGES = ['yaml', 'json', 'jsonc', 'markdown', 'plaintext', 'cloudformation', 'cloudformation-yaml', 'cloudformation-json', 'sam', 'sam-yaml', 'terraform', 'hcl', 'typescript', 'javascript', 'python'];

/** Prose languages: everything else is read as a template, whose mapping keys are property names, not mentions. */
const PROSE_LANGUAGES = new Set(['markdown', 'plaintext']);

/** Lines up to this length are read whole; longer ones (minified JSON templates) only around the cursor. */
const WHOLE_LINE_LIMIT = 2_000;
/** Characters read either side of the cursor on a long line; a term never spans more. */
const WINDOW_RADIUS = 256;

/**
 * Registers the hover on AWS resource types, service names and concepts for
 * the languages in `awsNotes.hover.languages`, re-registering when that setting
 * changes. Cheap: nothing touches the catalog or the index until the first hover.
 */
export function registerHoverProvider(context: vscode.ExtensionContext, store: NotesStore): void {
  const templates = sharedTemplateDocuments(store.log);
  const provider = new NotesHoverProvider(store, templates);
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    registration = vscode.languages.registerHoverProvider(documentSelector(), provider);
  };
  register();
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    vscode.workspace.onDidCloseTextDocument((document) => templates.forget(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${Settings.section}.${Settings.hoverLanguages}`)) register();
    }),
  );
}

function documentSelector(): vscode.DocumentSelector {
  const configured = vscode.workspace.getConfiguration(Settings.section).get<unknown>(Settings.hoverLanguages);
  const languages = Array.isArray(configured) ? configured.filter((l): l is string => typeof l === 'string' && l.trim() !== '') : DEFAULT_LANGUAGES;
  return [...new Set(languages.map((l) => l.trim()))].map((language) => ({ language }));
}

/**
 * In a template the registry reads, asks the template model what stands at
 * the cursor first: a property key or value gets the property hover, a
 * logical id nothing. Everything else (resource types, prose in values,
 * documents no dialect claims) goes to the line reader: a window of the
 * hovered line, the catalog's mention there, and the notes about it.
 */
class NotesHoverProvider implements vscode.HoverProvider {
  private readonly cache = new HoverContentCache();
  private readonly propertyCache = new PropertyHoverCache();
  private propertyDocs: PropertyDocs | undefined | null = null;

  constructor(private readonly store: NotesStore, private readonly templates: TemplateDocuments) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const config = vscode.workspace.getConfiguration(Settings.section, document);
    if (!config.get<boolean>(Settings.hoverEnabled, true) || token.isCancellationRequested) return undefined;
    try {
      // A prose document is read as a template only when a dialect claims its file name (a .tf opened as plain text).
      const template = PROSE_LANGUAGES.has(document.languageId) && !this.templates.claimsFileName(document) ? undefined : this.templates.get(document);
      const subject = template?.at(document.offsetAt(position));
      const codeOnly = template ? template.proseOutsideSubjects === false : isCodeLanguage(document.languageId);
      if (subject) {
        if (subject.kind === 'logicalId') return undefined;
        if (subject.kind === 'resourceType' && subject.resource.written !== subject.resource.cfnType) return this.resourceHover(document, subject, config);
        if (subject.kind === 'propertyKey') return this.propertyHover(document, subject, config, codeOnly);
        if (subject.kind === 'propertyValue' && meaningfulValue(subject.value) && !isStructuralKey(subject.path[subject.path.length - 1] ?? '', subject.resource.cfnType)) {
          const hover = this.propertyHover(document, subject, config, codeOnly);
          if (hover) return hover;
        }
      }
      return codeOnly ? undefined : this.mentionHover(document, position, config);
    } catch (error) {
      // A hover must never throw at the user; the log says what went wrong.
      this.store.log.error(`Hover failed in ${document.uri.toString(true)}:${position.line + 1}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  /**
   * The hover on a resource another dialect names (`aws_dynamodb_table`,
   * `new s3.Bucket(`, a registry module): the notes of its CloudFormation type,
   * or of its service when no single type is known, with the name as written
   * and its Terraform or CDK reference page.
   */
  private resourceHover(document: vscode.TextDocument, subject: Extract<TemplateSubject, { kind: 'resourceType' }>, config: vscode.WorkspaceConfiguration): vscode.Hover | undefined {
    const { cfnType, cfnNamespace, written, docsUrl } = subject.resource;
    const catalog = this.store.catalog;
    const entryId = cfnType ? catalog.resolveResourceType(cfnType)?.entryId : cfnNamespace ? catalog.resolveTerm(cfnNamespace) : undefined;
    const entry = entryId ? catalog.get(entryId) : undefined;
    if (!entry) return undefined;
    const hoverSubject: HoverSubject = { entryId: entry.id, text: cfnType ?? entry.name, written: { text: written, ...(docsUrl ? { docsUrl } : {}) } };
    const content = this.cache.get(hoverSubject, catalog, this.store.index, {
      maxSections: clampSections(config.get<number>(Settings.hoverMaxSections, 3)),
      indexComplete: this.store.isReady,
    });
    if (!content) return undefined;
    const range = new vscode.Range(document.positionAt(subject.span.start), document.positionAt(subject.span.end));
    return new vscode.Hover(trusted(content.markdown), range);
  }

  /**
   * The hover on a setting: its description, docs link and the passages on it.
   * In code (`onlyKnownProperties`), a key is a setting only when the
   * CloudFormation spec knows it (`multi_az`, `versioned`): Terraform and the
   * CDK have arguments of their own (`natGateways`, `skip_final_snapshot`, an
   * environment variable's name) whose words would find passages on something else.
   */
  private propertyHover(document: vscode.TextDocument, subject: Extract<TemplateSubject, { kind: 'propertyKey' | 'propertyValue' }>, config: vscode.WorkspaceConfiguration, onlyKnownProperties = false): vscode.Hover | undefined {
    const setting: PropertySetting = {
      resourceType: subject.resource.cfnType,
      namespace: subject.resource.cfnNamespace,
      path: subject.cfnPath ?? subject.path,
      value: subject.value,
      onValue: subject.kind === 'propertyValue',
    };
    const content = this.propertyCache.get(setting, this.store.catalog, this.store.index, this.docs(), {
      maxSections: clampSections(config.get<number>(Settings.hoverMaxSections, 3)),
      indexComplete: this.store.isReady,
    });
    if (!content || (onlyKnownProperties && !content.doc)) return undefined;
    const range = new vscode.Range(document.positionAt(subject.span.start), document.positionAt(subject.span.end));
    return new vscode.Hover(trusted(content.markdown), range);
  }

  /** The property docs, read on the first property hover; a missing file is logged once and leaves hovers without descriptions. */
  private docs(): PropertyDocs | undefined {
    if (this.propertyDocs === null) {
      try {
        const started = performance.now();
        this.propertyDocs = bundledPropertyDocs();
        this.store.log.debug(`Property docs loaded in ${(performance.now() - started).toFixed(1)} ms`);
      } catch (error) {
        this.propertyDocs = undefined;
        this.store.log.warn(`Property descriptions unavailable: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return this.propertyDocs;
  }

  private mentionHover(document: vscode.TextDocument, position: vscode.Position, config: vscode.WorkspaceConfiguration): vscode.Hover | undefined {
    const { text, offset } = lineWindow(document, position);
    const mention = this.store.catalog.mentionAt(text, position.character - offset);
    if (!mention) return undefined;
    if (!PROSE_LANGUAGES.has(document.languageId) && isMappingKey(text, mention.start, mention.end)) return undefined;
    const subject: HoverSubject = { entryId: mention.entryId, text: text.slice(mention.start, mention.end) };
    const index = this.store.index;
    const content = this.cache.get(subject, this.store.catalog, index, {
      maxSections: clampSections(config.get<number>(Settings.hoverMaxSections, 3)),
      skipSectionId: document.uri.scheme === 'file' ? index.sectionAt(document.uri.fsPath, position.line)?.id : undefined,
      indexComplete: this.store.isReady,
    });
    if (!content) return undefined;
    const range = new vscode.Range(position.line, offset + mention.start, position.line, offset + mention.end);
    return new vscode.Hover(trusted(content.markdown), range);
  }
}

/** Hover Markdown that may run only our own hover commands, never HTML. */
function trusted(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value);
  markdown.isTrusted = { enabledCommands: Object.values(HOVER_COMMANDS) };
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  return markdown;
}

/**
 * The hovered line, or only a window of it around the cursor when the line is
 * very long, so a multi-megabyte single-line JSON template costs no more than
 * a short line.
 */
function lineWindow(document: vscode.TextDocument, position: vscode.Position): { text: string; offset: number } {
  const lineEnd = document.validatePosition(new vscode.Position(position.line, Number.MAX_SAFE_INTEGER)).character;
  if (lineEnd <= WHOLE_LINE_LIMIT) return { text: document.lineAt(position.line).text, offset: 0 };
  const start = Math.max(0, position.character - WINDOW_RADIUS);
  const end = Math.min(lineEnd, position.character + WINDOW_RADIUS);
  return { text: document.getText(new vscode.Range(position.line, start, position.line, end)), offset: start };
}

function clampSections(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : 3;
  return Math.min(10, Math.max(1, n));
}
