/**
 * Shared helpers for integration suites: they run in the extension host with
 * the fixture workspace (`test/fixtures/workspace/`) open.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** `publisher.name` from package.json. */
export const extensionId = 'aws-notes.aws-notes';

/** The only commands a hover may trust and link to: written out here, not imported, so a test fails if the extension's list grows. */
export const HOVER_TRUSTED_COMMANDS: readonly string[] = ['awsNotes.newNote', 'awsNotes.openSection', 'awsNotes.search', 'awsNotes.showInSidebar'];

/** The extension under test; fails the test when VS Code did not load it. */
export function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `extension ${extensionId} is not loaded in this VS Code`);
  return extension;
}

/** The fixture workspace folder the host was opened on. */
export function fixtureWorkspace(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the harness opens test/fixtures/workspace)');
  return folder;
}

/** URI of a file in the fixture workspace, e.g. `templates/web-app.yaml`. */
export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(fixtureWorkspace().uri, ...relativePath.split('/'));
}

/** Opens a fixture file in an editor and returns the editor. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Position of the first occurrence of `text` in the document (fails the test if absent). */
export function positionOf(document: vscode.TextDocument, text: string, offsetInText = 0): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" not found in ${document.uri.path}`);
  return document.positionAt(index + offsetInText);
}

/**
 * Polls `probe` until it returns a truthy value or the time is up; for state
 * that VS Code updates asynchronously (activation, providers, views).
 */
export async function waitFor<T>(probe: () => T | Promise<T>, description: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
