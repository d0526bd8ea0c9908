import * as vscode from 'vscode';
import { Commands } from './ids';
import { makeNonce } from './webview-nonce';
import type { Deck, ReviewSession, StudyCard, StudyRating, StudyScheduler, StudyStateStore } from './core/study';
import { renderCardSide } from './core/study/display';

type StudyModule = typeof import('./core/study');
let studyModule: StudyModule | undefined;

/** The study core (dist/study.js in the build), loaded when a review opens, never at activation. */
function study(): StudyModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  studyModule ??= require('./core/study') as StudyModule;
  return studyModule;
}

/** The webview panel type of the review panel. */
export const STUDY_VIEW_TYPE = 'awsNotes.study';

/** What the panel needs from the study feature. */
export interface StudyPanelSource {
  cardsIn(deck: Deck): Promise<StudyCard[]>;
  readonly book: StudyStateStore;
  readonly scheduler: StudyScheduler;
  newCardsPerSession(): number;
  log(line: string): void;
  /** Called after every rating, so the status bar can update. */
  onRated(): void;
}

/** How long the last open and the last rating took until the webview showed a card (ms), for tests and the bench. */
export interface StudyPanelTimings {
  openMs?: number;
  /** Of `openMs`: until the webview's script ran and asked for its card. */
  readyMs?: number;
  /** Of `openMs`: the host's own work (state re-read, deck, session) before the webview was created. */
  hostMs?: number;
  rateMs?: number;
}

const KIND_LABELS: Record<StudyCard['kind'], string> = { qa: 'Q&A', scenario: 'Exam scenario', basic: 'Card', multiline: 'Card', cloze: 'Cloze' };

/**
 * The review panel: one webview, reused. It shows the question, reveals the
 * answer (Space), and takes a rating (1–4). Cards arrive rendered to safe
 * HTML; the webview's script only shows them and reports keys and clicks.
 */
