import * as vscode from 'vscode';
import { Commands } from './ids';
import { makeNonce } from './webview-nonce';
import type { NotesStore } from './notes-store';
// The hover's command URIs: every argument percent-encoded, parentheses too. The webview follows only `enableCommandUris`.
import { commandUri } from './core/hover-content';
import { githubSlug, renderMarkdown, withoutTitleLine } from './core/markdown-render';
import { passageInChapter, type PassageInChapter } from './core/passage-view';
import { entryLabel } from './core/tree-model';
import type { NoteSection } from './core/types';
import { kindLabel } from './topic-tree';

/** The webview panel type; one panel of this type is reused for every section. */
export const PREVIEW_VIEW_TYPE = 'awsNotes.preview';

/** How many related services the preview links to; more would be a wall of chips. */
const MAX_RELATED = 12;

/**
 * Workspace-state key of the section last shown. The webview runs no script,
 * so it cannot keep its own state; VS Code restores the panel after a reload
 * and this says what it was showing.
 */
const SHOWN_SECTION_KEY = 'awsNotes.preview.sectionId';

/**
 * The note preview: one webview panel, reused, showing a section rendered with
 * markdown-it in the theme's colours. No script runs in it; its links are
 * command URIs restricted to our own commands, or web links.
 */
export class NotePreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private current: NoteSection | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: NotesStore,
    private readonly workspaceState: vscode.Memento,
  ) {
    this.disposables.push(
      store.onDidChange((change) => {
        const shown = this.current;
        if (!shown || !this.panel || !change.removedIds.includes(shown.id)) return;
        // The notes file was edited: show the new text of the same section, if it still exists.
        const fresh = store.index.get(shown.id);
        if (fresh) this.render(fresh);
      }),
    );
  }

  /** The section on show, if the panel is open. */
  get section(): NoteSection | undefined {
    return this.panel ? this.current : undefined;
  }

  /** The open panel, for tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /**
   * Shows a section, reusing the panel. Without `viewColumn` an open panel
   * stays where the user put it (e.g. beside the template); a new one opens in
   * the active group. `ViewColumn.Beside` moves it beside the editor.
   */
  show(section: NoteSection, viewColumn?: vscode.ViewColumn, preserveFocus = false): void {
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, section.title, { viewColumn: viewColumn ?? vscode.ViewColumn.Active, preserveFocus }, {
          ...this.webviewOptions(),
          enableFindWidget: true,
        }),
      );
    } else {
      this.panel.reveal(viewColumn ?? this.panel.viewColumn ?? vscode.ViewColumn.Active, preserveFocus);
    }
    this.render(section);
  }

  /**
   * Takes over a panel VS Code restored after a reload and shows the section
   * it showed before, once the index holds it. A section that is gone (its
   * file deleted or renamed meanwhile) closes the panel, with a line in the log.
   */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel) {
      // One preview at a time: a second restored panel would never be reused.
      panel.dispose();
      return;
    }
    this.adopt(panel);
    panel.webview.options = this.webviewOptions();
    panel.webview.html = this.loadingHtml(panel.webview);
    const id = this.workspaceState.get<string>(SHOWN_SECTION_KEY);
    await this.store.ready;
    // The user may have closed it while the index was building.
    if (!this.isShowing(panel)) return;
    const section = id ? this.store.index.get(id) : undefined;
    if (section) {
      this.render(section);
      return;
    }
    this.store.log.info(`Note preview: the section it showed before the reload (${id ?? 'unknown'}) is no longer in the index; closed the preview.`);
    panel.dispose();
  }

  private isShowing(panel: vscode.WebviewPanel): boolean {
    return this.panel === panel;
  }

  private webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: false,
      enableCommandUris: [Commands.openSection, Commands.showInSidebar],
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.current = undefined;
    }, undefined, this.disposables);
  }

  private render(section: NoteSection): void {
    if (!this.panel) return;
    this.current = section;
    this.panel.title = section.title;
    this.panel.webview.html = this.html(this.panel.webview, section);
    void this.workspaceState.update(SHOWN_SECTION_KEY, section.id);
  }

  /** Shown while a restored panel waits for the index. */
  private loadingHtml(webview: vscode.Webview): string {
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}">
<link rel="stylesheet" href="${css.toString()}">
</head>
<body><p class="loading">Loading your notes…</p></body>
</html>`;
  }

  private html(webview: vscode.Webview, section: NoteSection): string {
    const nonce = makeNonce();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`].join('; ');
    const render = (markdown: string) => renderMarkdown(markdown, { resolveAnchor: (anchor) => this.anchorTarget(section, anchor) });
    const context = this.chapterOf(section);
    const own = render(withoutTitleLine(section.body, section.title));
    const body = context ? passageHtml(context, own, render) : own;
    const chapterLink = context
      ? `<a class="chapter-link" href="${commandUri(Commands.openSection, [context.chapter.id])}" title="Show all of ${escapeHtml(context.chapter.title)}">Whole section</a>`
      : '';
    const openSource = commandUri(Commands.openSection, [section.id, { openIn: 'source' }]);
    const crumbs = section.breadcrumb.map((crumb) => `<span>${escapeHtml(crumb)}</span>`).join('<span class="sep" aria-hidden="true">›</span>');
    const mine = section.origin === 'user' ? '<span class="badge mine">yours</span>' : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>${escapeHtml(section.title)}</title>
