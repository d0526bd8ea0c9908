import * as vscode from 'vscode';
import { isCodeLanguage, sharedTemplateDocuments } from './template-documents';
import { SearchEngine, resolveLoosely, type SearchHit, type SearchOptions } from './core/search';
import type { IndexChange } from './core/note-index';
import type { CatalogEntry, NoteSection } from './core/types';
import { Commands } from './ids';
import type { NotesStore } from './notes-store';

/** What the search feature offers the rest of the extension. */
export interface SearchService {
  /** Ranked sections for a free-text query (the public API's `search`). Builds the engine on first use. */
  search(query: string, limit: number): NoteSection[];
  /** Ranked hits with match ranges and snippets; the quick pick's own call. */
  hits(query: string, options?: SearchOptions): SearchHit[];
  /** Opens the quick pick, optionally with an initial query. */
  show(initialQuery?: string): void;
  /** The engine once every section is in it, else undefined; never builds anything. */
  completeEngine(): SearchEngine | undefined;
}

const RECENT_KEY = 'awsNotes.search.recentSectionIds';
const MAX_RECENT = 10;
const RESULT_LIMIT = 50;
/** Sections indexed per slice of the background build, so the extension host stays responsive. */
const BUILD_SLICE = 400;
/** Taking in the index workers' postings hands the event loop back after this long, and looks at the clock this often. */
const ABSORB_SLICE_MS = 4;
/** Held-back changes are applied for this long per turn. */
const APPLY_SLICE_MS = 8;
const ABSORB_ITEMS_PER_STEP = 1 << 13;
const PLACEHOLDER = 'Search notes: words, typos and abbreviations welcome. Narrow with s3: (a service) or @storage (a category)';

/**
 * Registers `awsNotes.search` and `awsNotes.searchSelection`. Cheap: the search
 * engine is built in the background once the index is ready (or on the first
 * search, whichever comes first), and kept in step with `store.onDidChange`.
 */
export function registerSearch(context: vscode.ExtensionContext, store: NotesStore): SearchService {
  const engine = new LazyEngine(store);
  context.subscriptions.push(engine);
  const recent = new RecentSections(context.globalState);

  const show = (initialQuery?: string) => {
    try {
      openQuickPick(store, engine, recent, typeof initialQuery === 'string' ? initialQuery : '');
    } catch (error) {
      store.log.error(`Search failed to open: ${String(error)}`);
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.search, (initialQuery?: unknown) => show(typeof initialQuery === 'string' ? initialQuery : '')),
    vscode.commands.registerCommand(Commands.searchSelection, () => show(queryFromEditor(store))),
  );

  return {
    search: (query, limit) => engine.get().search(query, { limit }).map((hit) => hit.section),
    hits: (query, options) => engine.get().search(query, options),
    show,
    completeEngine: () => engine.complete,
  };
}

/**
 * The engine, built in slices after the index is ready so no single task
 * blocks the extension host for long; a search that comes first finishes the
 * build on the spot. Exported for the integration tests, which drive it through the store's offers.
 */
