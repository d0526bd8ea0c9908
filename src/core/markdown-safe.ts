import type MarkdownIt from 'markdown-it';
import { loadMarkdownIt } from './markdown-it-loader';
import { alphanumericKey } from './snippet';

/**
 * Turns a note's Markdown into Markdown that is safe to show in a trusted
 * editor hover.
 *
 * The hover trusts our own command links, so nothing a note says may become a
 * link to a command (ours included), a script, a file or raw HTML. Rather than
 * filtering the note's Markdown, it is parsed with markdown-it and written out
 * again from the token stream: every character of note text goes through
 * {@link escapeMarkdown}, and the only links emitted are `http(s)` ones that we
 * build ourselves. Whatever markdown-it does not turn into a known token is
 * therefore shown as escaped text.
 */

/** How much of a note an excerpt may show. */
export interface ExcerptLimits {
  /** The line budget of the whole excerpt. Paragraphs cost one line per {@link maxLineChars}. */
  maxLines: number;
  /** Characters that count as one line of prose. */
  maxLineChars: number;
  /** Body rows of a table (the header row is always kept). */
  maxTableRows: number;
  maxTableColumns: number;
  /** Characters per table cell before it is cut with an ellipsis. */
  maxCellChars: number;
  /** Characters of a table row, shared between its columns (each gets at least 8). */
  maxTableWidth: number;
  /** Lines of a code block. */
  maxCodeLines: number;
}

/** A hover-sized excerpt: a few lines, a small table. */
export const DEFAULT_EXCERPT_LIMITS: Readonly<ExcerptLimits> = {
  maxLines: 4,
  maxLineChars: 110,
  maxTableRows: 4,
  maxTableColumns: 4,
  maxCellChars: 48,
  maxTableWidth: 96,
  maxCodeLines: 4,
};

/** What a table costs against the line budget, however many rows it shows: it is compact and scannable. */
const TABLE_LINE_COST = 2;

/**
 * How much of a note is parsed for an excerpt: several times what the budget
 * can show (markup, skipped title, table rows), never more than a whole-note
 * conversion needs. Parsing is the cost of a hover; a hover excerpt reads ~2 KB.
 */
const MIN_SOURCE_CHARS = 2_000;
const MAX_SOURCE_CHARS = 200_000;
const SOURCE_CHARS_PER_BUDGET_CHAR = 8;

/** Only web links survive; `command:`, `javascript:`, `data:`, `file:`, `vscode:` and relative links become text. */
const WEB_LINK = /^https?:\/\/[^\s]/i;

/** Characters that could start Markdown syntax (or HTML, or a theme icon) when written as text. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&$:]/g;

type Parser = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Parser['parse']>[number];

let sharedParser: Parser | undefined;

function parser(): Parser {
  if (sharedParser) return sharedParser;
  const md = new (loadMarkdownIt())({ html: false, linkify: true, typographer: false });
  // markdown-it's default check lets `command:` and `vscode:` through; this is an allow-list.
  md.validateLink = (url: string) => isWebLink(url);
  sharedParser = md;
  return md;
}

/** True for the links a note may carry into a hover: absolute `http://` and `https://` addresses. */
export function isWebLink(url: string): boolean {
  return WEB_LINK.test(url.trim());
}

/**
 * Escapes text so that Markdown shows it literally: no emphasis, link, HTML,
 * list, heading or theme icon can come out of it. Line breaks fold to spaces,
 * so the result always stays on the line it is put on.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t\f\v]+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/** A link target written so that no character of it can end the link early. */
