import * as path from 'node:path';
import * as vscode from 'vscode';
import { addToNotesFolders } from './commands';
import { getNotesSettings } from './configuration';
import { entriesInOrder, entryLabel } from './core/tree-model';
import {
  DEFAULT_NOTE_TEMPLATE,
  candidateFileNames,
  expandNoteTemplate,
  fileNameProblem,
  headingFor,
  headingInsertion,
  headingsAreAbout,
  localDate,
  noteFileStem,
  pickServiceNoteFile,
  resolveNoteSubject,
  resourceTypesIn,
  resourceTypesOf,
  type NoteSubject,
} from './core/notes-authoring';
import type { CatalogEntry } from './core/types';
import { Commands, Settings } from './ids';
import type { NotesStore } from './notes-store';
import { createOnly, readIfExists, statOf } from './workspace-files';

/** The folder "New Note" offers to create when the user has no notes folder yet. */
export const DEFAULT_NOTES_FOLDER = 'aws-notes';
/** Only the head of a huge template is scanned for resource types. */
const SCAN_MAX_CHARS = 500_000;
/** A new-note template larger than this is not a template. */
const TEMPLATE_MAX_BYTES = 256 * 1024;

/** The choices "New Note" asks the user for; tests replace them with scripted answers. */
export interface NewNotePrompts {
  /** A message with buttons; resolves to the button picked, or undefined when dismissed. */
  offer(message: string, ...choices: string[]): Thenable<string | undefined>;
  /** A folder picked in the system dialog. */
  pickFolder(): Thenable<vscode.Uri | undefined>;
  /** One of the workspace folders (multi-root). */
  pickWorkspaceFolder(folders: readonly vscode.WorkspaceFolder[]): Thenable<vscode.WorkspaceFolder | undefined>;
  /** One service or concept from a quick pick. */
  pickEntry(items: EntryPickItem[], placeHolder: string): Thenable<EntryPickItem | undefined>;
}

/** A service in the "New Note" quick pick. */
export interface EntryPickItem extends vscode.QuickPickItem {
  entryId?: string;
  resourceType?: string;
}

const windowPrompts: NewNotePrompts = {
  offer: (message, ...choices) => vscode.window.showInformationMessage(message, ...choices),
  pickFolder: () =>
    vscode.window
      .showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Use as Notes Folder', title: 'AWS Notes: choose a folder for your notes' })
      .then((picked) => picked?.[0]),
  pickWorkspaceFolder: (folders) => vscode.window.showWorkspaceFolderPick({ placeHolder: `Create ${DEFAULT_NOTES_FOLDER}/ in which workspace folder?` }).then((f) => (f && folders.includes(f) ? f : undefined)),
  pickEntry: (items, placeHolder) => vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }),
};

/** Buttons of the "no notes folder yet" offer. */
export const OfferChoices = { create: `Create ${DEFAULT_NOTES_FOLDER}/`, choose: 'Choose Folder…', createMissing: 'Create Folder' } as const;

/**
 * "AWS Notes: New Note…": opens the user's note on a service, or writes a new
 * one, from a hover link, the tree or the palette. Runs one at a time, so the
 * same command run twice at once opens one file, never two.
 */
export class NewNoteCommand {
  /** Replaced by integration tests; the window's own dialogs otherwise. */
  prompts: NewNotePrompts = windowPrompts;
  private queue: Promise<unknown> = Promise.resolve();

  /** The notes that ship with the extension: never written to, whatever the settings say. */
  private readonly bundledNotes: string;

  constructor(private readonly store: NotesStore, extensionPath: string) {
    this.bundledNotes = path.join(extensionPath, 'notes');
  }