export class StudyPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private session: ReviewSession | undefined;
  private deck: Deck = { kind: 'all' };
  private pendingSince: { kind: 'open' | 'rate'; at: number } | undefined;
  private readonly shownEmitter = new vscode.EventEmitter<string | null>();
  /** Fires when the webview has shown a card (its id) or the empty state (null). */
  readonly onDidShow = this.shownEmitter.event;
  readonly timings: StudyPanelTimings = {};

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: StudyPanelSource,
  ) {}

  /** The card on show, if any. */
  get currentCard(): StudyCard | undefined {
    return this.panel ? this.session?.current : undefined;
  }

  /** The open panel, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens (or reuses) the panel on a new session over `deck`. */
  async open(deck: Deck): Promise<void> {
    this.pendingSince = { kind: 'open', at: performance.now() };
    this.deck = deck;
    // Another window may have reviewed meanwhile.
    await this.source.book.reload();
    const cards = await this.source.cardsIn(deck);
    this.session = new (study().ReviewSession)(cards, this.source.book, this.source.scheduler, this.source.newCardsPerSession());
    this.timings.hostMs = performance.now() - this.pendingSince.at;
    if (this.panel) {
      this.panel.title = `Study: ${study().deckLabel(deck)}`;
      this.panel.reveal(undefined, false);
      this.postCurrent();
      return;
    }
    const panel = vscode.window.createWebviewPanel(STUDY_VIEW_TYPE, `Study: ${study().deckLabel(deck)}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: [Commands.openSectionToSide, Commands.study],
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    panel.webview.html = this.html(panel.webview);
    // The panel's own listeners go with it: a panel closed and opened again must not leave the old ones behind.
    const listeners: vscode.Disposable[] = [];
    panel.webview.onDidReceiveMessage((message: unknown) => {
      try {
        this.onMessage(message);
      } catch (error) {
        // A key press in the panel must never end in an unhandled error; the log says what went wrong.
        this.source.log(`Study: could not handle the panel's "${String((message as { type?: unknown } | null)?.type)}" message: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }, undefined, listeners);
    panel.onDidDispose(() => {
      for (const listener of listeners) listener.dispose();
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.session = undefined;
    }, undefined, listeners);
  }

  /** Rates the card on show and shows the next; what a 1–4 key or a rating button does. */
  rate(rating: StudyRating, cardId?: string): boolean {
    if (!this.session) return false;
    const started = performance.now();
    const schedule = this.session.rate(rating, cardId);
    if (!schedule) return false;
    this.pendingSince = { kind: 'rate', at: started };
    this.postCurrent();
    this.source.onRated();
    return true;
  }

  /** Asks the webview to reveal the answer, as Space does. */
  reveal(): void {
    void this.panel?.webview.postMessage({ type: 'reveal' });
  }

  private onMessage(message: unknown): void {
    if (!message || typeof message !== 'object') return;
    const { type, cardId, rating } = message as { type?: unknown; cardId?: unknown; rating?: unknown };
    if (type === 'ready') {
      if (this.pendingSince?.kind === 'open') this.timings.readyMs = performance.now() - this.pendingSince.at;
      this.postCurrent();
    }
    else if (type === 'rate' && typeof rating === 'string' && (study().STUDY_RATINGS as readonly string[]).includes(rating)) {
      this.rate(rating as StudyRating, typeof cardId === 'string' ? cardId : undefined);
    } else if (type === 'shown') {
      const pending = this.pendingSince;
      if (pending) {
        this.timings[pending.kind === 'open' ? 'openMs' : 'rateMs'] = performance.now() - pending.at;
        this.pendingSince = undefined;
      }
      this.shownEmitter.fire(typeof cardId === 'string' ? cardId : null);
    }
  }

  private postCurrent(): void {
    const panel = this.panel;
    const session = this.session;
    if (!panel || !session) return;
    const card = session.current;
    if (!card) {
      void panel.webview.postMessage({ type: 'empty', ...this.emptyText(session) });
      return;
    }
    const progress = session.progress();
    const previews = this.source.scheduler.preview(session.scheduleOf(card));
    const now = this.source.scheduler.now();
    const intervals: Record<string, string> = {};
    for (const rating of study().STUDY_RATINGS) intervals[rating] = study().intervalLabel(now, previews[rating]);
    const extras = [progress.dueToday > 0 ? `${progress.dueToday} due today` : '', progress.newCards > 0 ? `${progress.newCards} new` : ''].filter(Boolean);
    void panel.webview.postMessage({
      type: 'card',
      deck: study().deckLabel(this.deck),
      progress: [`${progress.position} of ${progress.total}`, ...extras].join(', '),
      card: {
        id: card.id,
        kindLabel: KIND_LABELS[card.kind],
        questionHtml: renderCardSide(card.question),
        answerHtml: renderCardSide(card.answer),
        sourceHref: `command:${Commands.openSectionToSide}?${encodeURIComponent(JSON.stringify([card.sectionId]))}`,
        sourceLabel: `From: ${card.sectionTitle}`,
        sourceTitle: 'Open the section this card comes from, beside this panel',
        intervals,
      },
    });
  }

  private emptyText(session: ReviewSession): { title: string; text: string } {
    const deck = study().deckLabel(this.deck);
    if (session.deckSize === 0) {
      return {
        title: 'No cards here yet',
        text: `${deck} has no cards. Cards come from the Q&A and exam-scenario sections of your notes, and from lines such as "What is S3?::Object storage", "?" between a question and its answer, or ==highlighted== words.`,
      };
    }
    const next = session.nextDue();
    const when = next ? ` The next card comes due ${next.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}.` : '';
    if (session.answeredCount > 0) {
      const count = session.answeredCount;
      return { title: 'All done for now', text: `${count} review${count === 1 ? '' : 's'} done in ${deck}.${when}` };
    }
    return { title: 'All caught up', text: `Nothing in ${deck} is due now.${when}` };
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`].join('; ');
    const studyAgain = `command:${Commands.study}`;
    const buttons = study().STUDY_RATINGS.map(
      (rating, i) => `<button type="button" data-rating="${rating}" title="${label(rating)} (${i + 1})"><kbd>${i + 1}</kbd>${label(rating)}<span class="interval"></span></button>`,
    ).join('');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('study.css')}">
<title>Study</title>
</head>
<body>
<section id="card" hidden aria-live="polite">
<div class="topbar"><span><span id="deck"></span><span id="kind" class="badge"></span></span><span id="progress"></span></div>
<div id="question" class="side question"></div>
<div id="answer-box" class="answer-box" hidden>
<div class="answer-head"><span>Answer</span><a id="source" href="#"></a></div>
<div id="answer" class="side answer"></div>
</div>
<div class="actions">
<button type="button" id="reveal" class="primary"><kbd>Space</kbd>Show answer</button>
<div id="ratings" class="ratings" hidden>${buttons}</div>
</div>
</section>
<section id="empty" class="empty" hidden>
<h1 id="empty-title">Nothing to review</h1>
<p id="empty-text"></p>
<p><a href="${studyAgain}">Study another deck…</a></p>
</section>
<script nonce="${nonce}" src="${media('study.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    this.shownEmitter.dispose();
  }
}

function label(rating: StudyRating): string {
  return rating.charAt(0).toUpperCase() + rating.slice(1);
}
