/**
 * Scheduling with FSRS through ts-fsrs. A card's schedule is stored as plain
 * JSON (ISO dates), so the state file is readable and versioned by us, not by
 * the library's object shapes.
 */

import type * as Fsrs from 'ts-fsrs' with { 'resolution-mode': 'import' };

// ts-fsrs ships a CommonJS build, but its package declares its types for ES modules only; the types come from there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEmptyCard, fsrs, Rating } = require('ts-fsrs') as typeof Fsrs;
type Card = Fsrs.Card;
type Grade = Fsrs.Grade;

/** Where "now" comes from; tests pass a fake one. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The four answers a reviewer can give. */
export type StudyRating = 'again' | 'hard' | 'good' | 'easy';

/** Every rating, in button order (keys 1–4). */
export const STUDY_RATINGS: readonly StudyRating[] = ['again', 'hard', 'good', 'easy'];

const GRADES: Record<StudyRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** A card's FSRS memory state, as stored. */
export interface CardSchedule {
  /** When the card is next due (ISO 8601). */
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  state: number;
  /** When it was last rated (ISO 8601); also decides which of two windows' ratings wins. */
  lastReview: string;
}

/** FSRS with the library's defaults (90 % retention, 1 m / 10 m learning steps), without fuzz so a schedule is reproducible. */
export class StudyScheduler {
  private readonly engine: Fsrs.FSRS = fsrs({ enable_fuzz: false, enable_short_term: true });

  constructor(private readonly clock: Clock = systemClock) {}

  /** The current time of this scheduler's clock. */
  now(): Date {
    return this.clock.now();
  }

  /** The schedule after rating a card now; `previous` is undefined for a card never reviewed. */
  rate(previous: CardSchedule | undefined, rating: StudyRating): CardSchedule {
    const now = this.clock.now();
    const { card } = this.engine.next(toCard(previous, now), now, GRADES[rating]);
    return fromCard(card, now);
  }

  /** What each rating would schedule, for the buttons ("10m", "3d"). */
  preview(previous: CardSchedule | undefined): Record<StudyRating, Date> {
    const now = this.clock.now();
    const card = toCard(previous, now);
    const result = {} as Record<StudyRating, Date>;
    for (const rating of STUDY_RATINGS) result[rating] = this.engine.next(card, now, GRADES[rating]).card.due;
    return result;
  }
}

function toCard(schedule: CardSchedule | undefined, now: Date): Card {
  if (!schedule) return createEmptyCard(now);
  const lastReview = new Date(schedule.lastReview);
  const elapsedDays = Math.max(0, Math.floor((now.getTime() - lastReview.getTime()) / 86_400_000));
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state as Fsrs.State,
    last_review: lastReview,
  };
}

function fromCard(card: Card, now: Date): CardSchedule {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: now.toISOString(),
  };
}

/** A short interval label for a rating button: "1m", "10m", "4h", "3d", "2mo", "1.5y". */
export function intervalLabel(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}d`;
  const months = Math.round(days / 30.4);
  if (months < 12) return `${months}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}
