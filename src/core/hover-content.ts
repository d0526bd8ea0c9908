import { escapeMarkdown, isWebLink, markdownLinkTarget, safeExcerpt, type ExcerptLimits } from './markdown-safe';
import type { ScoredSection } from './note-index';
import { alphanumericKey } from './snippet';
import type { CatalogEntry, NoteSection, ResourceTypeResolution } from './types';

/**
 * Builds the Markdown of the hover: header (service, category, and for a
 * resource type its official line and docs link), the top note sections with
 * short excerpts, and a footer to see more. Pure: the editor adapter wraps the
 * result in a trusted `MarkdownString` that enables only {@link HOVER_COMMANDS}.
 *
 * Every piece of text from a note or the catalog is escaped; the only links in
 * the result are our three commands (built here) and http(s) links.
 */

/** The commands a hover may run: the adapter trusts exactly these. */
export const HOVER_COMMANDS = {
  openSection: 'awsNotes.openSection',
  search: 'awsNotes.search',
  showInSidebar: 'awsNotes.showInSidebar',
} as const;

/** The part of the service catalog the hover needs. */
export interface HoverCatalog {
  get(id: string): CatalogEntry | undefined;
  resolveResourceType(type: string): ResourceTypeResolution | undefined;
}

/** The part of the note index the hover needs. */
export interface HoverIndex {
  /** Ranked sections for an entry: a refinement's own notes first, then its parent's. */
  lookupEntry(entryId: string): readonly ScoredSection[];
  sectionsFor(entryId: string): readonly ScoredSection[];
  readonly version: number;
}

/** What the cursor is on, as the catalog's scanner found it. */
export interface HoverSubject {
  /** The catalog entry the scanner matched. */
  entryId: string;
  /** The text as written in the document, e.g. `AWS::S3::Bucket`, `ALB`, `Aurora Serverless`. */
  text: string;
  /**
   * The resource as another dialect writes it (`aws_dynamodb_table`, `s3.Bucket`,
   * `terraform-aws-modules/vpc/aws`) with that dialect's reference page; `text`
   * then holds its CloudFormation type, or the service name when there is none.
   */
  written?: { text: string; docsUrl?: string };
}

export interface HoverOptions {
  /** How many sections to show (`awsNotes.hover.maxSections`). */
  maxSections: number;
  /** A section not to list, e.g. the one the cursor is in when hovering inside a notes file. */
  skipSectionId?: string;
  /** False while the first index build is still running: "no notes" may only mean "not yet". */
  indexComplete: boolean;
}

/** A built hover. */
export interface HoverContent {
  markdown: string;
  /** The entry whose notes are shown (after refinement or namespace fallback). */
  entryId: string;
  /** Ids of the sections listed, in order. */
  sectionIds: string[];
}

/**
 * How much of each section a hover shows: two lines of prose or a small table.
 * VS Code caps a hover at about 250 px before it scrolls; this keeps the header
 * and three sections close to that.
 */
const HOVER_EXCERPT_LIMITS: Partial<ExcerptLimits> = {
  maxLines: 2,
  maxLineChars: 100,
  maxTableRows: 3,
  maxTableColumns: 4,
  maxCellChars: 44,
  maxTableWidth: 88,
  maxCodeLines: 2,
};

/** How much of a breadcrumb (the enclosing heading) fits beside the file name. */
const BREADCRUMB_CHARS = 48;

/**
 * The hover for one subject, or undefined when there is nothing worth showing:
 * a name or concept with no notes (a hover that only says "no notes" on every
 * mention of a service in a design doc would be noise), or a string that only
 * looks like a resource type (`AWS::Serverless-2016-10-31`).
 */
