import * as vscode from 'vscode';
import type { AwsNotesApi } from './api';
import { registerIndexCommands } from './commands';
import { registerHoverProvider } from './hover-provider';
import { IndexSnapshots } from './index-snapshots';
import { registerNewNote } from './new-note';
import { NotesLoader } from './notes-loader';
import { NotesStore } from './notes-store';
import { registerOpenSection } from './open-section';
import { createPublicApi } from './public-api';
import { registerSearch } from './search-quick-pick';
import { registerStudy } from './study';
import { registerTopicTree } from './topic-tree';

/**
 * Wires the features together. Every registration here is cheap; the catalog,
 * the index and the search engine are built after activation returns.
 */
export function activate(context: vscode.ExtensionContext): AwsNotesApi {
  const log = vscode.window.createOutputChannel('AWS Notes', { log: true });
  const store = new NotesStore(log);
  context.subscriptions.push(log, store);

  const tree = registerTopicTree(context, store);
  const sectionOpener = registerOpenSection(context, store, tree);
  registerHoverProvider(context, store);
  const search = registerSearch(context, store);
  const snapshots = new IndexSnapshots(context.globalStorageUri, context.extensionPath, store, search.completeEngine);
  const loader = new NotesLoader(context.extensionPath, store, snapshots);
  context.subscriptions.push(snapshots, loader);
  registerIndexCommands(context, store, loader);
  const newNote = registerNewNote(context, store);
  const study = registerStudy(context, store);

  loader.start();
  const api = createPublicApi(store, search.search, study);
  // Integration tests reach the real providers; nothing else ever sees them.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return api;
  // A log output channel writes to `<logUri>/<channel name>.log`; tests read it to check what users are told.
  const internals = { topicTree: tree, sectionOpener, newNote, store, loader, snapshots, study, globalStorageUri: context.globalStorageUri, logFile: vscode.Uri.joinPath(context.logUri, 'AWS Notes.log').fsPath };
  return Object.assign(api, { internals });
}

export function deactivate(): void {
  // Every disposable is in context.subscriptions.
}
