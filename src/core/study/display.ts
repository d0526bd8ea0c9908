/** Shaping a card's sides for the review panel. */

import { renderMarkdown } from '../markdown-render';

/** Longer sides are cut in the panel: a pasted log must not freeze it, and the section is a click away. */
export const MAX_DISPLAY_CHARS = 12_000;

/**
 * A side cut to `max` characters at a line end outside a code fence (so no
 * construct is split mid-line), with a note saying so. Short sides come back as they are.
 */
export function answerForDisplay(markdown: string, max = MAX_DISPLAY_CHARS): { text: string; truncated: boolean } {
  if (markdown.length <= max) return { text: markdown, truncated: false };
  let cut = markdown.lastIndexOf('\n', max);
  if (cut < max / 2) cut = max;
  let head = markdown.slice(0, cut);
  const fences = head.match(/^\s{0,3}(?:```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) head += '\n```';
  return { text: `${head}\n\n*…shortened here; open the section for the rest.*`, truncated: true };
}

/**
 * A card side as HTML safe to put in the review webview: markdown-it with raw
 * HTML off and only `http(s)`/`#` links (see {@link renderMarkdown}), after
 * {@link answerForDisplay} has cut an overlong side.
 */
export function renderCardSide(markdown: string, max = MAX_DISPLAY_CHARS): string {
  return renderMarkdown(answerForDisplay(markdown, max).text);
}