export class LazyEngine implements vscode.Disposable {
  private engine: SearchEngine | undefined;
  private pending: NoteSection[] = [];
  /** Ids that changed while the build was under way: the queued copy is stale. */
  private readonly superseded = new Set<string>();
  private building = false;
  /**
   * Changes held back while the first build installs a saved or worker-built index: its stored postings replace
   * this engine when the build is done, so tokenising each installed file in the extension host would be wasted.
   */
  private deferred: IndexChange[] = [];
  /** The index workers' postings being taken into the engine, a slice at a time; changes wait until it is done. */
  private absorbing: Generator<void, void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: NotesStore) {
    this.disposables.push(
      store.onDidChange((change) => {
        if (!this.engine) return;
        // Once one change is held back, every later one is too, so that they apply in order.
        if (this.deferred.length > 0 || store.isRestoring || this.absorbing) {
          this.deferred.push(change);
          return;
        }
        this.apply(change);
      }),
      // A later build installed what the index workers built: their postings join this engine as they are.
      store.onDidEndRestoring(() => {
        // On a turn of its own: the loader's step that ended the install must not grow by this one.
        if (store.isReady) setTimeout(() => this.takeWorkerState(), 0);
      }),
    );
    void store.ready.then(() => {
      const deferred = this.deferred;
      this.deferred = [];
      if (!this.engine) this.restart();
      // A search that came during the install answered from what was ready; the stored postings take over now.
      else if (deferred.length > 0 && store.hasSearchOffer) this.restart();
      else {
        // A search that came before the first build finished started an engine of its own; a saved one is now stale.
        store.takeSearchState();
        this.applyDeferred(deferred);
      }
    });
  }

  /**
   * Applies held-back changes in order, a few milliseconds of them per turn: after a big install they can be
   * thousands of sections to tokenise. Changes that arrive meanwhile queue behind them.
   */
  private applyDeferred(changes: IndexChange[]): void {
    this.deferred = changes.concat(this.deferred);
    const step = () => {
      if (this.deferred !== queue || this.absorbing) return;
      const until = performance.now() + APPLY_SLICE_MS;
      while (queue.length > 0 && performance.now() < until) this.apply(queue.shift()!);
      if (queue.length > 0) setTimeout(step, 0);
    };
    const queue = this.deferred;
    step();
  }

  private apply(change: IndexChange): void {
    if (this.building) {
      for (const id of change.removedIds) this.superseded.add(id);
      for (const section of change.added) this.superseded.add(section.id);
    }
    // Every index update, a full rebuild's included, arrives here file by
    // file, so the engine never needs rebuilding from scratch.
    this.engine!.apply(change);
  }

  /** The engine once every section is in it (what the saved index stores), else undefined. */
  get complete(): SearchEngine | undefined {
    return this.building || this.absorbing || this.deferred.length > 0 ? undefined : this.engine;
  }

  /** True once every section is searchable. */
  get isComplete(): boolean {
    return this.complete !== undefined;
  }

  /** The engine, finished synchronously if the background build has not got there yet. */
  get(): SearchEngine {
    if (!this.engine) this.restart();
    if (this.store.isReady && !this.store.isRestoring) this.catchUp();
    if (this.building) this.drain(Infinity);
    return this.engine!;
  }

  /**
   * Brings the engine up to the index at once, as a search during a build finishes the build: a folder just
   * indexed must not look empty to a search made the moment its install ends. Takes in the workers' postings
   * (even before their turn comes), then applies what was held back. Searches that never come cost nothing.
   */
  private catchUp(): void {
    if (this.store.hasSearchOffer && this.deferred.length > 0 && !this.absorbing && !this.building) this.takeWorkerState();
    if (this.absorbing) this.runAbsorb(Infinity);
    while (this.deferred.length > 0 && !this.absorbing) this.apply(this.deferred.shift()!);
  }

  /**
   * After a later build installed the index workers' files: applies the changes held back meanwhile, except the
   * installed sections themselves, which come in with the workers' postings instead of being tokenised here.
   */
  private takeWorkerState(): void {
    // No engine yet: the first search starts one from the index and takes the offer then.
    if (!this.engine) return;
    // Two installs in a row: the first one's postings go in first; what was held back meanwhile waits for this one.
    if (this.absorbing) this.runAbsorb(Infinity);
    const deferred = this.deferred;
    this.deferred = [];
    const offer = this.store.takeSearchState();
    if (!offer || this.building) {
      // Nothing to take in (the join failed, the build was superseded), or search is still building its own
      // engine from the index: the held-back changes are tokenised here, a slice at a time; a stale offer is let go.
      this.applyDeferred(deferred);
      return;
    }
    const engine = this.engine;
    const index = this.store.index;
    // Only the state's own slots come in through it here: sections a start's engine took in besides (`absorbed`)
    // are tokenised with the held-back changes.
    const live = offer.sections.map((section) => (section && index.get(section.id) === section ? section : undefined));
    const offered = new Set(live);
    const replaced = new Set<string>();
    for (const section of live) if (section) replaced.add(section.id);
    for (const change of deferred) {
      // A section the workers' postings bring back under the same id keeps answering until they take its place.
      engine.removeSections(change.removedIds.filter((id) => !replaced.has(id)));
      const others = change.added.filter((section) => !offered.has(section));
      if (others.length > 0) engine.addSections(others);
    }
    const started = performance.now();
    this.absorbing = engine.absorbInSteps(offer.state, live, ABSORB_ITEMS_PER_STEP);
    const steps = this.absorbing;
    const slice = () => {
      if (this.absorbing !== steps) return;
      if (!this.finishAbsorb(ABSORB_SLICE_MS)) return void setTimeout(slice, 0);
      this.store.log.debug(`Search took in ${offer.sections.length} sections from the index workers in ${(performance.now() - started).toFixed(0)} ms`);
    };
    setTimeout(slice, 0);
  }

  /** Runs the absorption for up to `budgetMs`; once it is over, what changed meanwhile applies. Answers whether it is. */
  private finishAbsorb(budgetMs: number): boolean {
    if (!this.runAbsorb(budgetMs)) return false;
    const held = this.deferred;
    this.deferred = [];
    this.applyDeferred(held);
    return true;
  }

  /**
   * Runs the absorption for up to `budgetMs`; answers whether it is over. Changes held back meanwhile stay held:
   * the caller applies them.
   */
  private runAbsorb(budgetMs: number): boolean {
    const steps = this.absorbing!;
    const until = performance.now() + budgetMs;
    try {
      while (!steps.next().done) if (performance.now() >= until) return false;
    } catch (error) {
      // The state did not fit (it is checked before the engine changes): search is rebuilt from the index, which
      // already holds every change held back, so none of them is applied again.
      this.store.log.warn(`The index workers' search postings could not be used (${error instanceof Error ? error.message : String(error)}); indexing those sections for search here`);
      this.absorbing = undefined;
      this.deferred = [];
      this.restart();
      return true;
    }
    this.absorbing = undefined;
    return true;
  }

  dispose(): void {
    this.pending = [];
    for (const disposable of this.disposables) disposable.dispose();
  }

  private restart(): void {
    const started = performance.now();
    this.superseded.clear();
    this.pending = this.store.index.allSections();
    this.engine = this.restoreSaved() ?? new SearchEngine(this.store.catalog);
    this.building = true;
    const total = this.pending.length;
    const step = () => {
      if (!this.building) return;
      this.drain(BUILD_SLICE);
      if (this.building) setTimeout(step, 0);
      else this.store.log.debug(`Search index built for ${total} sections in ${(performance.now() - started).toFixed(0)} ms`);
    };
    setTimeout(step, 0);
  }

  /**
   * The engine from the saved index the loader offered, if any: its slots whose sections are still the
   * indexed ones are used as they are, and only the other sections (new or changed files) stay pending.
   */
  private restoreSaved(): SearchEngine | undefined {
    const offer = this.store.takeSearchState();
    if (!offer) return undefined;
    const started = performance.now();
    const index = this.store.index;
    try {
      // What the loader's engine took in besides the state's slots comes with it; without an engine there is none.
      const listed = offer.engine && offer.absorbed ? [...offer.sections, ...offer.absorbed] : offer.sections;
      const live = listed.map((section) => (section && index.get(section.id) === section ? section : undefined));
      let engine: SearchEngine;
      if (offer.engine) {
        // Restored by the loader in steps; only what changed since it did is dropped here.
        engine = offer.engine;
        engine.removeSections(listed.filter((section, slot) => section && !live[slot]).map((section) => section!.id));
      } else engine = SearchEngine.restore(this.store.catalog, offer.state, live);
      const restored = new Set(live);
      this.pending = this.pending.filter((section) => !restored.has(section));
      this.store.log.debug(
        `Search index read from the saved index in ${(performance.now() - started).toFixed(0)} ms (${engine.size} sections; ${this.pending.length} to add)`,
      );
      return engine;
    } catch (error) {
      this.store.log.warn(`The saved search index could not be used (${error instanceof Error ? error.message : String(error)}); building it from the notes`);
      return undefined;
    }
  }

  private drain(count: number): void {
    const engine = this.engine!;
    const slice = this.pending.splice(0, Math.min(count, this.pending.length));
    engine.addSections(slice.filter((section) => !this.superseded.has(section.id)));
    if (this.pending.length === 0) {
      this.building = false;
      this.superseded.clear();
    }
  }
}

