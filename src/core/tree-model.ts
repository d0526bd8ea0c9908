import type { CatalogEntry, NoteOrigin, NoteSection } from './types';
import type { ScoredSection } from './note-index';

/** How categories, services and files are ordered in the topic tree. */
export type SortOrder = 'name' | 'count';

/** What the top level of the topic tree is made of. */
export type GroupBy = 'service' | 'file';

/**
 * A section scores this much for an entry when the entry is in its title,
 * a sub-heading or its nearest parent heading, or is named three times in its
 * body. Below that it only mentions the entry in passing.
 */
export const STRONG_SCORE = 3;

/** What the model reads from the catalog and the index; structural, so tests can use the real ones. */
export interface TreeSource {
  /** Every catalog entry (services and concepts). */
  entries(): Iterable<CatalogEntry>;
  /** Ranked, thresholded sections for one entry, as `NoteIndex.sectionsFor` returns them. */
  sectionsFor(entryId: string): readonly ScoredSection[];
  /** The passages of a section, in source order, as `NoteIndex.passagesOf` returns them; a section node expands to them. */
  passagesOf?(section: NoteSection): readonly NoteSection[];
  /** The indexed section with this id; lets a reveal find its node without building every service's nodes. */
  sectionById?(id: string): NoteSection | undefined;
}

/** A notes file as the file grouping needs it (a subset of `IndexedFile`). */
export interface TreeFile {
  path: string;
  label: string;
  origin: NoteOrigin;
  sections: readonly NoteSection[];
}

interface NodeBase {
  /** Unique within one model; stable across rebuilds so VS Code keeps expansion state. */
  readonly id: string;
  readonly parent: TreeNode | undefined;
}

/** An AWS category (Compute, Storage, …) holding the entries that have notes. */
export interface CategoryNode extends NodeBase {
  readonly kind: 'category';
  readonly name: string;
  readonly children: EntryNode[];
  /** Distinct sections under the category (a section under two of its services counts once). */
  readonly sectionCount: number;
}

/** A service or concept with the sections about it. */
export interface EntryNode extends NodeBase {
  readonly kind: 'entry';
  readonly entry: CatalogEntry;
  /**
   * Sections strongly about the entry, most relevant first; then the `more` node, if any.
   * Under "In this file", the template's settings the notes cover come first, as heading nodes.
   */
  readonly children: (SectionNode | MoreNode | HeadingNode)[];
  /** Every section the index lists for the entry (strong and passing mentions). */
  readonly sectionCount: number;
}

/** "Also mentioned in N": sections that name the entry only in passing, folded away. */
export interface MoreNode extends NodeBase {
  readonly kind: 'more';
  readonly children: SectionNode[];
}

/**
 * One note section; in the file outline it may hold the sections nested under its heading. A section with
 * passages holds them (passage nodes have no children).
 */
export interface SectionNode extends NodeBase {
  readonly kind: 'section';
  readonly section: NoteSection;
  readonly children: (SectionNode | HeadingNode)[];
}

/** A notes file, when the tree is grouped by file. */
export interface FileNode extends NodeBase {
  readonly kind: 'file';
  readonly file: Omit<TreeFile, 'sections'>;
  readonly children: (SectionNode | HeadingNode)[];
  readonly sectionCount: number;
}

/** A heading of the file outline that is not itself a section (e.g. "Compute services"). */
export interface HeadingNode extends NodeBase {
  readonly kind: 'heading';
  readonly title: string;
  readonly children: (SectionNode | HeadingNode)[];
}

/** "In this file": the services the active editor's document uses, in the order it first names them. */
export interface InFileNode extends NodeBase {
  readonly kind: 'inFile';
  /** Name of the document, for the description. */
  readonly documentName: string;
  readonly children: EntryNode[];
}

export type TreeNode = CategoryNode | EntryNode | MoreNode | SectionNode | FileNode | HeadingNode | InFileNode;

