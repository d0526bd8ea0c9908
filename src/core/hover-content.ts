import { escapeMarkdown, isWebLink, markdownLinkTarget, safeExcerpt, type ExcerptLimits } from './markdown-safe';
import type { ScoredSection } from './note-index';
import { namesPhrase, resourcePhrases } from './resource-words';
import { tokenize } from './search/tokenize';
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
  newNote: 'awsNotes.newNote',
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

  const skipped = skipFilter(options.skipSectionId);
  // Lists run to thousands at 50,000 sections: they are copied only when a section is to be skipped.
  const all = index.lookupEntry(entryId);
  const ranked = options.skipSectionId === undefined ? all : all.filter((s) => !skipped(s.section));
  if (!isResourceType && ranked.length === 0) return undefined;

  const maxSections = Math.max(1, Math.floor(options.maxSections) || 1);
  const phrases = resolution?.resource ? resourcePhrases(resolution.resource.type) : [];
  // A refinement's own notes come before its parent's (security groups, then VPC): the re-ordering stays within each.
  const ownIds = entry.parent ? idsOf(index.sectionsFor(entryId)) : undefined;
  const shown = pickForHover(ranked, phrases, maxSections, entryPhrases(entry), ownIds);
  const parts: string[] = [header(entry, subject.text, resolution, subject.written)];

  if (shown.length === 0) {
    parts.push(noNotes(entry, options.indexComplete, addNoteLink(entry, resolution)));
  } else {
    const ownCount = countListed(index.sectionsFor(entryId), skipped, options.skipSectionId !== undefined);
    const parent = entry.parent ? catalog.get(entry.parent) : undefined;
    if (ownCount === 0 && parent) {
      parts.push(`*No notes on ${escapeMarkdown(entry.name)} yet; showing notes on ${escapeMarkdown(parent.name)}.*`);
    }
    parts.push(shown.map(sectionBlock).join('\n\n'));
    parts.push(`${footer(entry, parent, shown, index, skipped, options.skipSectionId !== undefined)} · ${addNoteLink(entry, resolution)}`);
  }
  return { markdown: parts.join('\n\n---\n\n'), entryId, sectionIds: shown.map((s) => s.id) };
}

const idSets = new WeakMap<readonly ScoredSection[], ReadonlySet<string>>();

/** The ids in a ranked list, kept while the index keeps the list (it makes a new one on every change). */
function idsOf(list: readonly ScoredSection[]): ReadonlySet<string> {
  let ids = idSets.get(list);
  if (!ids) idSets.set(list, (ids = new Set(list.map((s) => s.section.id))));
  return ids;
}

/** How many sections of a list a hover may show. */
function countListed(list: readonly ScoredSection[], skipped: (section: NoteSection) => boolean, skipping: boolean): number {
  return skipping ? list.filter((s) => !skipped(s.section)).length : list.length;
}

/** The section the cursor is in is not listed, nor are its passages: the reader is already there. */
function skipFilter(skipSectionId: string | undefined): (section: NoteSection) => boolean {
  if (skipSectionId === undefined) return () => false;
  return (section) => section.id === skipSectionId || section.parentId === skipSectionId;
}

/**
 * A chapter with passages scores in the index for everything its passages say, so in a hover it competes
 * by its name instead: this much when its title names the entry (a title and a parent mention in the index),
 * twice that when its title is the entry's name ("S3", "AWS Placement Groups"): the place to start, whose
 * introduction says what the entry is. Passages that name the entry in their own title come next.
 */
const NAMED_CHAPTER_SCORE = 17;
const EXACTLY_NAMED_FACTOR = 2;
/** A chapter with passages that is not named after the entry: its passages are the better answer. */
const CHAPTER_DAMPING = 0.5;
/** At most this many passages of one chapter in a hover, so one long chapter does not hide every other note. */
const PASSAGES_PER_CHAPTER = 2;
/** How many of the best-scored candidates have their titles checked for a resource's own words. */
const ABOUT_SCAN = 2000;
/** How many of the best-scored candidates are re-ordered; the rest cannot reach a hover of ten. */
const HOVER_POOL = 64;

