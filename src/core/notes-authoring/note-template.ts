/**
 * The Markdown a new note starts with: a user template (the
 * `awsNotes.newNote.template` setting) or the built-in one, with its
 * placeholders filled in.
 */

/**
 * The built-in template: the service's official name as the title, then one
 * heading per resource type the active template uses. No category or date
 * line: under the title it would be a section of its own, and the hover would
 * list it as a note that says nothing.
 */
export const DEFAULT_NOTE_TEMPLATE = '# ${service}\n\n${resourceTypes}';

/** Values for the placeholders. */
export interface NoteTemplateValues {
  /** Official name, e.g. "Amazon DynamoDB". */
  service: string;
  category: string;
  /** Resource types of the service the active template uses, e.g. `AWS::DynamoDB::Table`. */
  resourceTypes: readonly string[];
  /** The day, `YYYY-MM-DD`. */
  date: string;
}

/** An expanded template and where the cursor goes in it. */
export interface ExpandedNote {
  text: string;
  /** Offset (UTF-16) where the user starts writing. */
  cursorOffset: number;
}

/** The placeholders a template may use; anything else in `${…}` is left as written. */
export const TEMPLATE_PLACEHOLDERS = ['service', 'resourceTypes', 'category', 'date', 'cursor'] as const;

/**
 * Fills in `${service}`, `${resourceTypes}`, `${category}`, `${date}` and
 * `${cursor}`. `${resourceTypes}` becomes one `## AWS::…` heading per type,
 * each with an empty line to write on between blank lines, so the note has a place for each. The cursor
 * goes to the line under the heading of `focusType` when there is one, else to
 * the first `${cursor}`, else under the first resource type's heading, else to
 * a new paragraph at the end. Line endings follow the template's
 * own (CRLF stays CRLF).
 */
export function expandNoteTemplate(template: string, values: NoteTemplateValues, focusType?: string): ExpandedNote {
  const source = template.replace(/^\uFEFF/, '');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  // Heading, blank line, the line the user writes on, blank line: what is written there is a paragraph of its own.
  const typeHeadings = values.resourceTypes.map((type) => `## ${type}${eol.repeat(4)}`).join('');
  const replacements: Record<string, string> = {
    service: values.service,
    resourceTypes: typeHeadings,
    category: values.category,
    date: values.date,
    cursor: '',
  };
  let text = '';
  let cursorOffset = -1;
  let focusOffset = -1;
  let last = 0;
  for (const match of source.matchAll(/\$\{([A-Za-z]+)\}/g)) {
    const name = match[1];
    if (!Object.hasOwn(replacements, name)) continue;
    text += source.slice(last, match.index);
    if (name === 'cursor' && cursorOffset < 0) cursorOffset = text.length;
    if (name === 'resourceTypes' && focusType && focusOffset < 0) {
      const at = values.resourceTypes.indexOf(focusType);
      if (at >= 0) {
        const before = values.resourceTypes.slice(0, at).reduce((n, type) => n + `## ${type}`.length + 4 * eol.length, 0);
        focusOffset = text.length + before + `## ${focusType}`.length + 2 * eol.length;
      }
    }
    text += replacements[name];
    last = match.index + match[0].length;
  }
  text += source.slice(last);
  if (focusType === undefined && cursorOffset < 0 && values.resourceTypes.length > 0 && source.includes('${resourceTypes}')) {
    return expandNoteTemplate(template, values, values.resourceTypes[0]);
  }
  const offset = focusOffset >= 0 ? focusOffset : cursorOffset >= 0 ? cursorOffset : text.trimEnd().length + (text.trimEnd() ? 2 * eol.length : 0);
  // Blank lines the template leaves at the end go, except up to the cursor; the file ends with one line break.
  const keep = Math.max(text.trimEnd().length, Math.min(offset, text.length));
  text = text.slice(0, keep);
  while (text.length < offset) text += eol;
  text += eol;
  return { text, cursorOffset: offset };
}

/** Today as `YYYY-MM-DD` in local time (what a person writes as "the date"). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