/** A built tree: its roots and indexes to find the node to reveal. */
export interface TreeModel {
  readonly roots: (CategoryNode | FileNode)[];
  /** Entry id → its node (service grouping only). */
  readonly entryNodes: ReadonlyMap<string, EntryNode>;
  /** Section id → the node a reveal should land on. */
  readonly sectionNodes: Pick<ReadonlyMap<string, SectionNode>, 'get' | 'has'>;
}

/** Compares labels the way a reader expects: case- and accent-insensitive, numbers in order. */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The label of an entry node: the short name people use ("S3", "DynamoDB"). */
export function entryLabel(entry: CatalogEntry): string {
  return entry.shortName || entry.name || entry.id;
}

/**
 * Category → service/concept → section. Only entries with at least one
 * section appear. A section about several services appears under each.
 */
export function buildServiceTree(source: TreeSource, sort: SortOrder): TreeModel {
  const byCategory = new Map<string, { entry: CatalogEntry; scored: readonly ScoredSection[] }[]>();
  for (const entry of source.entries()) {
    const scored = source.sectionsFor(entry.id);
    if (scored.length === 0) continue;
    const category = entry.category || 'Other';
    let list = byCategory.get(category);
    if (!list) byCategory.set(category, (list = []));
    list.push({ entry, scored });
  }

  const entryNodes = new Map<string, EntryNode>();
  const roots: CategoryNode[] = [];
  for (const [name, members] of byCategory) {
    const children: EntryNode[] = [];
    const distinct = new Set<NoteSection>();
    const category: CategoryNode = { kind: 'category', id: `category:${name}`, parent: undefined, name, children, sectionCount: 0 };
    for (const { entry, scored } of members) {
      const node = buildEntryNode(entry, scored, category, `entry:${entry.id}`, source.passagesOf);
      children.push(node);
      entryNodes.set(entry.id, node);
      // Sections are the index's own objects, one per id: counting them needs no id strings hashed.
      for (const s of listedOf(scored)) distinct.add(s.section);
    }
    sortEntries(children, sort);
    (category as { sectionCount: number }).sectionCount = distinct.size;
    roots.push(category);
  }
  roots.sort(sort === 'count' ? byCountThenName((c) => c.sectionCount, (c) => c.name) : (a, b) => collator.compare(a.name, b.name));
  // A service's sections become nodes when it is first expanded, and the reveal index when a section is first
  // revealed: at 10,000 sections, building every node up front blocked the extension host for 50–170 ms.
  return { roots, entryNodes, sectionNodes: new RevealIndex(entryNodes, source.sectionById?.bind(source)) };
}

/**
 * Section id → the node a reveal lands on, worked out per section when asked: the section's own ranking
 * says which services can list it, so only their nodes are built. Gives what `revealIndex` gives for all.
 */
class RevealIndex implements Pick<ReadonlyMap<string, SectionNode>, 'get' | 'has'> {
  private readonly found = new Map<string, SectionNode | undefined>();
  private all: Map<string, SectionNode> | undefined;

  constructor(
    private readonly entryNodes: ReadonlyMap<string, EntryNode>,
    private readonly sectionById: ((id: string) => NoteSection | undefined) | undefined,
  ) {}

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get(id: string): SectionNode | undefined {
    if (this.all) return this.all.get(id);
    if (!this.sectionById) return (this.all = revealIndex(this.entryNodes)).get(id);
    if (this.found.has(id)) return this.found.get(id);
    const node = this.find(id);
    this.found.set(id, node);
    return node;
  }

  private find(id: string): SectionNode | undefined {
    const section = this.sectionById!(id);
    if (!section) return undefined;
    // Only the entries a section is tagged with list it; the first in its own ranking wins, a direct listing
    // before a passing mention ("more"), as in `revealIndex`.
    const ranking = [...section.services, ...section.concepts];
    for (const nested of [false, true]) {
      for (const entryId of ranking) {
        const entryNode = this.entryNodes.get(entryId);
        if (!entryNode) continue;
        const listed = nested ? entryNode.children.find((c): c is MoreNode => c.kind === 'more')?.children : entryNode.children;
        const node = listed?.find((c): c is SectionNode => c.kind === 'section' && c.section.id === id);
        if (node) return node;
      }
    }
    // A passage no service lists by itself is revealed inside its section.
    if (section.parentId === undefined) return undefined;
    return this.get(section.parentId)?.children.find((c): c is SectionNode => c.kind === 'section' && c.section.id === id);
  }
}

