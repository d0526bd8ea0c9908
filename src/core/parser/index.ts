/**
 * The notes parser: cuts one notes file into the sections a person would call
 * topics, whatever the file's format (Markdown headings, setext headings,
 * separator lines, numbered interview questions, exam-scenario blocks, free
 * text). Every line belongs to exactly one section, so nothing is dropped.
 *
 * All work is per line and linear in the input; patterns only ever look at a
 * bounded prefix of a line.
 */

import type { ParsedSection } from '../types';
import { findLayout } from './layout';
import { classifyLines } from './line-kinds';
import { splitLines } from './lines';
import { scenarioBlocksOf, scenarioSegments } from './scenario-blocks';
import { mergeEmptySegments, toSections } from './sections';
import { structuredSegments } from './structure';

export { splitLines } from './lines';

/**
 * Parses the decoded text of one notes file (.md, .markdown, .txt) into
 * sections. Never throws. A text with no visible character yields no sections;
 * otherwise the sections are ordered, contiguous and cover lines
 * 0..last line exactly once.
 */
export function parseNotes(text: string): ParsedSection[] {
  if (typeof text !== 'string' || !/\S/.test(text)) return [];
  const lines = splitLines(text);
  const infos = classifyLines(lines);
  if (!infos.some((info) => !info.blank)) return [];
  const layout = findLayout(infos);
  const scenarioBlocks = scenarioBlocksOf(layout);
  const segments = scenarioBlocks ? scenarioSegments(layout, scenarioBlocks) : structuredSegments(layout);
  return toSections(layout, mergeEmptySegments(layout, segments));
}
