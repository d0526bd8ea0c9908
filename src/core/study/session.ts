/**
 * One review session over a deck: the cards due now (most overdue first),
 * then a limited number of new ones. A card rated into a short learning step
 * (due again within the learn-ahead window) comes back later in the session.
 */

import type { StudyCard } from './card';
import type { CardSchedule, StudyRating, StudyScheduler } from './scheduler';

/** Cards due within this much of now are shown in this session (Anki's default learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Reads and records schedules; the state store in the editor, a map in tests. */
export interface ScheduleBook {
  get(id: string): CardSchedule | undefined;
  record(id: string, schedule: CardSchedule): unknown;
}

/** Where a review stands, for "3 of 12, 20 due today". */
export interface SessionProgress {
  /** 1-based position of the card on show (answered + 1). */
  position: number;
  /** Cards of this session: answered plus still to come. */
  total: number;
  /** Reviewed cards of the deck due by the end of today. */
  dueToday: number;
  /** Cards of the deck never reviewed. */
  newCards: number;
}

/** The end of the local day of `now`. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Reviewed cards due by the end of `now`'s day. */
export function countDueToday(cards: readonly StudyCard[], book: Pick<ScheduleBook, 'get'>, now: Date): number {
  const limit = endOfDay(now).getTime();
  let due = 0;
  for (const card of cards) {
    const schedule = book.get(card.id);
    if (schedule && Date.parse(schedule.due) <= limit) due++;
  }
  return due;
}

/** A review of a deck's cards. */
export class ReviewSession {
  private readonly queue: StudyCard[];
  private answered = 0;

  constructor(
    private readonly deckCards: readonly StudyCard[],
    private readonly book: ScheduleBook,
    private readonly scheduler: StudyScheduler,
    newCardLimit: number,
  ) {
    const now = scheduler.now().getTime();
    const due: { card: StudyCard; at: number }[] = [];
    const fresh: StudyCard[] = [];
    for (const card of deckCards) {
      const schedule = book.get(card.id);
      if (!schedule) fresh.push(card);
      else {
        const at = Date.parse(schedule.due);
        if (at <= now + LEARN_AHEAD_MS) due.push({ card, at });
      }
    }
    due.sort((a, b) => a.at - b.at);
    this.queue = [...due.map((d) => d.card), ...fresh.slice(0, Math.max(0, newCardLimit))];
  }

  /** The card on show, or undefined when the session is done. */
  get current(): StudyCard | undefined {
    return this.queue[0];
  }

  /** The card's current schedule (undefined for a new card). */
  scheduleOf(card: StudyCard): CardSchedule | undefined {
    return this.book.get(card.id);
  }

  /** Rates the card on show, records its new schedule and moves on. Returns the new schedule. */
  rate(rating: StudyRating, cardId?: string): CardSchedule | undefined {
    const card = this.queue[0];
    // A stale click (the panel showed another card) must not rate the wrong one.
    if (!card || (cardId !== undefined && card.id !== cardId)) return undefined;
    const schedule = this.scheduler.rate(this.book.get(card.id), rating);
    this.book.record(card.id, schedule);
    this.queue.shift();
    this.answered++;
    if (Date.parse(schedule.due) <= this.scheduler.now().getTime() + LEARN_AHEAD_MS) this.queue.push(card);
    return schedule;
  }

  /** Where the review stands. */
  progress(): SessionProgress {
    const now = this.scheduler.now();
    let newCards = 0;
    for (const card of this.deckCards) if (!this.book.get(card.id)) newCards++;
    return {
      position: this.answered + (this.queue.length > 0 ? 1 : 0),
      total: this.answered + this.queue.length,
      dueToday: countDueToday(this.deckCards, this.book, now),
      newCards,
    };
  }

  /** Cards in the deck, due or not. */
  get deckSize(): number {
    return this.deckCards.length;
  }

  /** When the deck's next reviewed card comes due, or undefined when none has been reviewed. */
  nextDue(): Date | undefined {
    let next = Infinity;
    for (const card of this.deckCards) {
      const schedule = this.book.get(card.id);
      if (schedule) next = Math.min(next, Date.parse(schedule.due));
    }
    return Number.isFinite(next) ? new Date(next) : undefined;
  }

  /** Cards answered so far (a card rated twice counts twice). */
  get answeredCount(): number {
    return this.answered;
  }
}