  /** Runs after every earlier run has finished; resolves to the note's URI, or undefined when none was opened. */
  run(argument?: unknown): Promise<vscode.Uri | undefined> {
    const next = this.queue.then(() => this.newNote(argument));
    this.queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      this.store.log.error(`New Note failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(`AWS Notes: could not open or create the note: ${errorText(error)}`);
      return undefined;
    });
  }

  /** "Show Resources Without Notes": the active template's resource types no note covers; writes a note on the one picked. */
  async showResourcesWithoutNotes(): Promise<vscode.Uri | undefined> {
    try {
      return await this.pickResourceWithoutNotes();
    } catch (error) {
      // As in `run`: a failure is a log line and one message, never a bare command error.
      this.store.log.error(`Show Resources Without Notes failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(`AWS Notes: could not list the resources without notes: ${errorText(error)}`);
      return undefined;
    }
  }

  private async pickResourceWithoutNotes(): Promise<vscode.Uri | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('AWS Notes: open a CloudFormation or SAM template first.');
      return undefined;
    }
    await this.store.ready;
    const catalog = this.store.catalog;
    const index = this.store.index;
    const types = resourceTypesIn(document.getText().slice(0, SCAN_MAX_CHARS), catalog);
    const missing = types.filter((t) => index.lookupEntry(t.entryId).length === 0);
    const name = baseName(document.uri);
    if (missing.length === 0) {
      void vscode.window.showInformationMessage(
        types.length === 0 ? `AWS Notes: ${name} names no AWS resource type.` : `AWS Notes: every resource type in ${name} has notes (${types.length} ${types.length === 1 ? 'type' : 'types'}).`,
      );
      return undefined;
    }
    const items: EntryPickItem[] = missing.map(({ type, entryId }) => {
      const entry = catalog.get(entryId);
      return { label: type, description: entry?.name, detail: catalog.resourceType(type)?.description || undefined, entryId, resourceType: type };
    });
    const picked = await this.prompts.pickEntry(items, `${missing.length} of ${types.length} resource types in ${name} have no notes: pick one to write a note on`);
    return picked?.resourceType ? this.run(picked.resourceType) : undefined;
  }

  private async newNote(argument: unknown): Promise<vscode.Uri | undefined> {
    const catalog = this.store.catalog;
    const template = activeTemplate(this.store);
    let subject: NoteSubject | undefined;
    if (argument === undefined || argument instanceof vscode.Uri) {
      subject = await this.pickSubject(template);
      if (!subject) return undefined;
    } else {
      subject = resolveNoteSubject(argument, catalog);
      if (!subject) {
        const shown = typeof argument === 'string' ? `"${argument.slice(0, 80)}"` : 'that';
        this.store.log.warn(`New Note: ${shown} is not a service, resource type or concept the catalog knows`);
        void vscode.window.showWarningMessage(`AWS Notes: ${shown} is not an AWS service, resource type or concept AWS Notes knows.`);
        return undefined;
      }
    }
    if (!this.store.isReady) await this.store.ready;

    const folders = getNotesSettings().notesFolders.filter((f) => f !== this.bundledNotes && !isInside(f, this.bundledNotes) && !isInside(this.bundledNotes, f));
    if (folders.length === 0 && getNotesSettings().notesFolders.length > 0) {
      return this.refuse('AWS Notes: your notes folders hold the notes that ship with AWS Notes, which are never edited; add a folder of your own with AWS Notes: Add Notes Folder….');
    }
    const existing = pickServiceNoteFile(subject.entry.id, this.store.index.sectionsFor(subject.entry.id), (file) => folders.some((f) => isInside(file, f)));
    if (existing && (await statOf(vscode.Uri.file(existing)))) return this.openExisting(vscode.Uri.file(existing), subject);

    const folder = folders.length > 0 ? await this.usableFolder(vscode.Uri.file(folders[0])) : await this.offerNotesFolder();
    if (!folder) return undefined;
    return this.createNote(folder, subject, template);
  }

  /** The quick pick of the palette: the services the active file names first, then every other one. */
  private async pickSubject(template: vscode.TextDocument | undefined): Promise<NoteSubject | undefined> {
    const catalog = this.store.catalog;
    const text = template?.getText().slice(0, SCAN_MAX_CHARS) ?? '';
    const inFile = entriesInOrder(text ? catalog.findMentions(text) : []).map((id) => catalog.get(id)).filter((e): e is CatalogEntry => e !== undefined);
    const item = (entry: CatalogEntry, types: string[]): EntryPickItem => ({
      label: entryLabel(entry),
      description: `${entry.name === entryLabel(entry) ? '' : `${entry.name} · `}${entry.category}${entry.kind === 'concept' ? ' · concept' : ''}`,
      detail: types.length > 0 ? types.join(', ') : undefined,
      entryId: entry.id,
    });
    const inFileIds = new Set(inFile.map((e) => e.id));
    const others = [...catalog.entries.values()].filter((e) => !inFileIds.has(e.id)).sort((a, b) => entryLabel(a).localeCompare(entryLabel(b)));
    const items: EntryPickItem[] = [];
    if (inFile.length > 0) {
      items.push({ label: `In ${baseName(template!.uri)}`, kind: vscode.QuickPickItemKind.Separator });
      items.push(...inFile.map((e) => item(e, resourceTypesOf(text, e.id, catalog))));
      items.push({ label: 'All services and concepts', kind: vscode.QuickPickItemKind.Separator });
    }
    items.push(...others.map((e) => item(e, [])));
    const picked = await this.prompts.pickEntry(items, 'Write a note on which AWS service or concept?');
    const entry = picked?.entryId ? catalog.get(picked.entryId) : undefined;
    return entry ? { entry } : undefined;
  }

  /** Opens the user's note and adds a heading for the resource type when it has none; never a second one. */
  private async openExisting(uri: vscode.Uri, subject: NoteSubject): Promise<vscode.Uri | undefined> {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    let cursor: vscode.Position | undefined;
    if (subject.resourceType) {
      const heading = headingFor(document.getText(), subject.resourceType);
      if (heading) {
        cursor = new vscode.Position(Math.min(document.lineCount - 1, heading.line + 1), 0);
      } else {
        const insertion = headingInsertion(document.getText(), subject.resourceType);
        if (insertion) {
          const applied = await editor.edit((edit) => edit.insert(document.positionAt(insertion.offset), insertion.insert));
          if (!applied) throw new Error(`${uri.fsPath} could not be edited (is it read-only?)`);
          cursor = document.positionAt(insertion.cursorOffset);
          this.store.log.info(`New Note: added a ${subject.resourceType} heading to ${uri.fsPath}`);
        }
      }
    }
    cursor ??= document.lineAt(document.lineCount - 1).range.end;
    placeCursor(editor, cursor);
    this.store.log.info(`New Note: opened ${uri.fsPath}, your note on ${subject.entry.name}`);
    return uri;
  }

  /**
   * Writes a new note into `folder`, named after the service; a name taken by
   * an unrelated file moves on to `-2`, `-3`…, and a file of that name that is
   * already the user's note on the service is opened instead.
   */
  private async createNote(folder: vscode.Uri, subject: NoteSubject, template: vscode.TextDocument | undefined): Promise<vscode.Uri | undefined> {
    const catalog = this.store.catalog;
    const resourceTypes = template ? resourceTypesOf(template.getText().slice(0, SCAN_MAX_CHARS), subject.entry.id, catalog) : [];
    if (subject.resourceType && !resourceTypes.includes(subject.resourceType)) resourceTypes.unshift(subject.resourceType);
    const templateText = await this.readTemplate();
    const note = expandNoteTemplate(templateText, { service: subject.entry.name, category: subject.entry.category, resourceTypes, date: localDate(new Date()) }, subject.resourceType);
    const bytes = new TextEncoder().encode(note.text);
    const entriesNamedIn = (text: string) => catalog.findMentions(text).map((m) => m.entryId);

    for (const name of candidateFileNames(noteFileStem(subject.entry))) {
      const problem = fileNameProblem(name);
      if (problem) return this.refuse(`AWS Notes: cannot name a note "${name}": ${problem}.`);
      const target = vscode.Uri.joinPath(folder, name);
      const taken = await readIfExists(target);
      if (taken !== undefined) {
        if (headingsAreAbout(taken, subject.entry.id, entriesNamedIn)) return this.openExisting(target, subject);
        this.store.log.info(`New Note: ${target.fsPath} is taken by a note on something else; trying the next name`);
        continue;
      }
      const outcome = await createOnly(target, bytes);
      if (outcome === 'exists') {
        // Created by someone else between the check and the write: look at it again, never overwrite it.
        const now = await readIfExists(target);
        if (now !== undefined && headingsAreAbout(now, subject.entry.id, entriesNamedIn)) return this.openExisting(target, subject);
        continue;
      }
      if (outcome !== 'created') return this.refuse(`AWS Notes: could not create ${target.fsPath}: ${outcome}. Nothing was written.`);
      this.store.log.info(`New Note: created ${target.fsPath} for ${subject.entry.name}`);
      const document = await vscode.workspace.openTextDocument(target);
      // The cursor is placed as the editor opens, so a person typing at once types where the note expects.
      const cursor = document.positionAt(note.cursorOffset);
      // Not set again after: what was typed since the editor opened would be split by a cursor jumping back.
      await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(cursor, cursor) });
      return target;
    }
    return this.refuse(`AWS Notes: every name from ${candidateFileNames(noteFileStem(subject.entry))[0]} on is taken in ${folder.fsPath}; rename a file or pick another notes folder.`);
  }

  /** The first notes folder, when it can take a new file; otherwise says why (and offers to create a missing one). */
  private async usableFolder(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    const stat = await statOf(folder);
    if (stat === undefined) {
      const choice = await this.prompts.offer(`AWS Notes: your notes folder ${folder.fsPath} does not exist. Create it?`, OfferChoices.createMissing);
      if (choice !== OfferChoices.createMissing) return undefined;
      try {
        await vscode.workspace.fs.createDirectory(folder);
      } catch (error) {
        return this.refuse(`AWS Notes: could not create the notes folder ${folder.fsPath}: ${errorText(error)}.`);
      }
      return folder;
    }
    if (!(stat.type & vscode.FileType.Directory)) return this.refuse(`AWS Notes: the notes folder ${folder.fsPath} is a file, not a folder. Change awsNotes.notesFolders.`);
    if (vscode.workspace.fs.isWritableFileSystem(folder.scheme) === false || (stat.permissions ?? 0) & vscode.FilePermission.Readonly) {
      return this.refuse(`AWS Notes: the notes folder ${folder.fsPath} is read-only; new notes cannot be written there.`);
    }
    return folder;
  }

  /**
   * No notes folder yet: offers to create `aws-notes/` in a workspace folder on
   * this computer (asking which one in a multi-root workspace), or to pick a
   * folder, and adds it to `awsNotes.notesFolders`.
   */
  private async offerNotesFolder(): Promise<vscode.Uri | undefined> {
    const all = vscode.workspace.workspaceFolders ?? [];
    const local = all.filter((f) => f.uri.scheme === 'file');
    const virtual = all.filter((f) => f.uri.scheme !== 'file');
    // The index reads notes folders on this computer (or the remote's disk); a virtual folder cannot be one.
    const note = virtual.length > 0 && local.length === 0 ? ` (${virtual[0].name} is on a virtual file system, which AWS Notes cannot index)` : '';
    const message =
      local.length > 0
        ? `AWS Notes: you have no notes folder yet. Create ${DEFAULT_NOTES_FOLDER}/ in ${local.length === 1 ? local[0].name : 'a workspace folder'} for your notes, or choose a folder?`
        : `AWS Notes: you have no notes folder yet${note}. Choose a folder on this computer for your notes?`;
    const choice = local.length > 0 ? await this.prompts.offer(message, OfferChoices.create, OfferChoices.choose) : await this.prompts.offer(message, OfferChoices.choose);
    let folder: vscode.Uri | undefined;
    if (choice === OfferChoices.create) {
      const workspaceFolder = local.length === 1 ? local[0] : await this.prompts.pickWorkspaceFolder(local);
      if (!workspaceFolder) return undefined;
      folder = vscode.Uri.joinPath(workspaceFolder.uri, DEFAULT_NOTES_FOLDER);
      const stat = await statOf(folder);
      if (stat && !(stat.type & vscode.FileType.Directory)) return this.refuse(`AWS Notes: ${folder.fsPath} exists and is a file; choose another folder.`);
      try {
        if (!stat) await vscode.workspace.fs.createDirectory(folder);
      } catch (error) {
        return this.refuse(`AWS Notes: could not create ${folder.fsPath}: ${errorText(error)}.`);
      }
    } else if (choice === OfferChoices.choose) {
      folder = await this.prompts.pickFolder();
      if (folder && folder.scheme !== 'file') return this.refuse(`AWS Notes: ${folder.toString(true)} is on a virtual file system, which AWS Notes cannot index; choose a folder on this computer.`);
    }
    if (!folder) return undefined;
    const usable = await this.usableFolder(folder);
    if (!usable) return undefined;
    await addToNotesFolders(this.store, usable);
    return usable;
  }

  /** The user's template (`awsNotes.newNote.template`), or the built-in one when unset or unreadable (said in the log and a warning). */
  private async readTemplate(): Promise<string> {
    const configured = vscode.workspace.getConfiguration(Settings.section).get<unknown>(Settings.newNoteTemplate);
    if (typeof configured !== 'string' || !configured.trim()) return DEFAULT_NOTE_TEMPLATE;
    const uri = templateUri(configured.trim());
    const fail = (why: string) => {
      this.store.log.warn(`New Note: the template ${configured} ${why}; using the built-in template`);
      void vscode.window.showWarningMessage(`AWS Notes: the new-note template ${configured} ${why}; the built-in template was used.`);
      return DEFAULT_NOTE_TEMPLATE;
    };
    if (!uri) return fail('is a relative path and no workspace folder is open');
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > TEMPLATE_MAX_BYTES) return fail(`is larger than ${TEMPLATE_MAX_BYTES / 1024} KB`);
      if (bytes.includes(0)) return fail('is not a text file');
      const text = new TextDecoder('utf-8').decode(bytes);
      return text.trim() ? text : fail('is empty');
    } catch (error) {
      return fail(`could not be read (${errorText(error)})`);
    }
  }

  private refuse(message: string): undefined {
    this.store.log.warn(message.replace(/^AWS Notes: /, 'New Note: '));
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}

