import * as vscode from 'vscode';
import { getOpenIn, type OpenIn } from './configuration';
import { Commands } from './ids';
import type { NotesStore } from './notes-store';
import { NotePreview, PREVIEW_VIEW_TYPE } from './preview';
import type { TopicTree } from './topic-tree';
import type { NoteSection } from './core/types';

/**
 * Second argument of `awsNotes.openSection`: callers may force where the
 * section opens (the preview's "Open in notes file" link forces `source`).
 */
export interface OpenSectionOptions {
  openIn?: OpenIn;
  /** Set by the tree, whose node is already selected: no reveal back into it. */
  fromTree?: boolean;
  /** Keep the keyboard focus where it is (e.g. opening from a hover). */
  preserveFocus?: boolean;
}

/** What the opener commands hand back, for tests and other commands. */
export interface SectionOpener {
  /** Opens a section by id, per `awsNotes.openIn` unless `options.openIn` says otherwise. Resolves false when the id is unknown. */
  open(target: unknown, options?: OpenSectionOptions, viewColumn?: vscode.ViewColumn): Promise<boolean>;
  /** The reused preview panel. */
  readonly preview: NotePreview;
}

/**
 * Registers `awsNotes.openSection`, `awsNotes.openSectionToSide` and
 * `awsNotes.showInSidebar`. Cheap: nothing reads the index until a command runs.
 */
export function registerOpenSection(context: vscode.ExtensionContext, store: NotesStore, tree: TopicTree): SectionOpener {
  const preview = new NotePreview(context.extensionUri, store, context.workspaceState);
  // After a reload VS Code hands back the preview that was open; it shows the same section again.
  context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel) => preview.restore(panel) }));

  const open = async (target: unknown, options: OpenSectionOptions = {}, viewColumn?: vscode.ViewColumn): Promise<boolean> => {
    const section = await findSection(store, target);
    if (!section) {
      store.log.warn(`Open note section: no section ${describe(target)} in the index`);
      void vscode.window.showWarningMessage('AWS Notes: that note section is no longer in the index. Rebuild the index or search again.');
      return false;
    }
    const where = options.openIn ?? getOpenIn();
    try {
      if (where === 'source') await openSource(section, viewColumn, options.preserveFocus ?? false);
      else preview.show(section, viewColumn, options.preserveFocus ?? false);
    } catch (error) {
      store.log.error(`Could not open ${section.file}: ${String(error)}`);
      void vscode.window.showErrorMessage(`AWS Notes: could not open ${section.breadcrumb[0] ?? section.file}. See the log for details.`);
      return false;
    }
    // Hover and search open sections too: the tree follows, but only when it is on screen,
    // because revealing into a hidden view would open the sidebar over the user's work.
    if (!options.fromTree && tree.view.visible) {
      tree.revealSection(section.id, { select: true, focus: false, expand: false }).catch((error) => store.log.debug(`Reveal failed: ${String(error)}`));
    }
    return true;
  };

  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand(Commands.openSection, (target: unknown, options?: unknown) => open(target, asOptions(target, options))),
    vscode.commands.registerCommand(Commands.openSectionToSide, (target: unknown, options?: unknown) =>
      open(target, asOptions(target, options), vscode.ViewColumn.Beside),
    ),
    vscode.commands.registerCommand(Commands.showInSidebar, (target: unknown) => showInSidebar(store, tree, target)),
  );
  return { open, preview };
}

/**
 * Focuses the Topics view on a catalog entry (expanded, so its sections show)
 * or on a section. In the file grouping an entry has no node of its own, so
 * its strongest section is shown instead.
 */
async function showInSidebar(store: NotesStore, tree: TopicTree, target: unknown): Promise<boolean> {
  const id = idOf(target);
  if (!id) return false;
  await store.ready;
  await tree.show();
  try {
    const entryId = store.catalog.get(id) ? id : store.index.get(id) ? undefined : store.index.resolve(id);
    if (entryId) {
      if (await tree.revealEntry(entryId, { select: true, focus: true, expand: true })) return true;
      const top = store.index.lookupEntry(entryId)[0]?.section;
      return top ? tree.revealSection(top.id, { select: true, focus: true, expand: false }) : false;
    }
    return await tree.revealSection(id, { select: true, focus: true, expand: false });
  } catch (error) {
    store.log.warn(`Show in sidebar failed for ${id}: ${String(error)}`);
    return false;
  }
}

/** Opens the notes file with the section's lines selected and its first line at the top. */
async function openSource(section: NoteSection, viewColumn: vscode.ViewColumn | undefined, preserveFocus: boolean): Promise<void> {
  const uri = /^[a-z][a-z0-9+.-]+:\/\//i.test(section.file) ? vscode.Uri.parse(section.file) : vscode.Uri.file(section.file);
  const document = await vscode.workspace.openTextDocument(uri);
  const endLine = Math.min(section.endLine, document.lineCount - 1);
  const startLine = Math.min(section.line, endLine);
  const range = new vscode.Range(startLine, 0, endLine, document.lineAt(endLine).text.length);
  const editor = await vscode.window.showTextDocument(document, { viewColumn, preserveFocus, selection: range });
  editor.revealRange(new vscode.Range(startLine, 0, startLine, 0), vscode.TextEditorRevealType.AtTop);
}

/**
 * The section a command argument names: an id string, or anything with an
 * `id` (a NoteSection, an API result). Waits for the first index when it is
 * still being built, since a hover may fire a link during start-up.
 */
async function findSection(store: NotesStore, target: unknown): Promise<NoteSection | undefined> {
  const id = idOf(target);
  if (!id) return undefined;
  if (!store.isReady) await store.ready;
  return store.index.get(id);
}

function idOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target.trim() || undefined;
  if (!target || typeof target !== 'object') return undefined;
  // A tree node passes itself when its inline action runs; its own id is a node id, not a section id.
  if ('section' in target) return idOf((target as { section: unknown }).section);
  const id = (target as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function asOptions(target: unknown, value: unknown): OpenSectionOptions {
  const options: OpenSectionOptions = {};
  // The tree's inline action passes the node itself (and the selection as a second argument):
  // the node is on screen already, so no reveal should move the selection elsewhere.
  if (target && typeof target === 'object' && 'section' in target) options.fromTree = true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return options;
  const raw = value as Record<string, unknown>;
  if (raw.openIn === 'source' || raw.openIn === 'preview') options.openIn = raw.openIn;
  if (raw.fromTree === true) options.fromTree = true;
  if (raw.preserveFocus === true) options.preserveFocus = true;
  return options;
}

function describe(target: unknown): string {
  const id = idOf(target);
  return id ? `"${id}"` : `for argument of type ${typeof target}`;
}
