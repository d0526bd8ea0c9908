/**
 * Cards from the index: every Q&A section (question → answer), every exam
 * scenario (situation → right solution and why), and the cards written in the
 * user's own notes in Obsidian Spaced Repetition syntax.
 */

import { withoutTitleLine } from '../markdown-render';
import type { NoteSection } from '../types';
import { cardId, hasVisibleText, type StudyCard } from './card';
import { writtenCards } from './explicit-cards';
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

/**
 * Builds every card of `sections`, in their order. A card that appears twice
 * (the same Q&A in two files) is kept once: its id is its content. Sections in
 * the user's notes that hold written cards give those cards instead of a
 * whole-section card, so nothing is carded twice.
 */
export function buildCards(sections: Iterable<NoteSection>): CardSet {
  const cards: StudyCard[] = [];
  const skipped: SkippedSection[] = [];
  const seen = new Set<string>();
  const add = (section: NoteSection, kind: StudyCard['kind'], question: string, answer: string) => {
    const id = cardId(kind, question, answer);
    if (seen.has(id)) return;
    seen.add(id);
    cards.push({ id, kind, question, answer, sectionId: section.id, sectionTitle: section.title, services: section.services, concepts: section.concepts, origin: section.origin });
  };

  for (const section of sections) {
    if (isPassage(section)) continue;
    if (section.origin === 'user') {
      const written = writtenCards(section.body);
      if (written.length > 0) {
        for (const card of written) add(section, card.kind, card.question, card.answer);
        continue;
      }
    }
    if (section.kind === 'qa') {
      const answer = withoutTitleLine(section.body, section.title).trim();
      if (!hasVisibleText(section.title) || !hasVisibleText(answer)) {
        skipped.push({ sectionId: section.id, title: section.title, reason: 'the question has no answer below it' });
        continue;
      }
      add(section, 'qa', section.title, answer);
    } else if (section.kind === 'scenario') {
      const sides = scenarioSides(section.body, section.title, withoutTitleLine(section.body, section.title));
      if (!hasVisibleText(sides.question) || !hasVisibleText(sides.answer)) {
        skipped.push({ sectionId: section.id, title: section.title, reason: 'the scenario has no explanation' });
        continue;
      }
      add(section, 'scenario', sides.question, sides.answer);
    }
  }
  return { cards, skipped };
}
