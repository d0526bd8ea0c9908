/**
 * Decks: which cards a review covers. All notes, one service or concept, one
 * category, or the services of a template.
 */

import type { StudyCard } from './card';

/** A deck a review can cover. */
export type Deck =
  | { kind: 'all' }
  | { kind: 'entry'; entryId: string; label: string }
  | { kind: 'category'; name: string }
  | { kind: 'template'; entryIds: readonly string[]; label: string };

/** The category of a catalog id, or undefined for an id the catalog does not know. */
export type CategoryOf = (entryId: string) => string | undefined;

/** The deck's cards, in the order given. */
export function cardsInDeck(cards: readonly StudyCard[], deck: Deck, categoryOf: CategoryOf): StudyCard[] {
  switch (deck.kind) {
    case 'all':
      return [...cards];
    case 'entry':
      return cards.filter((card) => card.services.includes(deck.entryId) || card.concepts.includes(deck.entryId));
    case 'category':
      return cards.filter((card) => [...card.services, ...card.concepts].some((id) => categoryOf(id) === deck.name));
    case 'template': {
      const wanted = new Set(deck.entryIds);
      return cards.filter((card) => card.services.some((id) => wanted.has(id)) || card.concepts.some((id) => wanted.has(id)));
    }
  }
}

/** How a deck is named in the panel and the quick pick. */
export function deckLabel(deck: Deck): string {
  switch (deck.kind) {
    case 'all':
      return 'All notes';
    case 'entry':
      return deck.label;
    case 'category':
      return deck.name;
    case 'template':
      return deck.label;
  }
}