/**
 * Registers "New Note…", the tree's inline "Add Note" and "Show Resources
 * Without Notes". Cheap: nothing reads the catalog until a command runs.
 */
export function registerNewNote(context: vscode.ExtensionContext, store: NotesStore): NewNoteCommand {
  const command = new NewNoteCommand(store, context.extensionPath);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newNote, (argument?: unknown) => command.run(argument)),
    vscode.commands.registerCommand(Commands.addNoteForService, (argument?: unknown) => command.run(argument)),
    vscode.commands.registerCommand(Commands.showResourcesWithoutNotes, () => command.showResourcesWithoutNotes()),
  );
  return command;
}

/** The document the user is working on, when it is not itself a notes file: its resource types go into a new note. */
function activeTemplate(store: NotesStore): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme === 'output') return undefined;
  if (store.index.hasFile(document.uri.fsPath) || store.index.hasFile(document.uri.toString())) return undefined;
  return document;
}

function templateUri(configured: string): vscode.Uri | undefined {
  const home = process.env.HOME ?? process.env.USERPROFILE;
  const expanded = configured.startsWith('~/') && home ? `${home}${configured.slice(1)}` : configured;
  if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(expanded)) return vscode.Uri.file(expanded);
  const base = vscode.workspace.workspaceFolders?.[0];
  return base ? vscode.Uri.joinPath(base.uri, ...expanded.split(/[\\/]/)) : undefined;
}

function placeCursor(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