</head>
<body>
<header>
<nav class="breadcrumb" aria-label="Breadcrumb">${crumbs}</nav>
<h1>${escapeHtml(section.title)}</h1>
<div class="meta"><span class="badge">${escapeHtml(kindLabel(section))}</span>${mine}<a class="source-link" href="${openSource}" title="${escapeHtml(section.file)}, line ${section.line + 1}">Open in notes file</a>${chapterLink}</div>
</header>
<main class="note">
${body}
</main>
${this.relatedHtml(section)}
</body>
</html>`;
  }

  /** For a passage: its chapter, with the text around it. */
  private chapterOf(section: NoteSection): PassageInChapter | undefined {
    if (section.parentId === undefined) return undefined;
    const chapter = this.store.index.get(section.parentId);
    return chapter ? passageInChapter(section, chapter, this.store.index.passagesOf(chapter)) : undefined;
  }

  /** Links to every service and concept the section is about; each reveals that entry in the sidebar. */
  private relatedHtml(section: NoteSection): string {
    const ids = [...section.services, ...section.concepts].slice(0, MAX_RELATED);
    const links: string[] = [];
    for (const id of ids) {
      const entry = this.store.catalog.get(id);
      if (!entry) continue;
      const count = this.store.index.sectionsFor(id).length;
      const title = `${entry.name}: show its ${count} section${count === 1 ? '' : 's'} in the sidebar`;
      links.push(`<a class="chip${entry.kind === 'concept' ? ' concept' : ''}" href="${commandUri(Commands.showInSidebar, [id])}" title="${escapeHtml(title)}">${escapeHtml(entryLabel(entry))}</a>`);
    }
    if (links.length === 0) return '';
    return `<footer><h2>Related notes</h2><nav class="related">${links.join('')}</nav></footer>`;
  }

  /**
   * A `#anchor` in a note (a table of contents, a "see above") points at a
   * heading of the same file; when a section of that file has that heading,
   * the link opens it in this preview.
   */
  private anchorTarget(section: NoteSection, anchor: string): string | undefined {
    const wanted = githubSlug(anchor);
    const file = this.store.index.file(section.file);
    const target = file?.sections.find((s) => githubSlug(s.title) === wanted);
    return target ? commandUri(Commands.openSection, [target.id]) : undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * A passage in its chapter: the text before it folded away above it, the passage itself marked (the preview
 * runs no script, so it opens at the passage this way rather than by scrolling), then the rest of the chapter.
 */
function passageHtml(context: PassageInChapter, own: string, render: (markdown: string) => string): string {
  const parts: string[] = [];
  if (context.before.trim()) {
    const earlier = context.passagesBefore === 0 ? 'introduction' : `introduction and ${context.passagesBefore} earlier ${context.passagesBefore === 1 ? 'part' : 'parts'}`;
    parts.push(`<details class="earlier"><summary>${escapeHtml(context.chapter.title)}: ${earlier}</summary>\n${render(context.before)}\n</details>`);
  }
  parts.push(`<section class="passage current" aria-current="true" id="passage">\n${own}\n</section>`);
  if (context.after.trim()) parts.push(`<div class="later">\n${render(context.after)}\n</div>`);
  return parts.join('\n');
}


function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
