import * as vscode from 'vscode';
import { runInSlices } from './event-loop';
import { Commands, Settings } from './ids';
import type { NotesStore } from './notes-store';
import { StudyPanel } from './study-panel';
import type { CardMemo, Deck, StudyCard, StudyScheduler, StudyStateStore } from './core/study';
import { entriesInOrder, entryLabel, type TreeNode } from './core/tree-model';
import type { NoteSection } from './core/types';

type StudyModule = typeof import('./core/study');
let studyModule: StudyModule | undefined;

/**
 * The study core (FSRS via `ts-fsrs`, cards, state file: dist/study.js in the
 * build), loaded once the index is ready or the user studies, never at activation.
 */
function study(): StudyModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  studyModule ??= require('./core/study') as StudyModule;
  return studyModule;
}

/** A card as the public API returns it. */
export interface ApiStudyCard {
  id: string;
  question: string;
  answer: string;
  sectionId: string;
  services: string[];
  /** When the card is next due (ISO 8601), or null for a card never reviewed. */
  due: string | null;
}

/** What the study feature hands to the API and to tests. */
export interface StudyFeature {
  /** Cards of the index as it is, optionally of one service (id or any alias) or one category. */
  cards(filter?: { service?: string; category?: string }): ApiStudyCard[];
  /** Resolves when the index is built and the review state is read. */
  readonly ready: Promise<void>;
  readonly panel: StudyPanel;
  /** The review state; reading it loads the study core (dist/study.js) if nothing has yet. */
  readonly book: StudyStateStore;
  /** Reviewed cards due by the end of today, over all notes. */
  dueToday(): Promise<number>;
  /** The status bar item, once cards have been due. */
  readonly statusBar: vscode.StatusBarItem | undefined;
  /** Recounts the cards due and shows or hides the status bar item. */
  refreshStatus(): Promise<void>;
}

/** How often the status bar recounts while nothing happens: cards come due as time passes. */
const STATUS_REFRESH_MS = 10 * 60_000;
/** How long the index must stay unchanged before the due count is redone. */
const STATUS_SETTLE_MS = 300;
/** Bodies are read ahead of building the cards in slices of this long. */
const BODY_READ_SLICE_MS = 4;

/** Reads each section's body, one step per section (see `runInSlices`). */
function* readEveryBody(sections: readonly NoteSection[]): Generator<void, void> {
  for (const section of sections) {
    void section.body;
    yield;
  }
}

/**
 * Study mode: flashcards from the index, scheduled with FSRS, reviewed in a
 * webview. Nothing is read or loaded at activation: the study core, the review
 * state and the scheduler are made on first need (the index ready, for the
 * status bar, or the user studying).
 */
