import * as vscode from 'vscode';

/**
 * Writing into the user's notes folders through `vscode.workspace.fs` (so remote and
 * virtual file systems work too), never replacing or truncating a file.
 */

/**
 * Writes `bytes` to `target` only if no file is there: written next to it
 * under a temporary name, then renamed without overwrite, so an existing file
 * (even one created a moment ago by another tool) is never replaced or truncated.
 */
export async function createOnly(target: vscode.Uri, bytes: Uint8Array): Promise<'created' | 'exists' | string> {
  const folder = vscode.Uri.joinPath(target, '..');
  const temporary = vscode.Uri.joinPath(folder, `.aws-notes-new-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(temporary, bytes);
  } catch (error) {
    return describeWriteError(error, folder);
  }
  try {
    await vscode.workspace.fs.rename(temporary, target, { overwrite: false });
    return 'created';
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileExists') return 'exists';
    return describeWriteError(error, folder);
  } finally {
    await vscode.workspace.fs.delete(temporary, { useTrash: false }).then(undefined, () => undefined);
  }
}

function describeWriteError(error: unknown, folder: vscode.Uri): string {
  if (error instanceof vscode.FileSystemError) {
    if (error.code === 'NoPermissions') return `the folder ${folder.fsPath} is read-only or not yours to write (${errorText(error)})`;
    if (error.code === 'FileNotFound') return `the folder ${folder.fsPath} does not exist`;
    if (error.code === 'Unavailable') return `the file system is unavailable (${errorText(error)})`;
  }
  return `the file system refused it (${errorText(error)})`;
}

export async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** The file's text when a file is there (an open editor's text wins: it may hold unsaved words), else undefined. */
export async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const stat = await statOf(uri);
  if (!stat) return undefined;
  if (!(stat.type & vscode.FileType.File)) return '';
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // Unreadable: not ours to open as "the note", and never to replace.
    return '';
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
