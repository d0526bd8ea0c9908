import type { StudyCard } from '../../../src/core/study';

/** What a golden card file records of a card: enough to read it, and the id that keys its history. */
export interface GoldenCard {
  kind: string;
  id: string;
  question: string;
  answer: string;
}

/** A card as its golden file shows it: both sides' first non-blank line. */
export function goldenCard(card: StudyCard): GoldenCard {
  const firstLine = (text: string) => (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 120);
  return { kind: card.kind, id: card.id, question: firstLine(card.question), answer: firstLine(card.answer) };
}