/** Section id → the node a reveal of that section lands on, over every entry node. */
function revealIndex(entryNodes: ReadonlyMap<string, EntryNode>): Map<string, SectionNode> {
  const sectionNodes = new Map<string, SectionNode>();
  // A section is revealed under the entry it is most about, in the strong list when it is there.
  for (const entryNode of entryNodes.values()) {
    for (const child of entryNode.children) {
      if (child.kind === 'section') preferReveal(sectionNodes, child, entryNode.entry.id);
    }
  }
  const listedDirectly = new Set(sectionNodes.keys());
  for (const entryNode of entryNodes.values()) {
    const more = entryNode.children.find((c): c is MoreNode => c.kind === 'more');
    for (const child of more?.children ?? []) {
      if (!listedDirectly.has(child.section.id)) preferReveal(sectionNodes, child, entryNode.entry.id);
    }
  }
  // A passage is revealed inside the node of its section that a reveal of that section lands on.
  for (const node of [...sectionNodes.values()]) {
    for (const child of node.children) {
      if (child.kind === 'section' && !sectionNodes.has(child.section.id)) sectionNodes.set(child.section.id, child);
    }
  }
  return sectionNodes;
}

/**
 * The sections an entry lists itself: its top-level sections, and the passages whose section is not
 * listed for the entry (an SQS passage in the Lambda chapter). The other passages show inside their section.
 */
function listedOf(scored: readonly ScoredSection[]): ScoredSection[] {
  let hasPassages = false;
  for (const s of scored) if (s.section.parentId !== undefined) hasPassages = true;
  if (!hasPassages) return scored as ScoredSection[];
  const ids = new Set<string>();
  for (const s of scored) if (s.section.parentId === undefined) ids.add(s.section.id);
  return scored.filter((s) => s.section.parentId === undefined || !ids.has(s.section.parentId));
}

