/**
 * What a flashcard is: two Markdown sides, the section it comes from, and what
 * it is about. Cards are derived from the index, never stored in the notes.
 */

import { createHash } from 'node:crypto';
import type { NoteOrigin } from '../types';

/** Where a card comes from: a whole Q&A section, an exam scenario, or a card written in a note. */
export type CardKind = 'qa' | 'scenario' | 'basic' | 'multiline' | 'cloze';

/** One flashcard. */
export interface StudyCard {
  /** A hash of the card's kind and both sides: an edited card starts fresh, a moved one keeps its history. */
  readonly id: string;
  readonly kind: CardKind;
  /** The question side, as Markdown. Never empty. */
  readonly question: string;
  /** The answer side, as Markdown. Never empty. */
  readonly answer: string;
  /** The section the card comes from (usable with `awsNotes.openSection`). */
  readonly sectionId: string;
  readonly sectionTitle: string;
  /** Catalog ids of the services the section is about, most relevant first. */
  readonly services: readonly string[];
  /** Catalog ids of the concepts the section is about. */
  readonly concepts: readonly string[];
  readonly origin: NoteOrigin;
}

/**
 * The card id: the first 16 hex digits (64 bits) of a SHA-256 over the kind
 * and both sides, with line endings and trailing spaces normalised so a CRLF
 * checkout or an editor that trims lines does not reset a card's history.
 */
export function cardId(kind: CardKind, question: string, answer: string): string {
  const hash = createHash('sha256');
  hash.update(kind);
  hash.update('\u0000');
  hash.update(normaliseSide(question));
  hash.update('\u0000');
  hash.update(normaliseSide(answer));
  return hash.digest('hex').slice(0, 16);
}

function normaliseSide(text: string): string {
  const unixText = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // Cheaper than a multi-line regex over a long answer, and most lines have nothing to trim.
  const lines = unixText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const last = line.charCodeAt(line.length - 1);
    if (last === 32 || last === 9) lines[i] = line.replace(/[ \t]+$/, '');
  }
  return lines.join('\n').trim();
}

/** True when a side holds something a reader can see (not only blanks, rules or markup). */
export function hasVisibleText(markdown: string): boolean {
  return /[\p{L}\p{N}]/u.test(markdown);
}
