/**
 * Splitting a notes file into lines the way an editor numbers them, so that
 * section line numbers point at the right place whatever the line endings.
 */

/**
 * Splits text on `\n`, `\r\n` and lone `\r`. A trailing line ending yields a
 * final empty line, as in an editor. A leading byte-order mark is dropped from
 * the first line; it never counts as a line of its own, so numbering is kept.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  const length = text.length;
  if (text.indexOf('\r') < 0) {
    // Most files end their lines with \n alone: the native search finds each faster than a loop over every character.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push(text.slice(start, end));
      start = end + 1;
    }
    lines.push(text.slice(start));
    if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
    return lines;
  }
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push(text.slice(start, i));
      if (code === 13 && i + 1 < length && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  return lines;
}