/** Section ids the user opened from search, newest first, in global state. */
class RecentSections {
  constructor(private readonly state: vscode.Memento) {}

  ids(): string[] {
    const stored = this.state.get<unknown>(RECENT_KEY);
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  }

  remember(id: string): void {
    const ids = [id, ...this.ids().filter((other) => other !== id)].slice(0, MAX_RECENT);
    void this.state.update(RECENT_KEY, ids);
  }
}

interface SectionItem extends vscode.QuickPickItem {
  section?: NoteSection;
  /** For hint rows: what accepting them does. */
  action?: 'pickCategory' | 'serviceHint';
}

const openToSideButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('split-horizontal'), tooltip: 'Open to the Side' };
const categoryButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('filter'), tooltip: 'Filter by Category (@category)' };

function openQuickPick(store: NotesStore, engine: LazyEngine, recent: RecentSections, initialQuery: string): void {
  const pick = vscode.window.createQuickPick<SectionItem>();
  pick.title = 'AWS Notes: Search';
  pick.placeholder = PLACEHOLDER;
  pick.buttons = [categoryButton];
  // Results come ranked from our engine, typo and alias hits included. Every
  // item is alwaysShow, so VS Code's own filter never hides them; it still
  // highlights what it matches itself (the stable API has no way to pass our
  // own highlight ranges). Its fallback matcher pairs the query's letters with
  // word starts, so in a long excerpt "placement groups" lit up the S of "AWS"
  // and the s of "setup": it may only look at the title, where it marks the
  // typed words when the title has them and, short as titles are, little else.
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  let choosingCategory = false;

  const refresh = () => {
    try {
      pick.items = itemsFor(pick.value, store, engine, recent);
      pick.busy = !store.isReady || !engine.isComplete;
    } catch (error) {
      store.log.error(`Search failed for "${pick.value}": ${String(error)}`);
      pick.items = [];
    }
  };

  const open = (section: NoteSection, toSide: boolean) => {
    recent.remember(section.id);
    pick.hide();
    void vscode.commands.executeCommand(toSide ? Commands.openSectionToSide : Commands.openSection, section.id);
  };

  const subscriptions: vscode.Disposable[] = [
    pick.onDidChangeValue(refresh),
    pick.onDidAccept(() => {
      const [item] = pick.selectedItems;
      if (!item) return;
      if (item.section) open(item.section, false);
      else if (item.action === 'pickCategory') void chooseCategory();
      else if (item.action === 'serviceHint') pick.value = 's3: ';
    }),
    pick.onDidTriggerItemButton((event) => {
      if (event.item.section) open(event.item.section, true);
    }),
    pick.onDidTriggerButton((button) => {
      if (button === categoryButton) void chooseCategory();
    }),
    pick.onDidHide(() => {
      if (choosingCategory) return;
      for (const subscription of subscriptions) subscription.dispose();
      pick.dispose();
    }),
  ];

  const chooseCategory = async () => {
    choosingCategory = true;
    const rest = stripCategory(pick.value);
    let chosen: string | undefined;
    try {
      chosen = await vscode.window.showQuickPick(categoriesWithCounts(store, engine), {
        title: 'AWS Notes: Filter by Category',
        placeHolder: 'Pick a category to search in',
      }).then((item) => item?.category);
    } finally {
      choosingCategory = false;
    }
    pick.value = chosen ? `@${categoryToken(chosen)} ${rest}` : pick.value;
    pick.show();
    refresh();
  };

  // A freshly built index (or any update) refreshes what is on screen.
  const whenReady = () => refresh();
  subscriptions.push(store.onDidBecomeReady(whenReady), store.onDidChange(whenReady));

  pick.value = initialQuery;
  refresh();
  pick.show();
}