export function buildHoverContent(subject: HoverSubject, catalog: HoverCatalog, index: HoverIndex, options: HoverOptions): HoverContent | undefined {
  const isResourceType = subject.text.includes('::');
  const resolution = isResourceType ? catalog.resolveResourceType(subject.text.trim()) : undefined;
  if (isResourceType && !resolution) return undefined;
  const entryId = resolution?.entryId ?? subject.entryId;
  const entry = catalog.get(entryId);
  if (!entry) return undefined;

  const ranked = index.lookupEntry(entryId).filter((s) => s.section.id !== options.skipSectionId);
  if (!isResourceType && ranked.length === 0) return undefined;

  const maxSections = Math.max(1, Math.floor(options.maxSections) || 1);
  const shown = ranked.slice(0, maxSections).map((s) => s.section);
  const parts: string[] = [header(entry, subject.text, resolution, subject.written)];

  if (shown.length === 0) {
    parts.push(noNotes(entry, options.indexComplete));
  } else {
    const ownCount = index.sectionsFor(entryId).filter((s) => s.section.id !== options.skipSectionId).length;
    const parent = entry.parent ? catalog.get(entry.parent) : undefined;
    if (ownCount === 0 && parent) {
      parts.push(`*No notes on ${escapeMarkdown(entry.name)} yet; showing notes on ${escapeMarkdown(parent.name)}.*`);
    }
    parts.push(shown.map(sectionBlock).join('\n\n'));
    parts.push(footer(entry, parent, shown, index, options.skipSectionId));
  }
  return { markdown: parts.join('\n\n---\n\n'), entryId, sectionIds: shown.map((s) => s.id) };
}

/** Service name and category; for a resource type also its official line and docs link; for Terraform or the CDK what the document wrote and its reference page. */
function header(entry: CatalogEntry, text: string, resolution: ResourceTypeResolution | undefined, written?: HoverSubject['written']): string {
  const kind = entry.kind === 'concept' ? ' · concept' : '';
  const lines = [`**${escapeMarkdown(entry.name)}** · ${escapeMarkdown(entry.category)}${kind}`];
  if (resolution?.fallbackFromNamespace) {
    lines.push(`Unknown resource type ${code(text.trim())}; showing notes on ${escapeMarkdown(entry.name)}.`);
  } else if (resolution?.resource) {
    const { type, description, docsUrl } = resolution.resource;
    const docs = isWebLink(docsUrl) ? ` [AWS docs](${markdownLinkTarget(docsUrl)} "${escapeTitle(type)} in the CloudFormation reference")` : '';
    const line = description ? ` — ${escapeMarkdown(description)}` : '';
    lines.push(`${code(type)}${line}${docs}`);
  }
  if (written) lines.push(writtenLine(written));
  // Two trailing spaces: a hard line break between the name and the resource line.
  return lines.join('  \n');
}

/** `aws_dynamodb_table` · [Terraform docs](…): the name as written and the reference it comes from. */
function writtenLine(written: NonNullable<HoverSubject['written']>): string {
  const url = written.docsUrl;
  if (!url || !isWebLink(url)) return code(written.text);
  const label = /^https:\/\/registry\.terraform\.io\/modules\//.test(url) ? 'Terraform module'
    : /^https:\/\/registry\.terraform\.io\//.test(url) ? 'Terraform docs'
      : /^https:\/\/docs\.aws\.amazon\.com\/cdk\//.test(url) ? 'CDK API reference' : 'Reference';
  return `${code(written.text)} · [${label}](${markdownLinkTarget(url)} "${escapeTitle(written.text)}: ${label}")`;
}

function noNotes(entry: CatalogEntry, indexComplete: boolean): string {
  if (!indexComplete) return '*Notes are still being indexed…*';
  return `*No notes yet on ${escapeMarkdown(entry.shortName || entry.name)}.*`;
}

/** One listed section: linked title, where it comes from, a short excerpt. */
export function sectionBlock(section: NoteSection): string {
  const title = `**[${escapeMarkdown(section.title)}](${commandUri(HOVER_COMMANDS.openSection, [section.id])} "Open this note")**`;
  const origin = section.origin === 'user' ? ' · your notes' : '';
  const excerpt = safeExcerpt(excerptSource(section), { title: section.title, limits: HOVER_EXCERPT_LIMITS });
  return [`${title} · *${escapeMarkdown(source(section))}${origin}*`, excerpt].filter(Boolean).join('\n\n');
}

/**
 * An exam scenario opens with the conversation ("Your confusion seems to stem from…"); its answer sits under
 * the heading its title came from ("Correct Solution: …", "Why … over …"), so a hover's excerpt starts there.
 */
