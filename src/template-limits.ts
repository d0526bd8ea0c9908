/**
 * Templates above this many characters are not parsed: the hover reads only
 * a window of the hovered line (a 6 MB single-line JSON costs no more than a
 * short line), and "In this file" falls back to the text. Its own file so the
 * bench can import it without `vscode`.
 */
export const MAX_TEMPLATE_CHARS = 2 * 1024 * 1024;
