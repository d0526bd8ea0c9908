/**
 * Where a name sits on a CloudFormation/SAM template line. A mapping key is a
 * property name or a logical id (`Config:`, `"Lambda": {`, `- S3:` in an IoT
 * rule's actions): the template's own vocabulary, not a mention of a service,
 * so the hover stays quiet there. Values and descriptions still count.
 */

/** Text before a key on its line: indentation, a list dash, an opening brace or comma (flow/JSON style), and an opening quote. */
const BEFORE_KEY = /(?:^|[{,])\s*(?:-\s+)?["']?$/;
/** Text after a key: a closing quote, then a colon that YAML follows with a space or the line end, and JSON with anything. */
const AFTER_KEY = /^(?:["']\s*:|:(?:\s|$))/;

/**
 * True when `line.slice(start, end)` is the whole key of a YAML or JSON
 * mapping entry. Looks only at the line itself, so short-form tags (`!Ref`)
 * and malformed templates cannot confuse it, and costs two anchored regex
 * tests however long the line is.
 */
export function isMappingKey(line: string, start: number, end: number): boolean {
  if (start < 0 || end > line.length || start >= end) return false;
  // Only the few characters that can sit between a key and its indentation matter.
  const before = line.slice(Math.max(0, start - 64), start);
  return AFTER_KEY.test(line.slice(end, end + 4)) && BEFORE_KEY.test(before);
}