/** Keeps, for each section, the node under the entry that comes first in the section's own ranking. */
function preferReveal(map: Map<string, SectionNode>, node: SectionNode, entryId: string): void {
  const current = map.get(node.section.id);
  if (!current) {
    map.set(node.section.id, node);
    return;
  }
  const ranking = [...node.section.services, ...node.section.concepts];
  const rank = (id: string) => {
    const at = ranking.indexOf(id);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const currentEntry = entryIdOf(current);
  if (currentEntry !== undefined && rank(entryId) < rank(currentEntry)) map.set(node.section.id, node);
}

function entryIdOf(node: TreeNode): string | undefined {
  for (let at: TreeNode | undefined = node; at; at = at.parent) {
    if (at.kind === 'entry') return at.entry.id;
  }
  return undefined;
}

/**
 * An entry with its sections: the strong ones listed, passing mentions folded
 * into a "more" node so a service named in every other section (EC2, IAM) does
 * not bury the sections that are actually about it. When an entry has no
 * strong section at all, its passing mentions are listed directly.
 */
function buildEntryNode(entry: CatalogEntry, all: readonly ScoredSection[], parent: TreeNode, id: string, passagesOf?: TreeSource['passagesOf']): EntryNode {
  const scored = listedOf(all);
  let children: EntryNode['children'] | undefined;
  const node: EntryNode = {
    kind: 'entry',
    id,
    parent,
    entry,
    sectionCount: scored.length,
    // Made on first use (an expand, a reveal) and kept: later changes (In this file's settings) stick.
    get children() {
      return (children ??= entryChildren(node, scored, passagesOf));
    },
  };
  return node;
}

/** An entry node's children: its strong sections, then the passing mentions folded into a "more" node. */
function entryChildren(node: EntryNode, scored: readonly ScoredSection[], passagesOf: TreeSource['passagesOf']): (SectionNode | MoreNode)[] {
  const { id } = node;
  const children: (SectionNode | MoreNode)[] = [];
  const sectionNode = (section: NoteSection, under: TreeNode) => withPassages(section, under, passagesOf);
  const isStrong = (s: ScoredSection) => s.score >= STRONG_SCORE && !isTableOfContents(s.section);
  const strong = scored.filter(isStrong);
  const weak = scored.filter((s) => !isStrong(s));
  if (strong.length === 0) {
    for (const s of weak) children.push(sectionNode(s.section, node));
    return children;
  }
  for (const s of strong) children.push(sectionNode(s.section, node));
  if (weak.length > 0) {
    const more: MoreNode = { kind: 'more', id: `${id}/more`, parent: node, children: [] };
    for (const s of weak) more.children.push(sectionNode(s.section, more));
    children.push(more);
  }
  return children;
}

const tocCache = new WeakMap<NoteSection, boolean>();

/**
 * A table of contents ("Contents" of a long Markdown file) names every service
 * it links to, yet says nothing about any of them: it is never listed as being
 * about an entry, only folded among the passing mentions.
 */
export function isTableOfContents(section: NoteSection): boolean {
  const cached = tocCache.get(section);
  if (cached !== undefined) return cached;
  const lines = section.body.split('\n').filter((line) => line.trim() !== '');
  const anchors = lines.filter((line) => /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$/.test(line)).length;
  const result = anchors >= 5 && anchors * 2 > lines.length;
  tocCache.set(section, result);
  return result;
}

/** A section's node, holding a node for each of its passages. */
function withPassages(section: NoteSection, parent: TreeNode, passagesOf: TreeSource['passagesOf']): SectionNode {
  const children: SectionNode[] = [];
  const node: SectionNode = { kind: 'section', id: `${parent.id}/${section.id}`, parent, section, children };
  if (section.parentId === undefined && passagesOf) {
    for (const passage of passagesOf(section)) children.push({ kind: 'section', id: `${node.id}/${passage.id}`, parent: node, section: passage, children: [] });
  }
  return node;
}

function sortEntries(entries: EntryNode[], sort: SortOrder): void {
  entries.sort(
    sort === 'count'
      ? byCountThenName((e) => e.sectionCount, (e) => entryLabel(e.entry))
      : (a, b) => collator.compare(entryLabel(a.entry), entryLabel(b.entry)) || collator.compare(a.entry.id, b.entry.id),
  );
}

function byCountThenName<T>(count: (t: T) => number, name: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || collator.compare(name(a), name(b));
}

/**
 * File → heading outline. Sections nest under the section (or bare heading)
 * their breadcrumb names, in source order, so the outline reads like the file.
 */
export function buildFileTree(files: readonly TreeFile[], sort: SortOrder): TreeModel {
  const sectionNodes = new Map<string, SectionNode>();
  const roots: FileNode[] = [];
  for (const file of files) {
    const children: (SectionNode | HeadingNode)[] = [];
    const fileNode: FileNode = {
      kind: 'file',
      id: `file:${file.path}`,
      parent: undefined,
      file: { path: file.path, label: file.label, origin: file.origin },
      children,
      sectionCount: file.sections.filter((section) => section.parentId === undefined).length,
    };
    const ordered = [...file.sections].sort((a, b) => a.line - b.line);
    for (const section of ordered) {
      // breadcrumb[0] is the file label; the rest are the enclosing headings.
      let container: FileNode | SectionNode | HeadingNode = fileNode;
      for (const heading of section.breadcrumb.slice(1)) container = outlineChild(container, heading);
      const node: SectionNode = { kind: 'section', id: `outline:${section.id}`, parent: container, section, children: [] };
      container.children.push(node);
      sectionNodes.set(section.id, node);
    }
    roots.push(fileNode);
  }
  roots.sort(
    sort === 'count'
      ? byCountThenName((f) => f.sectionCount, (f) => f.file.label)
      : (a, b) => collator.compare(a.file.label, b.file.label) || collator.compare(a.file.path, b.file.path),
  );
  return { roots, entryNodes: new Map(), sectionNodes };
}

/**
 * The node a heading refers to inside `container`: the last child if it bears
 * that title (sections come in source order, so a parent heading is always the
 * most recent one at its level), otherwise a new bare heading node.
 */
function outlineChild(container: FileNode | SectionNode | HeadingNode, heading: string): SectionNode | HeadingNode {
  const children = container.children;
  const last = children[children.length - 1];
  const key = normaliseHeading(heading);
  if (last) {
    const lastTitle = last.kind === 'section' ? last.section.title : last.title;
    if (normaliseHeading(lastTitle) === key) return last;
  }
  const node: HeadingNode = { kind: 'heading', id: `${container.id}/heading:${children.length}:${key}`, parent: container, title: heading, children: [] };
  children.push(node);
  return node;
}

function normaliseHeading(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Options of {@link buildInFileGroup}. */
export interface InFileOptions {
  /**
   * Also list the services (not concepts) the document names that have no
   * notes, as entries with no children (`sectionCount` 0), so the tree can
   * offer to write one. Concepts without notes stay out: prose names many.
   */
  servicesWithoutNotes?: boolean;
  /** The settings a template sets that the notes cover, by entry id; listed first under their service. */
  settingsByEntry?: ReadonlyMap<string, readonly InFileSetting[]>;
}

/**
 * "In this file": each entry the document names, in order of first mention,
 * with its sections. Entries without notes are left out (unless
 * `servicesWithoutNotes` asks for the services among them), and an entry
 * named many times appears once.
 */
export function buildInFileGroup(entryIdsInOrder: readonly string[], source: Pick<TreeSource, 'sectionsFor' | 'passagesOf'>, lookup: (id: string) => CatalogEntry | undefined, documentName: string, options: InFileOptions = {}): InFileNode | undefined {
  const children: EntryNode[] = [];
  const group: InFileNode = { kind: 'inFile', id: 'inFile', parent: undefined, documentName, children };
  const seen = new Set<string>();
  for (const entryId of entryIdsInOrder) {
    if (seen.has(entryId)) continue;
    seen.add(entryId);
    const entry = lookup(entryId);
    if (!entry) continue;
    const scored = source.sectionsFor(entryId);
    if (scored.length === 0 && !(options.servicesWithoutNotes && entry.kind === 'service')) continue;
    const node = buildEntryNode(entry, scored, group, `inFile/entry:${entryId}`, source.passagesOf?.bind(source));
    const settings = options.settingsByEntry?.get(entryId) ?? [];
    node.children.unshift(...settings.map((setting) => settingNode(setting, node)));
    children.push(node);
  }
  return children.length > 0 ? group : undefined;
}

/** A setting of the template the notes cover (`Billing mode`), for "In this file". */
export interface InFileSetting {
  label: string;
  path: readonly string[];
  sections: readonly NoteSection[];
}

/** A setting under its service in "In this file": a heading node whose children are the passages on it. */
function settingNode(setting: InFileSetting, parent: EntryNode): HeadingNode {
  const children: SectionNode[] = [];
  const node: HeadingNode = { kind: 'heading', id: `${parent.id}/setting:${setting.path.join('.')}`, parent, title: setting.label, children };
  for (const section of setting.sections) children.push(withPassages(section, node, undefined));
  return node;
}

/** Entry ids in order of first appearance, from mentions sorted or not. */
export function entriesInOrder(mentions: readonly { entryId: string; start: number }[]): string[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const mention of sorted) {
    if (seen.has(mention.entryId)) continue;
    seen.add(mention.entryId);
    ids.push(mention.entryId);
  }
  return ids;
}

/** The node's children, for a tree data provider. */
export function childrenOf(node: TreeNode): readonly TreeNode[] {
  return node.children;
}