const titleTokens = new WeakMap<NoteSection, string[]>();

/** How a chapter with passages competes in a hover: by its name, not by everything its passages say. */
function chapterScore(section: NoteSection, score: number, names: readonly (readonly string[])[]): number {
  const tokens = tokensOfTitle(section);
  if (!namesPhrase(tokens, names)) return score * CHAPTER_DAMPING;
  const own = tokens.filter((t) => t !== 'amazon' && t !== 'aws').join(' ');
  const exactly = names.some((name) => name.join(' ') === own);
  // A tiny share of the index score keeps two chapters of the same name in the index's order.
  return NAMED_CHAPTER_SCORE * (exactly ? EXACTLY_NAMED_FACTOR : 1) + score * 0.001;
}
const namePhrases = new Map<string, string[][]>();

/** Every name of an entry as stemmed tokens, without "Amazon"/"AWS": what a chapter named after it says. */
function entryPhrases(entry: CatalogEntry): string[][] {
  let phrases = namePhrases.get(entry.id);
  if (!phrases) {
    const names = [entry.name, entry.shortName, ...entry.aliases, ...entry.abbreviations];
    phrases = names.map((name) => tokenize(name).filter((t) => t !== 'amazon' && t !== 'aws')).filter((tokens) => tokens.length > 0);
    if (namePhrases.size > 2000) namePhrases.clear();
    namePhrases.set(entry.id, phrases);
  }
  return phrases;
}

/** The stemmed words of a section's title, kept: the same sections come back hover after hover. */
function tokensOfTitle(section: NoteSection): string[] {
  let tokens = titleTokens.get(section);
  if (!tokens) titleTokens.set(section, (tokens = tokenize(section.title)));
  return tokens;
}

/**
 * The sections a hover lists, best first: passages and whole sections together, a chapter named after the entry
 * (`names`, its names as stemmed tokens) ahead of its own passages (its introduction counts as one), a chapter
 * not named after it behind them, at most {@link PASSAGES_PER_CHAPTER} passages of one chapter.
 * For a resource type with words of its own (`AWS::EC2::KeyPair` → key pair), sections whose title names
 * the resource come first, then the general notes on the service.
 */
export function pickForHover(
  ranked: readonly ScoredSection[],
  phrases: readonly (readonly string[])[],
  max: number,
  names: readonly (readonly string[])[] = [],
  ownIds?: ReadonlySet<string>,
): NoteSection[] {
  const about: NoteSection[] = [];
  if (phrases.length > 0) {
    // Far more candidates than a hover shows are checked: a passage about key pairs may score low for EC2 as a
    // whole. Not all of them: at 50,000 sections a service has thousands, and a hover must stay within a millisecond.
    const scan = Math.min(ranked.length, ABOUT_SCAN);
    for (let i = 0; i < scan && about.length < max; i++) {
      const { section } = ranked[i];
      if (namesPhrase(tokensOfTitle(section), phrases)) about.push(section);
    }
  }
  const pool = ranked.slice(0, HOVER_POOL).map(({ section, score }, order) => ({
    section,
    order,
    own: ownIds === undefined || ownIds.has(section.id),
    score: section.passageIds ? chapterScore(section, score, names) : score,
  }));
  pool.sort((a, b) => Number(b.own) - Number(a.own) || b.score - a.score || a.order - b.order);
  const shown: NoteSection[] = [];
  const seen = new Set<string>();
  const perChapter = new Map<string, number>();
  const add = (section: NoteSection) => {
    if (shown.length >= max || seen.has(section.id)) return;
    if (section.parentId !== undefined) {
      const count = perChapter.get(section.parentId) ?? 0;
      if (count >= PASSAGES_PER_CHAPTER) return;
      perChapter.set(section.parentId, count + 1);
    }
    seen.add(section.id);
    shown.push(section);
  };
  for (const section of about) add(section);
  for (const { section } of pool) add(section);
  return shown;
}

