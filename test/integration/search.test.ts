/**
 * The quick-pick search in a real VS Code: the commands open the quick pick
 * with the right query, Enter opens the top hit through `awsNotes.openSection`,
 * and "Search Notes for Selection" turns the resource type under the cursor
 * into a service filter.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { getExtension, openFixture, positionOf, waitFor } from './helpers';

describe('Search quick pick', () => {
  let api: AwsNotesApi;
  const settings = () => vscode.workspace.getConfiguration('awsNotes');
  let previousOpenIn: string | undefined;

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
    // Opening in the source file makes the outcome observable as the active editor.
    previousOpenIn = settings().inspect<string>('openIn')?.globalValue;
    await settings().update('openIn', 'source', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await settings().update('openIn', previousOpenIn, vscode.ConfigurationTarget.Global);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** Runs a search command, presses Enter on the first item, and returns the editor it opens. */
  async function acceptFirstResult(run: () => Thenable<unknown>): Promise<vscode.TextEditor> {
    const before = vscode.window.activeTextEditor?.document.uri.fsPath;
    await run();
    // The quick pick fills its items synchronously; give the renderer a moment to show them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return waitFor(() => {
      const editor = vscode.window.activeTextEditor;
      return editor && editor.document.uri.fsPath !== before && editor.document.uri.fsPath.includes(`${path.sep}notes${path.sep}`) ? editor : undefined;
    }, 'a notes file to open from the search');
  }

  it('opens the top hit of a typo-ridden query at its section', async () => {
    const [expected] = api.search('placment gorup', 1);
    assert.ok(expected, 'the API finds the placement group section');
    assert.match(expected.title, /placement group/i);
    const editor = await acceptFirstResult(() => vscode.commands.executeCommand('awsNotes.search', 'placment gorup'));
    assert.equal(editor.document.uri.fsPath, expected.file);
    assert.equal(editor.selection.start.line, expected.line);
  });

  it('searches the resource type under the cursor as a service filter', async () => {
    const template = await openFixture('templates/web-app.yaml');
    const type = 'AWS::DynamoDB::Table';
    // The cursor inside "DynamoDB" of the resource type.
    const at = positionOf(template.document, type, 7);
    template.selection = new vscode.Selection(at, at);
    const lookedUp = api.lookup(type);
    assert.ok(lookedUp.length > 0, `the notes have sections about ${type}`);

    const editor = await acceptFirstResult(() => vscode.commands.executeCommand('awsNotes.searchSelection'));
    const section = lookedUp.find((s) => s.file === editor.document.uri.fsPath && s.line === editor.selection.start.line);
    assert.ok(section, `the opened section (${editor.document.uri.fsPath}:${editor.selection.start.line}) is one of the notes about ${type}`);
  });

  it('keeps the public API search and the quick pick on the same ranking', () => {
    const hits = api.search('ddb', 5);
    assert.ok(hits.length > 0);
    assert.ok(hits.some((s) => s.services.includes('dynamodb')), hits.map((s) => s.title).join(' | '));
  });
});
