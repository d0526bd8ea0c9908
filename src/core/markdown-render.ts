import type MarkdownIt from 'markdown-it';
import { loadMarkdownIt } from './markdown-it-loader';

/** How the renderer may rewrite links that point inside the notes. */
export interface RenderOptions {
  /**
   * Maps an in-document anchor (`ec2` for `#ec2`) to a link target, e.g. a
   * command URI that opens the section the anchor names. The returned value is
   * produced by our own code, never taken from the note, so it is trusted.
   * When it returns undefined the anchor stays a plain `#anchor` link.
   */
  resolveAnchor?: (anchor: string) => string | undefined;
}

/** Only web links and in-page anchors may leave a note; everything else renders as text. */
const SAFE_LINK = /^(?:https?:\/\/|#)/i;

/** Rendering a whole notes file would be pointless in a preview; this keeps a pasted novel from freezing it. */
const MAX_RENDERED_CHARS = 200_000;

type Renderer = InstanceType<typeof MarkdownIt>;

let sharedRenderer: Renderer | undefined;

/**
 * The markdown-it instance: raw HTML off (a note's `<script>` is shown as text),
 * links validated against {@link SAFE_LINK}, images turned into links because a
 * webview with a strict CSP will not load remote images anyway.
 */
function renderer(): Renderer {
  if (sharedRenderer) return sharedRenderer;
  const md = new (loadMarkdownIt())({ html: false, linkify: true, typographer: false, breaks: false });
  // markdown-it's own check lets `command:` and `vscode:` through; ours is an allow-list.
  md.validateLink = (url: string) => isSafeLink(url);

  md.renderer.rules.image = (tokens, index, _options, _env, self) => {
    const token = tokens[index];
    const src = String(token.attrGet('src') ?? '');
    const alt = self.renderInlineAsText(token.children ?? [], _options, _env).trim();
    const label = alt && alt.toLowerCase() !== 'image' ? `Image: ${alt}` : 'Image';
    return `<a class="image-link" href="${md.utils.escapeHtml(src)}">${md.utils.escapeHtml(label)}</a>`;
  };

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const href = String(token.attrGet('href') ?? '');
    const resolveAnchor: unknown = env?.[ANCHOR_RESOLVER];
    if (href.startsWith('#') && typeof resolveAnchor === 'function') {
      const target: unknown = resolveAnchor(decodeAnchor(href.slice(1)));
      if (typeof target === 'string' && target) token.attrSet('href', target);
    } else if (/^https?:/i.test(href)) {
      // The full address on hover, so a reader sees where a link goes before following it.
      token.attrSet('title', href);
    }
    return defaultLinkOpen(tokens, index, options, env, self);
  };

  sharedRenderer = md;
  return md;
}

/** Key of the anchor resolver in the per-call state markdown-it threads through its rules. */
const ANCHOR_RESOLVER = 'awsNotesResolveAnchor';

/** True for links a note may contain: `http(s)://…` and `#anchor`. */
export function isSafeLink(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

/**
 * Renders a note's Markdown to HTML that is safe to put in a webview: no raw
 * HTML, no script, no link other than `http(s):` and `#anchor`.
 * Never throws; on any failure the text comes back escaped in a `<pre>`.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const md = renderer();
  const text = typeof markdown === 'string' ? markdown.slice(0, MAX_RENDERED_CHARS) : '';
  try {
    return md.render(imageTagsToMarkdown(text), { [ANCHOR_RESOLVER]: options.resolveAnchor });
  } catch {
    return `<pre>${md.utils.escapeHtml(text)}</pre>`;
  }
}

/**
 * Notes copied from GitHub often hold `<img src="https://…">` tags. With HTML
 * off they would show as raw tag soup, so outside code fences each one becomes
 * a Markdown image (rendered as a link). Only `http(s)` sources are rewritten;
 * anything else (such as `onerror=` payloads) stays as escaped text.
 */
function imageTagsToMarkdown(markdown: string): string {
  if (!/<img\b/i.test(markdown)) return markdown;
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(?:```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return line;
      return line.replace(/<img\b[^>]{0,2000}>/gi, (tag) => {
        const src = attribute(tag, 'src');
        if (!src || !/^https?:\/\//i.test(src)) return tag;
        const alt = (attribute(tag, 'alt') ?? '').replace(/[[\]\\]/g, ' ').trim();
        return `![${alt}](<${src.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      });
    })
    .join('\n');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

// Kept in its own module so that code that only trims titles (study cards, dist/study.js) need not bundle markdown-it.
export { withoutTitleLine } from './title-line';

/** How GitHub turns a heading into an anchor: lower case, punctuation dropped, spaces to hyphens. */
export function githubSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
