/**
 * What a well-formed parse is, checked rather than assumed: the tests (and any
 * caller that wants to be defensive) use this on real and random input.
 */

import type { ParsedSection } from '../types';
import { splitLines } from './lines';
import { MAX_PASSAGES } from './passages';

const KINDS = new Set(['qa', 'scenario', 'note']);

/**
 * What is wrong with a section's passages: every line of the section must
 * belong to exactly one passage or to the introduction before the first, in
 * order; each passage needs a title and a body, sits under its section's
 * title, and has no passages of its own.
 */
export function passageProblems(section: ParsedSection, where: string): string[] {
  const problems: string[] = [];
  const passages = section.passages ?? [];
  if (passages.length < 2) problems.push(`${where} has ${passages.length} passages; a split gives at least two`);
  if (passages.length > MAX_PASSAGES) problems.push(`${where} has ${passages.length} passages, over ${MAX_PASSAGES}`);
  if (passages.length === 0) return problems;
  // The introduction is lines startLine..first passage - 1 (at least the section's own first line).
  let expected = passages[0].startLine;
  if (expected <= section.startLine) problems.push(`${where}: its first passage starts at ${expected}, leaving no line for the introduction`);
  const parents = JSON.stringify([...section.parents, section.title]);
  passages.forEach((passage, i) => {
    const at = `${where} passage ${i} (${JSON.stringify(passage.title)})`;
    if (passage.startLine !== expected) problems.push(`${at} starts at ${passage.startLine}, expected ${expected}`);
    if (passage.endLine < passage.startLine) problems.push(`${at} ends at ${passage.endLine} before it starts`);
    expected = passage.endLine + 1;
    if (typeof passage.title !== 'string' || passage.title.trim() === '' || passage.title !== passage.title.trim()) problems.push(`${at} has a bad title`);
    if (typeof passage.body !== 'string' || passage.body.trim() === '') problems.push(`${at} has an empty body`);
    if (JSON.stringify(passage.parents) !== parents) problems.push(`${at} has parents ${JSON.stringify(passage.parents)}, expected ${parents}`);
    if (passage.kind !== section.kind) problems.push(`${at} has kind ${passage.kind}, its section ${section.kind}`);
    if (passage.passages !== undefined) problems.push(`${at} has passages of its own`);
  });
  if (expected !== section.endLine + 1) problems.push(`${where}: its passages end at line ${expected - 1}, the section at ${section.endLine}`);
  return problems;
}

/**
 * Lists every way `sections` fails to be a faithful parse of `text`: lines
 * not covered exactly once in order, empty titles or bodies, bad kinds, and
 * passages that lose, repeat or reorder a line of their section.
 * An empty list means the parse is well formed.
 */
export function sectionProblems(text: string, sections: readonly ParsedSection[]): string[] {
  const problems: string[] = [];
  const lineCount = splitLines(text).length;
  const hasText = /\S/.test(text);
  if (!hasText) {
    if (sections.length > 0) problems.push(`text without visible characters gave ${sections.length} sections`);
    return problems;
  }
  if (sections.length === 0) return ['text with visible characters gave no sections'];
  let expected = 0;
  sections.forEach((section, i) => {
    const where = `section ${i} (${JSON.stringify(section.title)})`;
    if (section.startLine !== expected) problems.push(`${where} starts at ${section.startLine}, expected ${expected}`);
    if (section.endLine < section.startLine) problems.push(`${where} ends at ${section.endLine} before it starts`);
    expected = section.endLine + 1;
    if (typeof section.title !== 'string' || section.title.trim() === '') problems.push(`${where} has an empty title`);
    else if (section.title !== section.title.trim()) problems.push(`${where} has an untrimmed title`);
    if (typeof section.body !== 'string' || section.body.trim() === '') problems.push(`${where} has an empty body`);
    if (!Array.isArray(section.parents) || section.parents.some((parent) => typeof parent !== 'string' || parent.trim() === '')) {
      problems.push(`${where} has bad parents`);
    }
    if (!Array.isArray(section.headings) || section.headings.some((heading) => typeof heading !== 'string' || heading.trim() === '')) {
      problems.push(`${where} has bad headings`);
    }
    if (!KINDS.has(section.kind)) problems.push(`${where} has kind ${String(section.kind)}`);
    if (section.passages !== undefined) problems.push(...passageProblems(section, where));
  });
  if (expected !== lineCount) problems.push(`sections end at line ${expected - 1}, the text's last line is ${lineCount - 1}`);
  return problems;
}
