/**
 * What a well-formed parse is, checked rather than assumed: the tests (and any
 * caller that wants to be defensive) use this on real and random input.
 */

import type { ParsedSection } from '../types';
import { splitLines } from './lines';

const KINDS = new Set(['qa', 'scenario', 'note']);

/**
 * Lists every way `sections` fails to be a faithful parse of `text`: lines
 * not covered exactly once in order, empty titles or bodies, bad kinds.
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
  });
  if (expected !== lineCount) problems.push(`sections end at line ${expected - 1}, the text's last line is ${lineCount - 1}`);
  return problems;
}
