/**
 * Turns a notes file's bytes into text, or says clearly why it will not be indexed.
 * Users point the extension at real folders, so anything may arrive here:
 * binaries named `.md`, UTF-16 exports, Windows line endings, broken encodings.
 */

/** A file that can be indexed, with notes about anything unusual in it. */
export interface DecodedNote {
  ok: true;
  text: string;
  /** One short, user-readable remark per oddity (BOM, CRLF, invalid UTF-8…). */
  remarks: string[];
}

/** A file that will not be indexed, and why. */
export interface RejectedNote {
  ok: false;
  reason: string;
}

/** How much of the head of a file is sniffed for binary content. */
const SNIFF_BYTES = 8192;
/** Above this share of control characters in the head, a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** A line longer than this is worth a remark: it is usually a minified or exported blob. */
const LONG_LINE_CHARS = 100_000;

/** Decodes note bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. Never throws. */
export function decodeNote(bytes: Uint8Array): DecodedNote | RejectedNote {
  if (bytes.length === 0) return { ok: true, text: '', remarks: ['is empty; nothing to index'] };

  const remarks: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    remarks.push('is UTF-16 (little-endian); decoded');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    remarks.push('is UTF-16 (big-endian); decoded');
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'looks like a binary file, not text; skipped' };
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      remarks.push('starts with a UTF-8 byte order mark; ignored it');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8', { fatal: false }).decode(body);
      remarks.push('contains invalid UTF-8; the undecodable bytes show as \uFFFD');
    }
  }

  if (text.includes('\r\n')) remarks.push('uses CRLF line endings; read as usual');
  else if (text.includes('\r')) remarks.push('uses old Mac (CR) line endings; read as usual');
  const longest = longestLine(text);
  if (longest > LONG_LINE_CHARS) remarks.push(`has a single line of ${longest.toLocaleString('en-US')} characters; indexed, but it will read as one long section`);
  if (text.trim() === '') remarks.push('has no text; nothing to index');
  return { ok: true, text, remarks };
}

/**
 * A file is binary when its head holds a NUL byte or too many control characters.
 * Valid UTF-8 text never contains NUL, and notes rarely contain other C0 controls.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === 0) return true;
    // Tab, line feed, form feed and carriage return are text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  if (text.indexOf('\r') < 0) {
    // Only \n ends lines: the native search finds each faster than a loop over every character.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (end - start > longest) longest = end - start;
      start = end + 1;
    }
    return Math.max(longest, text.length - start);
  }
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return longest;
}
