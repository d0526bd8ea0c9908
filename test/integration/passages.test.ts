/**
 * Passages in a real VS Code: the Topics tree expands a chapter to its
 * passages, opening a passage selects its lines in the notes file or marks it
 * in the preview, and the hover lists passages, the passage about a resource
 * type first.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNoteSection, AwsNotesApi } from '../../src/api';
import type { SectionOpener } from '../../src/open-section';
import type { TopicTree } from '../../src/topic-tree';
import type { CategoryNode, EntryNode, SectionNode } from '../../src/core/tree-model';
import { fixtureUri, getExtension, positionOf, waitFor } from './helpers';

interface Internals {
  topicTree: TopicTree;
  sectionOpener: SectionOpener;
}

const config = () => vscode.workspace.getConfiguration('awsNotes');

/** Our hover's Markdown at a position, or undefined. */
async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && content.value.includes('command:awsNotes.openSection')) return content.value;
    }
  }
  return undefined;
}

/** The section ids a hover links to, in order. */
function linkedIds(markdown: string): string[] {
  return [...markdown.matchAll(/\(command:awsNotes\.openSection\?([^ )]+)/g)].map((m) => (JSON.parse(decodeURIComponent(m[1])) as string[])[0]);
}

describe('Passages', function () {
  this.timeout(60_000);
  let api: AwsNotesApi & { internals: Internals };
  let versioning: AwsNoteSection;

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi & { internals: Internals };
    await api.ready;
    const [first] = api.search('s3 versioning', 1);
    assert.ok(first, 'a hit for "s3 versioning"');
    versioning = first;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await config().update('openIn', undefined, vscode.ConfigurationTarget.Global);
  });

  it('finds the versioning passage of the S3 chapter for "s3 versioning", not the chapter', () => {
    assert.equal(versioning.title, 'Versioning');
    assert.ok(versioning.parentId, 'a passage');
    assert.deepEqual(versioning.breadcrumb.slice(-1), ['S3']);
    assert.match(versioning.snippet, /version/i);
    assert.equal(api.search('s3', 1)[0]?.title, 'S3', 'the whole-service query still gets the chapter');
  });

  it('expands the S3 chapter to its passages in the Topics tree, and a passage opens itself', async () => {
    const tree = api.internals.topicTree;
    await tree.setGroupBy('service');
    const storage = (await tree.getChildren()).find((r): r is CategoryNode => r.kind === 'category' && r.name === 'Storage');
    assert.ok(storage);
    const s3 = ((await tree.getChildren(storage)) as EntryNode[]).find((e) => e.entry.id === 's3');
    assert.ok(s3);
    const chapter = (await tree.getChildren(s3)).find((c): c is SectionNode => c.kind === 'section' && c.section.id === versioning.parentId);
    assert.ok(chapter, 'the S3 chapter is listed under S3');
    assert.equal(tree.getTreeItem(chapter).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'it can be expanded');
    const passages = (await tree.getChildren(chapter)) as SectionNode[];
    assert.deepEqual(passages.slice(0, 2).map((p) => p.section.title), ['Versioning', 'Amazon S3 – Replication']);
    const item = tree.getTreeItem(passages[0]);
    assert.equal(item.label, 'Versioning');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.equal(item.command?.command, 'awsNotes.openSection');
    assert.equal(item.command?.arguments?.[0], versioning.id);
    // Revealing the passage (as opening it from search does) lands inside its chapter.
    assert.equal(await tree.revealSection(versioning.id, { select: true, focus: false, expand: false }), true);
  });

  it('opens a passage in the notes file with exactly its lines selected', async () => {
    await config().update('openIn', 'source', vscode.ConfigurationTarget.Global);
    assert.equal(await vscode.commands.executeCommand<boolean>('awsNotes.openSection', versioning.id), true);
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.fsPath === versioning.file ? active : undefined;
    }, 'the notes file in the active editor');
    assert.equal(editor.selection.start.line, versioning.line);
    assert.equal(editor.selection.end.line, versioning.endLine);
    assert.equal(editor.document.lineAt(versioning.line).text.trim(), '__Versioning__');
    assert.ok(!editor.document.getText(editor.selection).includes('Replication__'), 'only the passage, not the next one');
  });

  it('opens a passage in the preview inside its chapter, marked, with the text before it folded', async () => {
    await config().update('openIn', 'preview', vscode.ConfigurationTarget.Global);
    assert.equal(await vscode.commands.executeCommand<boolean>('awsNotes.openSection', versioning.id), true);
    const preview = api.internals.sectionOpener.preview;
    await waitFor(() => preview.section?.id === versioning.id, 'the preview showing the passage');
    const html = preview.webviewPanel!.webview.html;
    assert.match(html, /<h1>Versioning<\/h1>/);
    assert.match(html, /<details class="earlier"><summary>S3: introduction<\/summary>/);
    assert.match(html, /<section class="passage current" aria-current="true" id="passage">[\s\S]*version your files/);
    assert.ok(html.indexOf('passage current') < html.indexOf('Replication'), 'the passages after it follow');
  });

  it('lists passages in the hover over a concept in an architecture doc', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('docs/architecture.md'));
    const markdown = await waitFor(() => hoverMarkdown(document.uri, positionOf(document, 'cluster placement group', 10)), 'our hover');
    assert.match(markdown, /\*\*\[Cluster Placement Group\]\(command:awsNotes\.openSection/, 'a passage title');
    assert.ok(linkedIds(markdown).length >= 3, markdown);
    assert.match(markdown, /› Difference Between/, 'with its chapter beside the file name');
  });

  describe('with a user notes folder', () => {
    let folder: string;

    before(async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-passages-'));
      const source = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'user-notes', 'compute-notes.md');
      fs.copyFileSync(source, path.join(folder, 'compute-notes.md'));
      await config().update('notesFolders', [folder], vscode.ConfigurationTarget.Global);
      await waitFor(() => api.lookup('AWS::EC2::KeyPair').some((s) => s.origin === 'user'), 'the user notes indexed', 20_000);
    });

    after(async () => {
      await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('puts the passage about key pairs first in the hover over AWS::EC2::KeyPair, and layers for a layer version', async () => {
      const template = await vscode.workspace.openTextDocument({
        language: 'yaml',
        content: 'Resources:\n  Key:\n    Type: AWS::EC2::KeyPair\n    Properties:\n      KeyName: ops\n  Libs:\n    Type: AWS::Lambda::LayerVersion\n',
      });
      const keyHover = await waitFor(() => hoverMarkdown(template.uri, positionOf(template, 'AWS::EC2::KeyPair', 12)), 'the KeyPair hover');
      assert.match(keyHover, /^\*\*[^*\n]*EC2[^*\n]*\*\*/, 'the EC2 header');
      const keyFirst = /\*\*\[([^\]]+)\]\(command:awsNotes\.openSection/.exec(keyHover)?.[1];
      assert.equal(keyFirst, 'Key pairs');
      assert.match(keyHover, /compute\\-notes\\\.md › EC2 · your notes/);
      const layerHover = await waitFor(() => hoverMarkdown(template.uri, positionOf(template, 'AWS::Lambda::LayerVersion', 12)), 'the LayerVersion hover');
      assert.equal(/\*\*\[([^\]]+)\]\(command:awsNotes\.openSection/.exec(layerHover)?.[1], 'Layers');
    });
  });
});
