/**
 * `awsNotes.openSection` in a real VS Code: the source mode lands on the
 * section's line, the preview mode shows the section in one reused webview.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AwsNoteSection, AwsNotesApi } from '../../src/api';
import type { SectionOpener } from '../../src/open-section';
import { getExtension, waitFor } from './helpers';

/** What `activate()` exposes for integration tests besides the public API. */
interface Internals {
  sectionOpener?: SectionOpener;
}

async function activate(): Promise<AwsNotesApi & { internals?: Internals }> {
  const exports = (await getExtension().activate()) as AwsNotesApi & { internals?: Internals };
  await exports.ready;
  return exports;
}

async function setOpenIn(value: 'preview' | 'source' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('awsNotes').update('openIn', value, vscode.ConfigurationTarget.Global);
}

/** Every open tab that shows the note preview webview. */
function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('awsNotes.preview'));
}

describe('Opening a note section', () => {
  let api: AwsNotesApi & { internals?: Internals };
  let s3: AwsNoteSection;
  let dynamo: AwsNoteSection;

  before(async () => {
    api = await activate();
    s3 = api.lookup('AWS::S3::Bucket')[0];
    dynamo = api.lookup('AWS::DynamoDB::Table')[0];
    assert.ok(s3 && dynamo, 'the bundled notes cover S3 and DynamoDB');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await setOpenIn(undefined);
  });

  it('in source mode, opens the notes file with the section selected from its first line', async () => {
    await setOpenIn('source');
    const opened = await vscode.commands.executeCommand<boolean>('awsNotes.openSection', s3.id);
    assert.equal(opened, true);
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.fsPath === s3.file ? active : undefined;
    }, `the notes file ${s3.file} in the active editor`);
    assert.equal(editor.selection.start.line, s3.line);
    assert.ok(editor.selection.end.line >= s3.line);
    assert.ok(editor.visibleRanges.some((range) => range.contains(new vscode.Position(s3.line, 0))), 'the section is on screen');
  });

  it('in preview mode, shows the section title in one webview that is reused', async () => {
    await setOpenIn('preview');
    await vscode.commands.executeCommand('awsNotes.openSection', s3.id);
    const first = await waitFor(() => previewTabs().find((tab) => tab.label === s3.title), `a preview tab titled "${s3.title}"`);
    assert.ok(first.isActive);

    // A NoteSection-like object works as well as an id.
    await vscode.commands.executeCommand('awsNotes.openSection', { id: dynamo.id });
    await waitFor(() => previewTabs().find((tab) => tab.label === dynamo.title), `the preview retitled "${dynamo.title}"`);
    assert.equal(previewTabs().length, 1, 'one preview panel, reused');

    const panel = api.internals?.sectionOpener?.preview.webviewPanel;
    assert.ok(panel, 'the preview panel is open');
    {
      const html = panel.webview.html;
      assert.ok(html.includes(`<h1>${dynamo.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</h1>`), 'the HTML heads with the section title');
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src [^;]+; script-src 'nonce-[A-Za-z0-9]+'; img-src [^;"]+"/);
      assert.ok(html.includes('command:awsNotes.openSection?'), 'an "Open in notes file" link');
      assert.ok(!/<script/i.test(html), 'no script in the preview');
    }
  });

  it('after a reload, a restored preview shows the section it showed before', async () => {
    await setOpenIn('preview');
    await vscode.commands.executeCommand('awsNotes.openSection', dynamo.id);
    await waitFor(() => previewTabs().find((tab) => tab.label === dynamo.title), `a preview titled "${dynamo.title}"`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => previewTabs().length === 0 || undefined, 'the preview closed');
    // What VS Code does on reload: it creates an empty panel of our type and hands it to our serializer.
    const preview = api.internals!.sectionOpener!.preview;
    const restored = vscode.window.createWebviewPanel('awsNotes.preview', 'AWS Notes', vscode.ViewColumn.Active, {});
    await preview.restore(restored);
    assert.equal(preview.webviewPanel, restored, 'the restored panel is the one reused from now on');
    assert.equal(restored.title, dynamo.title);
    assert.ok(restored.webview.html.includes('command:awsNotes.openSection?'), 'rendered, with its "Open in notes file" link');
    assert.equal(restored.webview.options.enableScripts, false, 'still no script');
    await vscode.commands.executeCommand('awsNotes.openSection', s3.id);
    await waitFor(() => previewTabs().find((tab) => tab.label === s3.title), `the restored preview retitled "${s3.title}"`);
    assert.equal(previewTabs().length, 1, 'one preview panel, reused');
  });

  it('the preview\'s "Open in notes file" link opens the source even in preview mode', async () => {
    await setOpenIn('preview');
    await vscode.commands.executeCommand('awsNotes.openSection', dynamo.id, { openIn: 'source' });
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.fsPath === dynamo.file ? active : undefined;
    }, 'the notes file');
    assert.equal(editor.selection.start.line, dynamo.line);
  });

  it('opens to the side in the next editor group', async () => {
    await setOpenIn('source');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const untitled = await vscode.workspace.openTextDocument({ content: 'AWS::S3::Bucket' });
    await vscode.window.showTextDocument(untitled, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('awsNotes.openSectionToSide', s3.id);
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.fsPath === s3.file ? active : undefined;
    }, 'the notes file beside');
    assert.equal(editor.viewColumn, vscode.ViewColumn.Two);
  });

  it('keeps a preview opened to the side beside the editor when the next section opens', async () => {
    await setOpenIn('preview');
    const untitled = await vscode.workspace.openTextDocument({ content: 'AWS::S3::Bucket' });
    await vscode.window.showTextDocument(untitled, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('awsNotes.openSectionToSide', s3.id);
    await waitFor(() => previewTabs().find((tab) => tab.group.viewColumn === vscode.ViewColumn.Two), 'the preview in the second group');
    // The user goes back to the editor, then opens another section (from the hover, search or tree).
    await vscode.window.showTextDocument(untitled, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('awsNotes.openSection', dynamo.id);
    const tab = await waitFor(() => previewTabs().find((t) => t.label === dynamo.title), `the preview retitled "${dynamo.title}"`);
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two, 'the preview stays beside the editor');
    assert.equal(previewTabs().length, 1);
  });

  it('answers false, without throwing, for an id that is not in the index', async () => {
    const opened = await vscode.commands.executeCommand<boolean>('awsNotes.openSection', 'no-such-file.md#nothing');
    assert.equal(opened, false);
  });
});