/** The rows for a query: ranked hits, or recent picks and hints when the box is empty. */
function itemsFor(value: string, store: NotesStore, engine: LazyEngine, recent: RecentSections): SectionItem[] {
  // While the saved index is being restored (about a second at 10,000 sections), searching would make the engine
  // index every restored file itself; the results come complete a moment later instead.
  if (!store.isReady && (store.isRestoring || store.index.stats().sections === 0)) {
    return [{ label: '$(loading~spin) Indexing notes…', detail: 'Results appear as soon as the notes are indexed.', alwaysShow: true }];
  }
  const searchEngine = engine.get();
  if (!value.trim()) return emptyBoxItems(store, recent);
  const hits = searchEngine.search(value, { limit: RESULT_LIMIT });
  if (hits.length === 0) {
    const parsed = searchEngine.parse(value);
    const scope = parsed.entryId || parsed.category ? ' with this filter' : '';
    return [{ label: `No notes match${scope}`, detail: 'Try fewer words, another spelling, or remove the s3: / @category filter.', alwaysShow: true }];
  }
  return hits.map((hit) => toItem(hit.section, store, hit.snippet));
}

function emptyBoxItems(store: NotesStore, recent: RecentSections): SectionItem[] {
  const items: SectionItem[] = [];
  const sections = recent.ids().map((id) => store.index.get(id)).filter((s): s is NoteSection => s !== undefined);
  if (sections.length) {
    items.push({ label: 'Recently opened', kind: vscode.QuickPickItemKind.Separator });
    for (const section of sections) items.push(toItem(section, store, section.snippet));
    items.push({ label: 'Filters', kind: vscode.QuickPickItemKind.Separator });
  }
  items.push(
    { label: '$(filter) @category', description: 'e.g. @storage, @database', detail: 'Search inside one category. Pick one from the list.', action: 'pickCategory', alwaysShow: true },
    { label: '$(symbol-namespace) service:', description: 'e.g. s3:, ddb:, alb:', detail: 'Search inside one service: type its name, alias or abbreviation, then a colon.', action: 'serviceHint', alwaysShow: true },
  );
  return items;
}