/** Service name and category; for a resource type also its official line and docs link; for Terraform or the CDK what the document wrote and its reference page. */
function header(entry: CatalogEntry, text: string, resolution: ResourceTypeResolution | undefined, written?: HoverSubject['written']): string {
  const kind = entry.kind === 'concept' ? ' · concept' : '';
  const lines = [`**${escapeMarkdown(entry.name)}** · ${escapeMarkdown(entry.category)}${kind}`];
  if (resolution?.fallbackFromNamespace) {
    lines.push(`Unknown resource type ${inlineCode(text.trim())}; showing notes on ${escapeMarkdown(entry.name)}.`);
  } else if (resolution?.resource) {
    const { type, description, docsUrl } = resolution.resource;
    const docs = isWebLink(docsUrl) ? ` [AWS docs](${markdownLinkTarget(docsUrl)} "${escapeTitle(type)} in the CloudFormation reference")` : '';
    const line = description ? ` — ${escapeMarkdown(description)}` : '';
    lines.push(`${inlineCode(type)}${line}${docs}`);
  }
  if (written) lines.push(writtenLine(written));
  // Two trailing spaces: a hard line break between the name and the resource line.
  return lines.join('  \n');
}

/** `aws_dynamodb_table` · [Terraform docs](…): the name as written and the reference it comes from. */
function writtenLine(written: NonNullable<HoverSubject['written']>): string {
  const url = written.docsUrl;
  if (!url || !isWebLink(url)) return inlineCode(written.text);
  const label = /^https:\/\/registry\.terraform\.io\/modules\//.test(url) ? 'Terraform module'
    : /^https:\/\/registry\.terraform\.io\//.test(url) ? 'Terraform docs'
      : /^https:\/\/docs\.aws\.amazon\.com\/cdk\//.test(url) ? 'CDK API reference' : 'Reference';
  return `${inlineCode(written.text)} · [${label}](${markdownLinkTarget(url)} "${escapeTitle(written.text)}: ${label}")`;
}

function noNotes(entry: CatalogEntry, indexComplete: boolean, addNote: string): string {
  if (!indexComplete) return '*Notes are still being indexed…*';
  return `*No notes yet on ${escapeMarkdown(entry.shortName || entry.name)}.* ${addNote}`;
}

/**
 * "Add a note": runs `awsNotes.newNote` on the exact resource type when the
 * hover is on a known one (so the note gets a heading for it), else on the entry.
 */
function addNoteLink(entry: CatalogEntry, resolution: ResourceTypeResolution | undefined): string {
  const subject = resolution?.resource?.type ?? entry.id;
  return `[Add a note](${commandUri(HOVER_COMMANDS.newNote, [subject])} "Write a note on ${escapeTitle(subject)} in your notes folder")`;
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
function footer(
  entry: CatalogEntry,
  parent: CatalogEntry | undefined,
  shown: NoteSection[],
  index: HoverIndex,
  skipped: (section: NoteSection) => boolean,
  skipping: boolean,
): string {
  const shownIds = new Set(shown.map((s) => s.id));
  const remaining = (id: string) => {
    const list = index.sectionsFor(id);
    if (skipping) return list.filter((s) => !shownIds.has(s.section.id) && !skipped(s.section)).length;
    // A section is in an entry's list exactly when it is tagged with the entry: no need to walk the list.
    return list.length - shown.filter((s) => s.services.includes(id) || s.concepts.includes(id)).length;
  };
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

/** Text as inline code, fenced with one more backtick than it holds, on one line. */
export function inlineCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/** Text for a link title in double quotes. */
export function escapeTitle(text: string): string {
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