export function markdownLinkTarget(url: string): string {
  return `<${url.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** Options for {@link safeExcerpt}. */
export interface ExcerptOptions {
  /** The section title; a first block that just repeats it is skipped, since the hover shows the title anyway. */
  title?: string;
  limits?: Partial<ExcerptLimits>;
}

/**
 * The first few lines of a note section as safe Markdown, for a hover.
 * Tables stay tables (rows and width capped); prose is cut at a word with an
 * ellipsis. Never throws: on any failure the result is escaped plain text.
 */
export function safeExcerpt(markdown: string, options: ExcerptOptions = {}): string {
  const limits: ExcerptLimits = { ...DEFAULT_EXCERPT_LIMITS, ...options.limits };
  const sourceChars = Math.min(MAX_SOURCE_CHARS, Math.max(MIN_SOURCE_CHARS, limits.maxLines * limits.maxLineChars * SOURCE_CHARS_PER_BUDGET_CHAR));
  const source = typeof markdown === 'string' ? headOf(markdown, sourceChars) : '';
  try {
    return new ExcerptWriter(limits, options.title).write(parser().parse(source, {}));
  } catch {
    return escapeMarkdown(cutAtWord(source.replace(/\s+/g, ' ').trim(), limits.maxLineChars * limits.maxLines));
  }
}

/**
 * The whole of a note's Markdown as safe Markdown (no budget). For surfaces
 * that show a full section in a trusted MarkdownString.
 */
export function toSafeMarkdown(markdown: string): string {
  return safeExcerpt(markdown, {
    limits: {
      maxLines: Number.POSITIVE_INFINITY,
      maxLineChars: 200,
      maxTableRows: Number.POSITIVE_INFINITY,
      maxTableColumns: Number.POSITIVE_INFINITY,
      maxCellChars: Number.POSITIVE_INFINITY,
      maxTableWidth: Number.POSITIVE_INFINITY,
      maxCodeLines: Number.POSITIVE_INFINITY,
    },
  });
}

/** One block of output, with what it costs against the line budget. */
interface Block {
  text: string;
  /**
   * Items of the same top-level list share a group and are joined with a single
   * newline; everything else is separated by a blank line.
   */
  listGroup: number | undefined;
}

interface ListLevel {
  ordered: boolean;
  next: number;
  /** Spaces that align continuation content under this level's item text. */
  indent: string;
}

/** Walks markdown-it's block tokens and writes the safe excerpt, stopping when the budget is spent. */
class ExcerptWriter {
  private readonly blocks: Block[] = [];
  private linesLeft: number;
  private readonly lists: ListLevel[] = [];
  private quoteDepth = 0;
  /** Counts top-level lists, so two adjacent lists never merge into one. */
  private listGroup = 0;
  /** Set by `list_item_open`: the next paragraph starts with the item's marker. */
  private pendingMarker: string | undefined;
  private headingLevel = 0;
  private titleChecked: boolean;

  constructor(
    private readonly limits: ExcerptLimits,
    private readonly title: string | undefined,
  ) {
    this.linesLeft = limits.maxLines;
    this.titleChecked = !title;
  }

  write(tokens: Token[]): string {
    for (let i = 0; i < tokens.length && this.linesLeft > 0; i++) {
      const token = tokens[i];
      switch (token.type) {
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (this.lists.length === 0) this.listGroup++;
          this.lists.push({ ordered: token.type === 'ordered_list_open', next: Number(attr(token, 'start') || 1) || 1, indent: '' });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.lists.pop();
          break;
        case 'list_item_open':
          this.openListItem();
          break;
        case 'blockquote_open':
          this.quoteDepth++;
          break;
        case 'blockquote_close':
          this.quoteDepth = Math.max(0, this.quoteDepth - 1);
          break;
        case 'heading_open':
          this.headingLevel = Number(token.tag.slice(1)) || 1;
          break;
        case 'heading_close':
          this.headingLevel = 0;
          break;
        case 'inline':
          this.writeProse(token);
          break;
        case 'table_open':
          i = this.writeTable(tokens, i);
          break;
        case 'fence':
        case 'code_block':
          this.writeCode(token);
          break;
        default:
          // Paragraph wrappers, rules and list closers carry no text of their own.
          break;
      }
    }
    return this.join();
  }

  private openListItem(): void {
    const level = this.lists[this.lists.length - 1];
    if (!level) return;
    const marker = level.ordered ? `${level.next++}.` : '-';
    // Nested items sit under their parent item's text, so the whole chain of parent indents applies.
    const parentIndent = this.lists.slice(0, -1).map((l) => l.indent).join('');
    level.indent = ' '.repeat(marker.length + 1);
    this.pendingMarker = `${parentIndent}${marker} `;
  }

  private writeProse(token: Token): void {
    const heading = this.headingLevel > 0;
    let children = token.children ?? [];
    if (!this.titleChecked) {
      this.titleChecked = true;
      // The title is shown beside the excerpt; a first line that only repeats it is dropped.
      const firstBreak = children.findIndex((t) => t.type === 'hardbreak' || t.type === 'softbreak');
      const firstLine = firstBreak >= 0 ? children.slice(0, firstBreak) : children;
      if (this.title && repeatsTitle(inlinePlainText(firstLine), this.title)) {
        if (firstBreak < 0) {
          this.pendingMarker = undefined;
          return;
        }
        children = children.slice(firstBreak + 1);
        // "2) Title" parses as a list item; without its title line the number means nothing.
        if (this.pendingMarker !== undefined) this.pendingMarker = '';
      }
    }
    if (!inlinePlainText(children).trim()) return;
    const budgetChars = heading ? this.limits.maxLineChars : this.linesLeft * this.limits.maxLineChars;
    const rendered = renderInline(children, budgetChars, {
      dropEmphasis: heading,
      tableCell: false,
      lineChars: heading ? undefined : this.limits.maxLineChars,
    });
    if (!rendered.text) return;
    const body = heading ? `**${rendered.text}**` : rendered.text;
    const prefix = this.pendingMarker ?? (this.lists.length > 0 ? this.continuationIndent() : '');
    this.pendingMarker = undefined;
    this.push(`${prefix}${body}`, this.lists.length > 0, heading ? 1 : Math.max(1, Math.ceil(rendered.visible / this.limits.maxLineChars)));
  }

  private continuationIndent(): string {
    return this.lists.map((l) => l.indent).join('');
  }

  /** Writes a GFM table (capped) and returns the index of its `table_close` token. */
  private writeTable(tokens: Token[], start: number): number {
    // Cells are rendered once the column count is known: the width is shared between the columns shown.
    const rows: { cells: Token[][]; header: boolean }[] = [];
    const aligns: string[] = [];
    let current: Token[][] | undefined;
    let inHeader = false;
    let end = start;
    for (let i = start + 1; i < tokens.length; i++) {
      const token = tokens[i];
      end = i;
      if (token.type === 'table_close') break;
      if (token.type === 'thead_open') inHeader = true;
      else if (token.type === 'thead_close') inHeader = false;
      else if (token.type === 'tr_open') current = [];
      else if (token.type === 'tr_close' && current) {
        rows.push({ cells: current, header: inHeader });
        current = undefined;
      } else if ((token.type === 'th_open' || token.type === 'td_open') && inHeader) {
        aligns.push(alignmentOf(attr(token, 'style')));
      } else if (token.type === 'inline' && current) {
        current.push(token.children ?? []);
      }
    }
    const header = rows.find((r) => r.header) ?? rows[0];
    if (!header) return end;
    const body = rows.filter((r) => r !== header);
    if (this.blocks.length > 0 && this.linesLeft < TABLE_LINE_COST) {
      this.linesLeft = 0;
      return end;
    }
    const columns = Math.min(header.cells.length, this.limits.maxTableColumns);
    const moreColumns = header.cells.length > columns;
    const cellChars = Math.max(8, Math.min(this.limits.maxCellChars, Math.floor(this.limits.maxTableWidth / columns)));
    const cell = (children: Token[] | undefined) =>
      children ? renderInline(children, cellChars, { dropEmphasis: false, tableCell: true }).text : '';
    const line = (cells: Token[][], isHeader: boolean) => {
      const shown = Array.from({ length: columns }, (_, c) => cell(cells[c]));
      if (moreColumns) shown.push(isHeader ? '…' : '');
      return `| ${shown.join(' | ')} |`;
    };
    const note = (text: string) => {
      const shown = Array.from({ length: columns }, (_, c) => (c === 0 ? `*${escapeMarkdown(text)}*` : ''));
      if (moreColumns) shown.push('');
      return `| ${shown.join(' | ')} |`;
    };
    const separator = Array.from({ length: columns }, (_, c) => aligns[c] || '---');
    if (moreColumns) separator.push('---');
    const lines = [line(header.cells, true), `| ${separator.join(' | ')} |`];
    const shownRows = body.slice(0, this.limits.maxTableRows);
    for (const row of shownRows) lines.push(line(row.cells, false));
    const hidden = body.length - shownRows.length;
    if (hidden > 0) lines.push(note(`…${hidden} more ${hidden === 1 ? 'row' : 'rows'}`));
    this.pendingMarker = undefined;
    const quote = this.quotePrefix();
    this.push(lines.map((l) => quote + l).join('\n'), false, TABLE_LINE_COST, true);
    return end;
  }

  private writeCode(token: Token): void {
    const allLines = token.content.replace(/\n$/, '').split('\n');
    if (allLines.length === 1 && !allLines[0].trim()) return;
    const room = Math.min(this.limits.maxCodeLines, this.linesLeft);
    const shown = allLines.slice(0, Math.max(1, room));
    if (allLines.length > shown.length) shown.push('…');
    const text = shown.join('\n');
    const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
    const language = /^[\w#+.-]{1,20}$/.test(token.info.trim()) ? token.info.trim() : '';
    const prefix = this.pendingMarker ?? '';
    this.pendingMarker = undefined;
    this.push(`${prefix}${fence}${language}\n${text}\n${fence}`, false, shown.length);
  }

  private quotePrefix(): string {
    return '> '.repeat(this.quoteDepth);
  }

  private push(text: string, inList: boolean, cost: number, prefixed = false): void {
    const quote = prefixed ? '' : this.quotePrefix();
    const quoted = quote ? text.split('\n').map((l) => quote + l).join('\n') : text;
    this.blocks.push({ text: quoted, listGroup: inList ? this.listGroup : undefined });
    this.linesLeft -= cost;
  }

  private join(): string {
    let out = '';
    this.blocks.forEach((block, i) => {
      const group = block.listGroup;
      if (i > 0) out += group !== undefined && group === this.blocks[i - 1].listGroup ? '\n' : '\n\n';
      out += block.text;
    });
    return out;
  }
}

interface InlineStyle {
  /** Headings are written bold as a whole; emphasis inside them would nest badly. */
  dropEmphasis: boolean;
  /** Inside a table cell a pipe in a code span must be escaped too. */
  tableCell: boolean;
  /**
   * Characters per line of budget. When set, hard line breaks are kept (plain
   * text notes put one thought per line) and each one uses up the rest of its
   * line of budget; when unset they fold to spaces.
   */
  lineChars?: number;
}

interface RenderedInline {
  text: string;
  /** Characters a reader sees (markup excluded). */
  visible: number;
}

/**
 * Writes inline tokens as safe Markdown, cutting at a word once `budget`
 * visible characters are reached and closing whatever markup is still open.
 */
function renderInline(children: Token[], budget: number, style: InlineStyle): RenderedInline {
  let out = '';
  let visible = 0;
  /** Closers of the markup open at this point, innermost last. */
  const open: string[] = [];
  let cut = false;
  /** The last piece of text written, to see how the line ends. */
  let lastText = '';

  const addText = (text: string, write: (t: string) => string) => {
    if (cut || !text) return;
    const room = budget - visible;
    if (text.length > room) {
      const part = cutAtWord(text, Math.max(1, room));
      const kept = part.endsWith('…') ? part.slice(0, -1) : part;
      // A cut right after a full stop reads as the end of a thought; no ellipsis after it.
      out += write(kept) + (/[.!?]$/.test(kept) ? '' : '…');
      visible += part.length;
      cut = true;
      return;
    }
    out += write(text);
    visible += text.length;
    lastText = text;
  };

  for (const token of children) {
    if (cut) break;
    switch (token.type) {
      case 'text':
        addText(token.content, escapeMarkdown);
        break;
      case 'hardbreak':
        if (style.lineChars && visible > 0) {
          visible = Math.ceil(visible / style.lineChars) * style.lineChars;
          if (visible >= budget) {
            // More lines follow; an ellipsis says so, unless the line already ends a sentence.
            if (!/[.!?]$/.test(lastText)) out += '…';
            cut = true;
          } else {
            out = `${out.trimEnd()}\\\n`;
          }
          break;
        }
        if (visible > 0 && !out.endsWith(' ')) addText(' ', (t) => t);
        break;
      case 'softbreak':
        if (visible > 0 && !out.endsWith(' ')) addText(' ', (t) => t);
        break;
      case 'code_inline':
        addText(token.content, (t) => codeSpan(t, style.tableCell));
        break;
      case 'strong_open':
      case 'em_open':
      case 's_open':
        if (style.dropEmphasis) break;
        out += token.markup === '~~' ? '~~' : token.type === 'strong_open' ? '**' : '*';
        open.push(token.markup === '~~' ? '~~' : token.type === 'strong_open' ? '**' : '*');
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
        if (style.dropEmphasis) break;
        out += open.pop() ?? '';
        break;
      case 'link_open': {
        const href = attr(token, 'href');
        if (isWebLink(href)) {
          out += '[';
          open.push(`](${markdownLinkTarget(href)})`);
        } else {
          open.push('');
        }
        break;
      }
      case 'link_close':
        out += open.pop() ?? '';
        break;
      case 'image': {
        const src = attr(token, 'src');
        const alt = token.content.trim();
        const label = alt && alt.toLowerCase() !== 'image' ? `image: ${alt}` : 'image';
        if (isWebLink(src) && visible + label.length <= budget) {
          out += `[${escapeMarkdown(label)}](${markdownLinkTarget(src)})`;
          visible += label.length;
        } else {
          addText(label, escapeMarkdown);
        }
        break;
      }
      default:
        // Anything else markdown-it may produce is shown as the text it holds.
        addText(token.content, escapeMarkdown);
        break;
    }
  }
  while (open.length) out += open.pop();
  return { text: out.trim(), visible };
}

/** A code span that shows `text` literally, whatever backticks it holds. */
function codeSpan(text: string, inTableCell: boolean): string {
  const body = inTableCell ? text.replace(/\|/g, '\\|') : text;
  const ticks = '`'.repeat(longestRun(body, '`') + 1);
  const pad = /^`|`$/.test(body) || /^ .* $/.test(body) ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** A token attribute as a string ('' when absent). */
function attr(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null || value === undefined ? '' : String(value);
}

function alignmentOf(style: string): string {
  if (!style) return '';
  if (/text-align:\s*center/i.test(style)) return ':---:';
  if (/text-align:\s*right/i.test(style)) return '---:';
  if (/text-align:\s*left/i.test(style)) return ':---';
  return '';
}

/** The text a reader would see of some inline tokens, for comparisons and lengths. */
function inlinePlainText(children: Token[]): string {
  return children.map((t) => (t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.type === 'image' ? '' : t.content)).join('');
}

/**
 * True when a line only repeats the section's title: possibly with a "Q1."
 * style prefix or trailing punctuation, or as the last part of a qualified title.
 */
function repeatsTitle(line: string, title: string): boolean {
  const lineKey = alphanumericKey(line);
  const titleKey = alphanumericKey(title);
  if (!titleKey || !lineKey) return false;
  if (lineKey.includes(titleKey) && lineKey.length <= titleKey.length + 12) return true;
  // Titles of nested topics carry their parent ("SQS: Security") while the heading says "Security".
  return lineKey.length >= 3 && titleKey.endsWith(lineKey);
}

/** The head of a text, cut at a line end so no construct (table row, fence) is split mid-line. */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

/** Cuts at the last word boundary before `max` and adds an ellipsis. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : Math.max(1, max - 1)).trimEnd()}…`;
}
