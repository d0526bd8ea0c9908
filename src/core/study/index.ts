/**
 * Study mode's core: cards from the index, FSRS scheduling, the state file and review sessions.
 * The build ships it as dist/study.js, required on first need. Card display (./display) is not
 * exported here: it renders with markdown-it, which the main bundle already holds.
 */
export { buildCards, createCardMemo, type CardMemo, type CardSet, type SkippedSection } from './build-cards';
export { cardId, type CardKind, type StudyCard } from './card';
export { cardsInDeck, deckLabel, type CategoryOf, type Deck } from './deck';
export { writtenCards, type WrittenCard } from './explicit-cards';
export { StudyScheduler, STUDY_RATINGS, intervalLabel, systemClock, type CardSchedule, type Clock, type StudyRating } from './scheduler';
export { countDueToday, endOfDay, LEARN_AHEAD_MS, ReviewSession, type ScheduleBook, type SessionProgress } from './session';
export { mergeSchedules, parseStudyState, serializeStudyState, STUDY_STATE_FORMAT, STUDY_STATE_VERSION, type ScheduleMap } from './state-file';
export { STUDY_STATE_FILE, StudyStateStore, type LogLine } from './state-store';
