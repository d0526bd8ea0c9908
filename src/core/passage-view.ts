/**
 * How a passage sits in its chapter, for the preview: the chapter's text
 * before it (its introduction and the earlier passages), the passage, and the
 * passages after it. The preview runs no script, so it cannot scroll; it shows
 * the passage first, marked, with the text before it folded away above it.
 */

import { withoutTitleLine } from './markdown-render';
import type { NoteSection } from './types';

/** A passage in the context of its chapter. */
export interface PassageInChapter {
  chapter: NoteSection;
  /** The chapter's introduction and the passages before this one, as Markdown; empty when the passage comes first. */
  before: string;
  /** How many passages come before this one. */
  passagesBefore: number;
  /** The passages after this one, as Markdown. */
  after: string;
}

/**
 * The chapter around `passage`, or undefined when `passage` is not one of
 * `passages` (the chapter's passages, in order).
 */
export function passageInChapter(passage: NoteSection, chapter: NoteSection, passages: readonly NoteSection[]): PassageInChapter | undefined {
  const at = passages.findIndex((p) => p.id === passage.id);
  if (at < 0) return undefined;
  // The chapter's own heading is left out: the preview's breadcrumb names the chapter.
  const parts = [withoutTitleLine(introduction(chapter, passages[0]), chapter.title), ...passages.slice(0, at).map((p) => p.body)].filter((part) => part.trim() !== '');
  return { chapter, before: parts.join('\n\n'), passagesBefore: at, after: passages.slice(at + 1).map((p) => p.body).join('\n\n') };
}

/**
 * The chapter's own text before its first passage. The chapter's body holds
 * the introduction followed by every passage's text, so it is the body up to
 * where the first passage's first line begins.
 */
export function introduction(chapter: NoteSection, first: NoteSection | undefined): string {
  if (!first) return chapter.body;
  const firstLine = first.body.split('\n', 1)[0].trimEnd();
  if (!firstLine) return '';
  const start = chapter.body.indexOf(firstLine);
  return start < 0 ? '' : chapter.body.slice(0, start).trimEnd();
}