export function registerStudy(context: vscode.ExtensionContext, store: NotesStore): StudyFeature {
  let state: { book: StudyStateStore; scheduler: StudyScheduler; memo: CardMemo } | undefined;
  const studyState = () =>
    (state ??= {
      book: new (study().StudyStateStore)(context.globalStorageUri.fsPath, (line) => store.log.warn(line)),
      scheduler: new (study().StudyScheduler)(),
      // After an edit only the changed file's sections are new objects; the memo re-derives just those.
      memo: study().createCardMemo(),
    });
  let cache: { version: number; cards: StudyCard[] } | undefined;
  let lastSkipped = '';

  const ready = store.ready.then(() => studyState().book.load()).catch((error: unknown) => store.log.warn(`Study: could not read the review state: ${String(error)}`));
  const currentCards = (): StudyCard[] => {
    const version = store.index.version;
    if (cache?.version === version) return cache.cards;
    const { cards, skipped } = study().buildCards(store.index.allSections(), studyState().memo);
    const skippedKey = skipped.map((s) => s.sectionId).join('\n');
    if (skipped.length > 0 && skippedKey !== lastSkipped) {
      const names = skipped.slice(0, 3).map((s) => `"${s.title}" (${s.reason})`).join(', ');
      store.log.info(`Study: ${skipped.length} section(s) are not cards: ${names}${skipped.length > 3 ? ', …' : ''}.`);
    }
    lastSkipped = skippedKey;
    cache = { version, cards };
    return cards;
  };
  const allCards = async (): Promise<StudyCard[]> => {
    await ready;
    return currentCards();
  };
  const categoryOf = (id: string) => store.catalog.get(id)?.category;
  const cardsIn = async (deck: Deck) => study().cardsInDeck(await allCards(), deck, categoryOf);

  // Made on the first count that finds cards due, not at activation.
  let statusBar: vscode.StatusBarItem | undefined;
  const showStatus = (due: number) => {
    if (!statusBar) {
      statusBar = vscode.window.createStatusBarItem('awsNotes.study', vscode.StatusBarAlignment.Right, 90);
      statusBar.name = 'AWS Notes: Study';
      statusBar.command = { command: Commands.study, title: 'Review due cards', arguments: [{ kind: 'all' } satisfies Deck] };
      context.subscriptions.push(statusBar);
    }
    statusBar.text = `$(mortar-board) ${due}`;
    statusBar.tooltip = `AWS Notes: ${due} card${due === 1 ? '' : 's'} due today. Click to review.`;
    statusBar.accessibilityInformation = { label: `AWS Notes: ${due} study cards due today` };
    statusBar.show();
  };
  const dueToday = async () => {
    await ready;
    const { book, scheduler } = studyState();
    // Only a reviewed card can be due: with none reviewed, the cards (every section's body read) are not built.
    if (book.size === 0) return 0;
    // Building the cards reads every body: those still as saved bytes are decoded first, a few milliseconds at a
    // time, instead of inside the one block that builds the cards.
    if (cache?.version !== store.index.version) await runInSlices(readEveryBody(store.index.allSections()), BODY_READ_SLICE_MS);
    const cards = currentCards();
    return study().countDueToday(cards, book, scheduler.now());
  };
  let refreshing = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshStatus = async () => {
    if (refreshing) return;
    refreshing = true;
    try {
      const enabled = vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.studyStatusBar, true);
      const due = enabled ? await dueToday() : 0;
      if (due === 0) statusBar?.hide();
      else showStatus(due);
    } catch (error) {
      store.log.warn(`Study: could not count the cards due: ${String(error)}`);
    } finally {
      refreshing = false;
    }
  };

  const panel = new StudyPanel(context.extensionUri, {
    cardsIn,
    get book() {
      return studyState().book;
    },
    get scheduler() {
      return studyState().scheduler;
    },
    newCardsPerSession: () => clampInt(vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.studyNewCardsPerSession, 20), 0, 500, 20),
    log: (line) => store.log.info(line),
    onRated: () => void refreshStatus(),
  });

  const timer = setInterval(() => void refreshStatus(), STATUS_REFRESH_MS);
  context.subscriptions.push(
    panel,
    { dispose: () => clearInterval(timer) },
    // Nothing to write if study mode was never loaded.
    { dispose: () => void state?.book.flush() },
    vscode.commands.registerCommand(Commands.study, (deck?: unknown) =>
      reportFailure(store, async () => {
        const chosen = isDeck(deck) ? deck : await pickDeck(store, allCards, categoryOf);
        if (chosen) await panel.open(chosen);
      }),
    ),
    vscode.commands.registerCommand(Commands.studyTopic, (node?: TreeNode) =>
      reportFailure(store, async () => {
        const deck = deckOfNode(node);
        if (deck) await panel.open(deck);
      }),
    ),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${Settings.section}.${Settings.studyStatusBar}`)) void refreshStatus();
    }),
    // A build changes the index file by file; the count is redone once it settles, not for each of thousands of files.
    store.onDidChange(() => {
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => void refreshStatus(), STATUS_SETTLE_MS);
    }),
    { dispose: () => clearTimeout(statusTimer) },
  );
  // Off the activation path: the first count waits for the index and reads the state file.
  void store.ready.then(() => setTimeout(() => void refreshStatus(), 0));

  const cards = (filter?: { service?: string; category?: string }): ApiStudyCard[] => {
    let deck: Deck = { kind: 'all' };
    if (filter && typeof filter.service === 'string' && filter.service.trim()) {
      const id = store.index.resolve(filter.service.trim()) ?? filter.service.trim();
      deck = { kind: 'entry', entryId: id, label: id };
    }
    let selected = study().cardsInDeck(currentCards(), deck, categoryOf);
    if (filter && typeof filter.category === 'string' && filter.category.trim()) {
      const wanted = filter.category.trim().toLowerCase();
      selected = selected.filter((card) => [...card.services, ...card.concepts].some((id) => categoryOf(id)?.toLowerCase() === wanted));
    }
    return selected.map((card) => ({
      id: card.id,
      question: card.question,
      answer: card.answer,
      sectionId: card.sectionId,
      services: [...card.services],
      due: studyState().book.get(card.id)?.due ?? null,
    }));
  };

  return {
    cards,
    ready,
    panel,
    get book() {
      return studyState().book;
    },
    dueToday,
    get statusBar() {
      return statusBar;
    },
    refreshStatus,
  };
}

/**
 * Runs a study command so that a failure (cards that cannot be built, a
 * webview that cannot open) is a line in the log and one clear message, not
 * VS Code's bare "command failed" with a stack.
 */
async function reportFailure(store: NotesStore, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    store.log.error(`Study failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(`AWS Notes: could not open the review: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isDeck(value: unknown): value is Deck {
  if (!value || typeof value !== 'object') return false;
  const deck = value as Partial<Record<string, unknown>>;
  switch (deck.kind) {
    case 'all':
      return true;
    case 'entry':
      return typeof deck.entryId === 'string' && typeof deck.label === 'string';
    case 'category':
      return typeof deck.name === 'string';
    case 'template':
      return Array.isArray(deck.entryIds) && typeof deck.label === 'string';
    default:
      return false;
  }
}

/** The deck of a Topics tree node: a service or concept, or a category. */
function deckOfNode(node: TreeNode | undefined): Deck | undefined {
  if (node?.kind === 'entry') return { kind: 'entry', entryId: node.entry.id, label: entryLabel(node.entry) };
  if (node?.kind === 'category') return { kind: 'category', name: node.name };
  return undefined;
}

interface DeckItem extends vscode.QuickPickItem {
  deck?: Deck;
}

/** "AWS Notes: Study…": all notes, this template, each category and each service that has cards. */
async function pickDeck(store: NotesStore, allCards: () => Promise<StudyCard[]>, categoryOf: (id: string) => string | undefined): Promise<Deck | undefined> {
  const cards = await allCards();
  const items: DeckItem[] = [{ label: '$(library) All notes', description: plural(cards.length, 'card'), deck: { kind: 'all' } }];
  const template = templateDeck(store);
  if (template) {
    const count = study().cardsInDeck(cards, template, categoryOf).length;
    items.push({ label: `$(file-code) This template`, description: `${template.label}: ${plural(count, 'card')}`, deck: template });
  }
  const perEntry = new Map<string, number>();
  const perCategory = new Map<string, number>();
  for (const card of cards) {
    const categories = new Set<string>();
    for (const id of new Set([...card.services, ...card.concepts])) {
      perEntry.set(id, (perEntry.get(id) ?? 0) + 1);
      const category = categoryOf(id);
      if (category) categories.add(category);
    }
    for (const category of categories) perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
  }
  if (perCategory.size > 0) items.push({ label: 'Categories', kind: vscode.QuickPickItemKind.Separator });
  for (const [name, count] of [...perCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
    items.push({ label: `$(folder) ${name}`, description: plural(count, 'card'), deck: { kind: 'category', name } });
  }
  if (perEntry.size > 0) items.push({ label: 'Services and concepts', kind: vscode.QuickPickItemKind.Separator });
  const entries = [...perEntry].map(([id, count]) => ({ entry: store.catalog.get(id), count })).filter((e) => e.entry);
  entries.sort((a, b) => entryLabel(a.entry!).localeCompare(entryLabel(b.entry!)));
  for (const { entry, count } of entries) {
    const label = entryLabel(entry!);
    items.push({ label: `$(${entry!.kind === 'concept' ? 'lightbulb' : 'cloud'}) ${label}`, description: plural(count, 'card'), deck: { kind: 'entry', entryId: entry!.id, label } });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'AWS Notes: Study', placeHolder: 'Which cards do you want to review?', matchOnDescription: true });
  return picked?.deck;
}

/** The services and concepts the active editor names (as "In this file" finds them), as a deck. */
function templateDeck(store: NotesStore): Extract<Deck, { kind: 'template' }> | undefined {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme !== 'output');
  if (!editor) return undefined;
  const ids = entriesInOrder(store.catalog.findMentions(editor.document.getText().slice(0, 500_000)));
  if (ids.length === 0) return undefined;
  const name = editor.document.uri.path.split('/').pop() ?? 'this file';
  return { kind: 'template', entryIds: ids, label: name };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;
}

