/**
 * The Topics view through its real provider, in a real VS Code: categories,
 * S3 under Storage, counts that agree with the public API, the file outline,
 * "In this file" for an open template, and Show in Sidebar.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import type { TopicTree } from '../../src/topic-tree';
import type { CategoryNode, EntryNode, FileNode, SectionNode, TreeNode } from '../../src/core/tree-model';
import { getExtension, openFixture, waitFor } from './helpers';

/** What `activate()` exposes for integration tests besides the public API. */
interface Internals {
  topicTree: TopicTree;
}

async function activate(): Promise<{ api: AwsNotesApi; tree: TopicTree }> {
  const extension = getExtension();
  const exports = (await extension.activate()) as AwsNotesApi & { internals?: Internals };
  await exports.ready;
  assert.ok(exports.internals?.topicTree, 'activate() returns internals.topicTree for tests');
  return { api: exports, tree: exports.internals.topicTree };
}

async function descendants(tree: TopicTree, node: TreeNode): Promise<TreeNode[]> {
  const children = await tree.getChildren(node);
  const all: TreeNode[] = [];
  for (const child of children) all.push(child, ...(await descendants(tree, child)));
  return all;
}

describe('Topics view', () => {
  let api: AwsNotesApi;
  let tree: TopicTree;

  before(async () => {
    ({ api, tree } = await activate());
    await tree.setGroupBy('service');
    await tree.setSort('name');
  });

  after(async () => {
    await tree.setGroupBy('service');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the AWS categories with S3 under Storage', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const roots = await tree.getChildren();
    const categories = roots.filter((r): r is CategoryNode => r.kind === 'category');
    const names = categories.map((c) => c.name);
    for (const name of ['Compute', 'Storage', 'Database']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    const storage = categories.find((c) => c.name === 'Storage')!;
    const children = (await tree.getChildren(storage)) as EntryNode[];
    const s3 = children.find((e) => e.entry.id === 's3');
    assert.ok(s3, 'S3 is under Storage');
    const item = tree.getTreeItem(s3);
    assert.equal(item.label, 'S3');
    // Passages show inside their section, so they are not counted again.
    const about = api.lookup('s3');
    const ids = new Set(about.map((s) => s.id));
    const listed = about.filter((s) => s.parentId === undefined || !ids.has(s.parentId));
    assert.equal(item.description, String(listed.length), 'the description counts its sections');
  });

  it('counts the same services and sections as api.stats()', async () => {
    const stats = api.stats();
    const roots = (await tree.getChildren()).filter((r): r is CategoryNode => r.kind === 'category');
    const services = new Set<string>();
    for (const category of roots) {
      for (const entry of (await tree.getChildren(category)) as EntryNode[]) if (entry.entry.kind === 'service') services.add(entry.entry.id);
    }
    assert.equal(services.size, stats.services);

    await tree.setGroupBy('file');
    try {
      const files = (await tree.getChildren()).filter((r): r is FileNode => r.kind === 'file');
      assert.equal(files.length, stats.files);
      let sections = 0;
      let passages = 0;
      for (const file of files) {
        for (const node of await descendants(tree, file)) {
          if (node.kind !== 'section') continue;
          if (node.section.parentId === undefined) sections++;
          else passages++;
        }
      }
      assert.equal(sections, stats.sections, 'the file outline holds every section once');
      assert.equal(passages, stats.passages, 'and every passage once, inside its section');
    } finally {
      await tree.setGroupBy('service');
    }
  });

  it('gives sections a safe tooltip and a click that opens them', async () => {
    const storage = (await tree.getChildren()).find((r): r is CategoryNode => r.kind === 'category' && r.name === 'Storage')!;
    const s3 = ((await tree.getChildren(storage)) as EntryNode[]).find((e) => e.entry.id === 's3')!;
    const section = (await tree.getChildren(s3)).find((n): n is SectionNode => n.kind === 'section')!;
    const item = tree.getTreeItem(section);
    assert.equal(item.label, section.section.title);
    assert.equal(item.contextValue, 'awsNotes.section');
    assert.equal(item.command?.command, 'awsNotes.openSection');
    assert.equal(item.command?.arguments?.[0], section.section.id);
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted, 'note text in a tooltip is never trusted');
    assert.ok(!tooltip.supportHtml);
    // appendText escapes Markdown characters; without the escapes the breadcrumb reads as written.
    const plain = tooltip.value.replace(/\\(.)/g, '$1');
    assert.ok(plain.includes(section.section.breadcrumb.join(' › ')), plain);
  });

  it('lists the services of the open template under "In this file"', async () => {
    await openFixture('templates/web-app.yaml');
    const group = await waitFor(async () => {
      const roots = await tree.getChildren();
      return roots[0]?.kind === 'inFile' ? roots[0] : undefined;
    }, '"In this file" at the top of the view');
    const ids = ((await tree.getChildren(group)) as EntryNode[]).map((e) => e.entry.id);
    for (const id of ['s3', 'dynamodb', 'sqs']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    assert.equal(tree.getTreeItem(group).description, 'web-app.yaml');
  });

  it('drops "In this file" for a document that names no AWS service', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Shopping\n\nmilk, bread, eggs\n' });
    await vscode.window.showTextDocument(document);
    await waitFor(async () => (await tree.getChildren())[0]?.kind === 'category', 'the categories back at the top');
  });

  it('Show in Sidebar focuses the view on a service', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const shown = await vscode.commands.executeCommand<boolean>('awsNotes.showInSidebar', 'dynamodb');
    assert.equal(shown, true);
    await waitFor(() => tree.view.visible, 'the Topics view to be visible');
    await waitFor(() => {
      const selected = tree.view.selection[0];
      return selected?.kind === 'entry' && selected.entry.id === 'dynamodb';
    }, 'DynamoDB selected in the tree');
  });

  it('follows the service under the cursor without taking the focus', async () => {
    const editor = await openFixture('templates/web-app.yaml');
    await tree.show();
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await waitFor(() => tree.view.visible, 'the Topics view beside the template');
    // Put the cursor just before the SQS resource type (the previous test selected DynamoDB), then move it the way a user would:
    // only keyboard and mouse moves are followed, not selections set by commands.
    const index = editor.document.getText().indexOf('AWS::SQS::Queue');
    const start = editor.document.positionAt(index);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('cursorRight');
    await waitFor(() => {
      const selected = tree.view.selection[0];
      return selected?.kind === 'entry' && selected.entry.id === 'sqs';
    }, 'SQS selected in the tree as the cursor rests on AWS::SQS::Queue');
    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the editor keeps the focus');
  });

  it('marks the user\'s own notes, and shows their hostile text inertly in tooltips', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-tree-'));
    fs.writeFileSync(
      path.join(folder, 'my-s3.md'),
      '# My S3 bucket checklist\n\nS3 buckets: block public access. [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold**\n',
    );
    const config = vscode.workspace.getConfiguration('awsNotes');
    await config.update('notesFolders', [folder], vscode.ConfigurationTarget.Global);
    try {
      const mine = await waitFor(() => api.lookup('s3').find((s) => s.origin === 'user'), 'the user note on S3', 10_000);
      await tree.setGroupBy('service');
      const node = await waitFor(async () => {
        const storage = (await tree.getChildren()).find((r): r is CategoryNode => r.kind === 'category' && r.name === 'Storage');
        const s3 = storage && ((await tree.getChildren(storage)) as EntryNode[]).find((e) => e.entry.id === 's3');
        return s3 && (await tree.getChildren(s3)).find((n): n is SectionNode => n.kind === 'section' && n.section.id === mine.id);
      }, 'the user section under S3 in the tree');
      const item = tree.getTreeItem(node);
      assert.match(String(item.description), /^yours/);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.color, 'a coloured icon marks the user\'s own notes');
      const tooltip = (item.tooltip as vscode.MarkdownString).value;
      assert.ok(!/\[x\]\(command:/.test(tooltip), `the command link is escaped: ${tooltip}`);
      assert.ok(/\\<img/.test(tooltip) && !/(?<!\\)<img/.test(tooltip), `the img tag is escaped: ${tooltip}`);
      const bundled = tree.getTreeItem((await tree.getChildren(node.parent!)).find((n): n is SectionNode => n.kind === 'section' && n.section.origin === 'bundled')!);
      assert.ok(!String(bundled.description ?? '').includes('yours'));
    } finally {
      await config.update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('sorts by count when asked and remembers it', async () => {
    await tree.setSort('count');
    try {
      const counts = (await tree.getChildren()).filter((r): r is CategoryNode => r.kind === 'category').map((c) => c.sectionCount);
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
      assert.equal(tree.sortOrder, 'count');
    } finally {
      await tree.setSort('name');
    }
  });
});
