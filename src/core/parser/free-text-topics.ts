/**
 * Topics in free-form text notes, where nothing is a heading: a paragraph
 * introduced by a term ("ELB: --> …", "On-Demand Backup:", "AutoScaling=====")
 * after a blank line, and top-level numbered notes ("1. S3 and IAM are…").
 */

import type { LineInfo } from './line-kinds';
import { cleanTitleText, firstLineTitle, isGenericTitle } from './titles';

const MAX_TERM_LENGTH = 40;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

function isTermName(name: string, maxWords: number): boolean {
  return name.length > 0 && name.length <= MAX_TERM_LENGTH && wordCount(name) <= maxWords
    && /^[\p{L}\p{N}]/u.test(name) && !/[-=.,;]$/.test(name);
}

/**
 * The title a term line introduces, or undefined when the line does not
 * introduce a term. Generic terms ("Note:", "Use case:", "Architecture:")
 * introduce a part of the current topic, not a new one, so they do not count.
 */
export function termTitle(text: string): string | undefined {
  const head = (text.length > 200 ? text.slice(0, 200) : text).trim();
  let title: string | undefined;
  let underline = head.length;
  while (underline > 0 && head[underline - 1] === '=') underline--;
  const colon = head.indexOf(':');
  const arrow = head.indexOf('-->');
  if (head.length - underline >= 3 && text.length <= 200) {
    const name = head.slice(0, underline).trim();
    if (name.length <= 60 && wordCount(name) <= 6 && /^[\p{L}\p{N}]/u.test(name)) title = cleanTitleText(name);
  } else if (colon > 0 && colon <= MAX_TERM_LENGTH && head[colon + 1] !== ':') {
    const name = head.slice(0, colon).trim();
    const rest = head.slice(colon + 1).trim();
    if (!rest.startsWith('//') && isTermName(name, rest ? 4 : 5)) title = cleanTitleText(name);
  } else if (arrow > 0 && arrow <= MAX_TERM_LENGTH) {
    const name = head.slice(0, arrow).trim();
    if (isTermName(name, 4)) title = firstLineTitle(text);
  }
  return title && !isGenericTitle(title) ? title : undefined;
}

const QUESTION_PREFIX = /^(?:Q|Question|Ques)\s*[:.)-]\s*(?=\S)/i;

/** The question of a "Q: How does…?" line, or undefined for any other line. */
export function questionLineTitle(text: string): string | undefined {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  const match = QUESTION_PREFIX.exec(head);
  if (!match) return undefined;
  const title = firstLineTitle(head.slice(match[0].length));
  return title || undefined;
}

/** True for a line that may introduce a free-text topic (not a list item, table or heading). */
export function canStartTerm(info: LineInfo): boolean {
  return !info.blank && !info.code && !info.atx && !info.rule && !info.listItem && !info.numbered && info.indent === 0
    && !info.text.slice(0, 200).includes('\t');
}
