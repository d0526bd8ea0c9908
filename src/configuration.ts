import * as vscode from 'vscode';
import * as path from 'node:path';
import { Settings } from './ids';

/** How a section opens from the tree, hover or search. */
export type OpenIn = 'preview' | 'source';

/** The notes-related settings, read fresh each time (they may change at any moment). */
export interface NotesSettings {
  /** Absolute folder paths, already resolved against workspace folders. */
  notesFolders: string[];
  /** Relative folder entries that could not be resolved (no workspace folder is open). */
  unresolvedFolders: string[];
  include: string[];
  exclude: string[];
  includeBundledNotes: boolean;
  maxFileBytes: number;
}

function config(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(Settings.section, scope);
}

/** `awsNotes.openIn`. */
export function getOpenIn(): OpenIn {
  return config().get<OpenIn>(Settings.openIn) === 'source' ? 'source' : 'preview';
}

/**
 * The notes settings. `notesFolders` is resource-scoped, so in a multi-root
 * workspace each folder's own value is read and resolved against that folder.
 */
export function getNotesSettings(): NotesSettings {
  const folders = new Set<string>();
  const unresolved: string[] = [];
  const addFrom = (entries: unknown, base: string | undefined) => {
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      if (typeof entry !== 'string' || !entry.trim()) continue;
      const resolved = resolveFolder(entry.trim(), base);
      if (resolved) folders.add(resolved);
      else unresolved.push(entry);
    }
  };
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  if (workspaceFolders.length === 0) addFrom(config().get(Settings.notesFolders), undefined);
  for (const folder of workspaceFolders) {
    addFrom(config(folder.uri).get(Settings.notesFolders), folder.uri.scheme === 'file' ? folder.uri.fsPath : undefined);
  }
  const maxMB = config().get<number>(Settings.maxFileSizeMB, 5);
  return {
    notesFolders: [...folders],
    unresolvedFolders: unresolved,
    include: stringArray(config().get(Settings.include), ['**/*.{md,markdown,txt}']),
    exclude: stringArray(config().get(Settings.exclude), []),
    includeBundledNotes: config().get<boolean>(Settings.includeBundledNotes, true),
    maxFileBytes: Math.max(0.01, Number.isFinite(maxMB) ? maxMB : 5) * 1024 * 1024,
  };
}

/** True when a configuration change touches any setting that decides what is indexed. */
export function affectsNotes(event: vscode.ConfigurationChangeEvent): boolean {
  return [Settings.notesFolders, Settings.include, Settings.exclude, Settings.includeBundledNotes, Settings.maxFileSizeMB].some((key) =>
    event.affectsConfiguration(`${Settings.section}.${key}`),
  );
}

function resolveFolder(entry: string, base: string | undefined): string | undefined {
  const expanded = entry.startsWith('~/') && process.env.HOME ? `${process.env.HOME}${entry.slice(1)}` : entry;
  if (path.isAbsolute(expanded)) return path.normalize(expanded);
  return base ? path.resolve(base, expanded) : undefined;
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : fallback;
}