function toItem(section: NoteSection, store: NotesStore, detail: string): SectionItem {
  return {
    label: section.title,
    description: describeSection(section, store),
    detail,
    section,
    alwaysShow: true,
    buttons: [openToSideButton],
  };
}

/** "S3 · Storage", from the section's main service (or concept); the file when it names none. */
function describeSection(section: NoteSection, store: NotesStore): string {
  const mainId = section.services[0] ?? section.concepts[0];
  const entry: CatalogEntry | undefined = mainId ? store.catalog.get(mainId) : undefined;
  if (entry) return `${entry.shortName || entry.name} · ${entry.category}`;
  return section.breadcrumb[0] ?? '';
}

interface CategoryItem extends vscode.QuickPickItem {
  category: string;
}

function categoriesWithCounts(store: NotesStore, engine: LazyEngine): CategoryItem[] {
  const counts = new Map<string, number>();
  const searchEngine = engine.get();
  for (const section of store.index.allSections()) {
    for (const category of searchEngine.categoryOf(section)) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return store.catalog
    .categories()
    .filter((category: string) => counts.has(category))
    .map((category: string) => ({ label: category, description: `${counts.get(category)} sections`, category }));
}

/** A category as a filter word that `matchCategory` resolves back to it: its first word. */
function categoryToken(category: string): string {
  return category.split(/[^A-Za-z0-9]+/).find(Boolean)?.toLowerCase() ?? category.toLowerCase();
}

function stripCategory(value: string): string {
  return value.replace(/^\s*@\S*\s*/, '');
}

/**
 * The query for "Search Notes for Selection": the selection as typed, or the
 * service/resource type under the cursor as a `service:` filter, or the word there.
 */
function queryFromEditor(store: NotesStore): string {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return '';
  const { document, selection } = editor;
  const fromTemplate = templateQuery(document, selection, store);
  if (fromTemplate !== undefined) return fromTemplate;
  if (!selection.isEmpty) {
    const text = document.getText(selection).replace(/\s+/g, ' ').trim().slice(0, 200);
    const entryId = text.includes('::') ? store.catalog.resolveResourceType(text)?.entryId : resolveLoosely(text, store.catalog);
    return entryId ? (filterFor(entryId, store) ?? text) : text;
  }
  const position = selection.active;
  const line = document.lineAt(position.line).text;
  // In code (Terraform, CDK) only the template model's subjects name a service; a word in an identifier does not.
  const isCode = isCodeLanguage(document.languageId) || /\.tf(?:\.json)?$/i.test(document.fileName);
  try {
    const mention = isCode ? undefined : store.catalog.mentionAt(line, position.character);
    if (mention) return filterFor(mention.entryId, store) ?? line.slice(mention.start, mention.end);
  } catch (error) {
    store.log.warn(`Search for selection: could not read the service under the cursor: ${String(error)}`);
  }
  const wordRange = document.getWordRangeAtPosition(position);
  return wordRange ? document.getText(wordRange) : '';
}

/**
 * What the template model says is under the cursor (or the selection): a
 * resource → its service's filter (`dynamodb: `); a setting → the filter and
 * the setting's words (`dynamodb: point in time recovery`); a logical id → its
 * resource's service. Undefined when no template model reads the document or
 * nothing of it stands there.
 */
function templateQuery(document: vscode.TextDocument, selection: vscode.Selection, store: NotesStore): string | undefined {
  try {
    const templates = sharedTemplateDocuments(store.log);
    if ((document.languageId === 'markdown' || document.languageId === 'plaintext') && !templates.claimsFileName(document)) return undefined;
    const template = templates.get(document);
    if (!template) return undefined;
    const start = document.offsetAt(selection.start);
    const end = document.offsetAt(selection.end);
    const subject = template.at(start);
    if (!subject || end > subject.span.end) return undefined;
    const resource = subject.resource;
    if (!resource) return undefined;
    const catalog = store.catalog;
    const entryId = resource.cfnType ? catalog.resolveResourceType(resource.cfnType)?.entryId : resource.cfnNamespace ? catalog.resolveTerm(resource.cfnNamespace) : undefined;
    if (!entryId) return undefined;
    const filter = filterFor(entryId, store) ?? '';
    if (subject.kind !== 'propertyKey' && subject.kind !== 'propertyValue') return filter || undefined;
    const path = subject.cfnPath ?? subject.path;
    const words = (path[path.length - 1] ?? '')
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter((word) => word && !/^(?:specification|configuration|config)$/i.test(word))
      .join(' ')
      .toLowerCase();
    return `${filter}${words}`.trim() || undefined;
  } catch (error) {
    store.log.warn(`Search for selection: could not read the template under the cursor: ${String(error)}`);
    return undefined;
  }
}

/** `s3: `, `ddb: `: a filter word that resolves back to the entry, or undefined when none does. */
function filterFor(entryId: string, store: NotesStore): string | undefined {
  const entry = store.catalog.get(entryId);
  const candidates = [entry?.abbreviations[0], entryId, entry?.shortName, ...(entry?.aliases ?? [])];
  for (const candidate of candidates) {
    if (!candidate || !/^[A-Za-z0-9][\w.-]*$/.test(candidate)) continue;
    if (resolveLoosely(candidate, store.catalog) === entryId) return `${candidate.toLowerCase()}: `;
  }
  return undefined;
}
