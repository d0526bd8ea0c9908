import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands, Settings } from './ids';
import type { NotesLoader } from './notes-loader';
import type { NotesStore } from './notes-store';

/**
 * The index-management commands: rebuild, add a notes folder, show the log.
 * (Opening, searching and tree commands live with their features.)
 */
export function registerIndexCommands(context: vscode.ExtensionContext, store: NotesStore, loader: NotesLoader): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.rebuildIndex, async () => {
      await loader.rebuild('rebuild requested', { force: true });
      const stats = store.index.stats();
      void vscode.window.showInformationMessage(`AWS Notes: indexed ${stats.sections} sections from ${stats.files} files.`);
    }),
    vscode.commands.registerCommand(Commands.addNotesFolder, (folder?: vscode.Uri) => addNotesFolder(store, folder)),
    vscode.commands.registerCommand(Commands.showOutput, () => store.log.show(true)),
  );
}

/**
 * Adds a folder to `awsNotes.notesFolders`. Inside a workspace folder the entry
 * is stored relative to it (so the setting travels with the repository);
 * otherwise it is stored as an absolute path in the user settings.
 */
async function addNotesFolder(store: NotesStore, preset?: vscode.Uri): Promise<void> {
  const picked =
    preset instanceof vscode.Uri
      ? [preset]
      : await vscode.window.showOpenDialog({
          canSelectFolders: true,
          canSelectFiles: false,
          canSelectMany: false,
          openLabel: 'Add Notes Folder',
          title: 'AWS Notes: choose a folder of Markdown or text notes',
        });
  const uri = picked?.[0];
  if (!uri) return;
  if (!(await addToNotesFolders(store, uri))) void vscode.window.showInformationMessage(`AWS Notes: "${uri.fsPath}" is already a notes folder.`);
}

/**
 * Adds `uri` to `awsNotes.notesFolders`; answers false when it is already
 * there. Shared with "New Note", which offers to create a notes folder.
 */
export async function addToNotesFolders(store: NotesStore, uri: vscode.Uri): Promise<boolean> {
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
  const config = vscode.workspace.getConfiguration(Settings.section, workspaceFolder?.uri);
  const entry = workspaceFolder ? path.relative(workspaceFolder.uri.fsPath, uri.fsPath) || '.' : uri.fsPath;
  const target = workspaceFolder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>(Settings.notesFolders);
  const current = (workspaceFolder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? [];
  if (current.includes(entry)) return false;
  await config.update(Settings.notesFolders, [...current, entry], target);
  store.log.info(`Added notes folder ${uri.fsPath}`);
  return true;
}