function excerptSource(section: NoteSection): string {
  if (section.kind !== 'scenario') return section.body;
  const key = alphanumericKey(section.title);
  if (!key) return section.body;
  // Headings are near the top of a walk-through; a long body is not split whole for one hover.
  const lines = section.body.slice(0, SCENARIO_SCAN_CHARS).split('\n');
  for (let line = 0; line < lines.length; line++) {
    if (/^\s{0,3}#{1,6}\s/.test(lines[line]) && alphanumericKey(lines[line]).includes(key)) {
      const rest = lines.slice(line + 1).join('\n').trim();
      if (rest) return rest;
    }
  }
  return section.body;
}

const SCENARIO_SCAN_CHARS = 20_000;

/** File label and the nearest enclosing heading, e.g. `solutions-architect-associate.md › Storage`. */
function source(section: NoteSection): string {
  const [file, ...headings] = section.breadcrumb;
  const nearest = headings[headings.length - 1];
  if (!nearest) return file ?? '';
  const heading = nearest.length > BREADCRUMB_CHARS ? `${nearest.slice(0, BREADCRUMB_CHARS - 1).trimEnd()}…` : nearest;
  return `${file} › ${heading}`;
}

/**
 * "N more notes on X" (opens the search filtered to X) and "Show in sidebar".
 * The count matches what the filtered search lists: X's own notes, or the
 * parent's when the hover fell back to them.
 */
function footer(entry: CatalogEntry, parent: CatalogEntry | undefined, shown: NoteSection[], index: HoverIndex, skipSectionId: string | undefined): string {
  const shownIds = new Set(shown.map((s) => s.id));
  const remaining = (id: string) => index.sectionsFor(id).filter((s) => !shownIds.has(s.section.id) && s.section.id !== skipSectionId).length;
  const links: string[] = [];
  const own = remaining(entry.id);
  const target = own === 0 && parent && remaining(parent.id) > 0 ? parent : entry;
  const more = target === entry ? own : remaining(target.id);
  if (more > 0) {
    const label = `${more} more ${more === 1 ? 'note' : 'notes'} on ${target.shortName || target.name}`;
    links.push(`[${escapeMarkdown(label)}](${commandUri(HOVER_COMMANDS.search, [`${target.id}: `])} "Search notes on ${escapeTitle(target.name)}")`);
  }
  links.push(`[Show in sidebar](${commandUri(HOVER_COMMANDS.showInSidebar, [entry.id])} "Reveal ${escapeTitle(entry.name)} in the AWS Notes view")`);
  return links.join(' · ');
}

/**
 * A command link target with JSON arguments. Everything but unreserved
 * characters is percent-encoded (parentheses too), so nothing in an id can end
 * the link early or add a second argument.
 */
export function commandUri(command: string, args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/** Inline code showing `text` literally, whatever backticks it holds. */
function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/** Text for a link title in double quotes. */
function escapeTitle(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&');
}

/**
 * Remembers built hovers per (subject, options) for one index version, so a
 * repeated hover costs a map lookup. Any index change empties it.
 */
export class HoverContentCache {
  private readonly entries = new Map<string, HoverContent | undefined>();
  private version = -1;

  constructor(private readonly maxEntries = 256) {}

  /** The cached hover, building and storing it on a miss. */
  get(subject: HoverSubject, catalog: HoverCatalog, index: HoverIndex, options: HoverOptions): HoverContent | undefined {
    if (index.version !== this.version) {
      this.entries.clear();
      this.version = index.version;
    }
    const key = JSON.stringify([subject.entryId, subject.text, subject.written?.text ?? '', subject.written?.docsUrl ?? '', options.maxSections, options.skipSectionId ?? '', options.indexComplete]);
    if (this.entries.has(key)) return this.entries.get(key);
    const built = buildHoverContent(subject, catalog, index, options);
    // A simple bound: hovers are cheap to rebuild, so dropping the oldest is enough.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, built);
    return built;
  }

  clear(): void {
    this.entries.clear();
    this.version = -1;
  }
}
