/**
 * The study state file: one JSON object in the extension's global storage,
 * never in the notes. It is read defensively (any file may sit at that path)
 * and merged per card, so two windows reviewing at once each keep their
 * latest ratings.
 */

import type { CardSchedule } from './scheduler';

/** Marks the file as ours. */
export const STUDY_STATE_FORMAT = 'aws-notes-study-state';
/** Bumped when the stored shape changes incompatibly. A newer file is set aside, never overwritten in place. */
export const STUDY_STATE_VERSION = 1;

/** Schedules by card id. */
export type ScheduleMap = Map<string, CardSchedule>;

/** What reading a state file gave: the schedules, or why the file cannot be used. */
export type ParsedState = { ok: true; schedules: ScheduleMap; dropped: number } | { ok: false; reason: 'corrupt' | 'foreign' | 'newer'; detail: string };

/** Reads a state file's text. Never throws. Entries that are not valid schedules are dropped (and counted). */
export function parseStudyState(text: string): ParsedState {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isObject(data) || data.format !== STUDY_STATE_FORMAT) return { ok: false, reason: 'foreign', detail: 'not an AWS Notes study state file' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, reason: 'corrupt', detail: 'no valid version' };
  if (data.version > STUDY_STATE_VERSION) return { ok: false, reason: 'newer', detail: `written by a newer AWS Notes (format version ${data.version}; this one reads ${STUDY_STATE_VERSION})` };
  if (!isObject(data.cards)) return { ok: false, reason: 'corrupt', detail: 'no cards' };
  const schedules: ScheduleMap = new Map();
  let dropped = 0;
  for (const [id, value] of Object.entries(data.cards)) {
    const schedule = asSchedule(value);
    if (schedule && /^[0-9a-f]{16}$/.test(id)) schedules.set(id, schedule);
    else dropped++;
  }
  return { ok: true, schedules, dropped };
}

/** The file's text for some schedules (ids sorted, so the file diffs well). */
export function serializeStudyState(schedules: ScheduleMap): string {
  const cards: Record<string, CardSchedule> = {};
  for (const id of [...schedules.keys()].sort()) cards[id] = schedules.get(id) as CardSchedule;
  return `${JSON.stringify({ format: STUDY_STATE_FORMAT, version: STUDY_STATE_VERSION, cards })}\n`;
}

/**
 * Per card, the schedule rated last wins (by `lastReview`); on a tie, `ours`.
 * So a window that writes after another keeps the other's ratings of cards it
 * did not touch, and the latest rating of a card both rated.
 */
export function mergeSchedules(theirs: ScheduleMap, ours: ScheduleMap): ScheduleMap {
  const merged: ScheduleMap = new Map(theirs);
  for (const [id, mine] of ours) {
    const other = merged.get(id);
    if (!other || Date.parse(mine.lastReview) >= Date.parse(other.lastReview)) merged.set(id, mine);
  }
  return merged;
}

function asSchedule(value: unknown): CardSchedule | undefined {
  if (!isObject(value)) return undefined;
  const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } = value;
  if (typeof due !== 'string' || !Number.isFinite(Date.parse(due))) return undefined;
  if (typeof lastReview !== 'string' || !Number.isFinite(Date.parse(lastReview))) return undefined;
  const numbers = [stability, difficulty, scheduledDays, learningSteps, reps, lapses, state];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return undefined;
  if (!Number.isInteger(state) || (state as number) > 3) return undefined;
  return { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } as CardSchedule;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
