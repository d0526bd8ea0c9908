/**
 * Cards from the index: every Q&A section (question → answer), every exam
 * scenario (situation → right solution and why), and the cards written in the
 * user's own notes in Obsidian Spaced Repetition syntax.
 */

import { withoutTitleLine } from '../title-line';
import type { NoteSection } from '../types';
import { cardId, hasVisibleText, type StudyCard } from './card';
import { FLASHCARDS_TAG, writtenCards } from './explicit-cards';
import { scenarioSides } from './scenario-card';

/** A section that looked like a card but could not be one, for the log. */
export interface SkippedSection {
  sectionId: string;
  title: string;
  reason: string;
}

/** The cards of an index, and the sections left out with why. */
export interface CardSet {
  cards: StudyCard[];
  skipped: SkippedSection[];
}

/**
 * A section the passage splitter cut out of a longer one carries its parent's
 * id; the parent keeps its full body, so only parents are carded.
 */
function isPassage(section: NoteSection): boolean {
  const parentId = (section as { parentId?: unknown }).parentId;
  return typeof parentId === 'string' && parentId !== '';
}

/** What one section gives: its cards, or why it gives none. */
interface SectionCards {
  cards: StudyCard[];
  skipped?: SkippedSection;
  /** Whether its file was tagged `#flashcards` when these were derived (the tag may be in another section). */
  tagged: boolean;
}

/**
 * Remembers each section's cards. The index replaces the section objects of a
 * file that changed and keeps the others, so with a memo a rebuild after an
 * edit derives only the edited file's cards again.
 */
export type CardMemo = WeakMap<NoteSection, SectionCards>;

/** A memo for {@link buildCards}. */
export function createCardMemo(): CardMemo {
  return new WeakMap();
}

/**
 * Builds every card of `sections`, in their order. A card that appears twice
 * (the same Q&A in two files) is kept once: its id is its content. Sections in
 * the user's notes that hold written cards give those cards instead of a
 * whole-section card, so nothing is carded twice.
 */
export function buildCards(sections: Iterable<NoteSection>, memo?: CardMemo): CardSet {
  const cards: StudyCard[] = [];
  const skipped: SkippedSection[] = [];
  const seen = new Set<string>();
  const list = [...sections];
  const taggedFiles = new Set<string>();
  for (const section of list) {
    if (section.origin === 'user' && !taggedFiles.has(section.file) && section.body.includes('#flashcards') && FLASHCARDS_TAG.test(section.body)) taggedFiles.add(section.file);
  }
  for (const section of list) {
    if (isPassage(section)) continue;
    const tagged = taggedFiles.has(section.file);
    let derived = memo?.get(section);
    if (!derived || derived.tagged !== tagged) {
      derived = sectionCards(section, tagged);
      memo?.set(section, derived);
    }
    if (derived.skipped) skipped.push(derived.skipped);
    for (const card of derived.cards) {
      if (seen.has(card.id)) continue;
      seen.add(card.id);
      cards.push(card);
    }
  }
  return { cards, skipped };
}

function sectionCards(section: NoteSection, tagged: boolean): SectionCards {
  const make = (kind: StudyCard['kind'], question: string, answer: string): StudyCard => ({
    id: cardId(kind, question, answer),
    kind,
    question,
    answer,
    sectionId: section.id,
    sectionTitle: section.title,
    services: section.services,
    concepts: section.concepts,
    origin: section.origin,
  });
  if (section.origin === 'user') {
    const written = writtenCards(section.body, { clozes: tagged });
    if (written.length > 0) return { cards: written.map((card) => make(card.kind, card.question, card.answer)), tagged };
  }
  if (section.kind === 'qa') {
    const answer = bodyWithoutTitle(section).trim();
    if (!hasVisibleText(section.title) || !hasVisibleText(answer)) {
      return { cards: [], skipped: { sectionId: section.id, title: section.title, reason: 'the question has no answer below it' }, tagged };
    }
    return { cards: [make('qa', section.title, answer)], tagged };
  }
  if (section.kind === 'scenario') {
    const sides = scenarioSides(section.body, section.title, () => bodyWithoutTitle(section));
    if (!hasVisibleText(sides.question) || !hasVisibleText(sides.answer)) {
      return { cards: [], skipped: { sectionId: section.id, title: section.title, reason: 'the scenario has no explanation' }, tagged };
    }
    return { cards: [make('scenario', sides.question, sides.answer)], tagged };
  }
  return { cards: [], tagged };
}

/**
 * The body without a first line that repeats the title, as {@link withoutTitleLine}
 * gives it, looking only at the head of the body: the title line and the underline
 * after it are within the first three non-blank-led lines, and long answers are common.
 */
function bodyWithoutTitle(section: NoteSection): string {
  const body = section.body;
  let end = 0;
  let first = -1;
  for (let line = 0; end !== -1; line++) {
    const next = body.indexOf('\n', end);
    const text = body.slice(end, next === -1 ? undefined : next);
    if (first < 0 && text.trim() !== '') first = line;
    if (first >= 0 && line >= first + 2) {
      if (next === -1) break;
      return withoutTitleLine(body.slice(0, next), section.title) + body.slice(next);
    }
    end = next === -1 ? -1 : next + 1;
  }
  return withoutTitleLine(body, section.title);
}
