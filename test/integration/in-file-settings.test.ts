/**
 * "In this file" on a template, through the real Topics view provider: it
 * reads the template model (logical ids are not mentions) and lists, under
 * each service, the template's settings the notes cover.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import type { EntryNode, HeadingNode, InFileNode } from '../../src/core/tree-model';
import type { TopicTree } from '../../src/topic-tree';
import { getExtension, openFixture, waitFor } from './helpers';

async function topicTree(): Promise<TopicTree> {
  const exports = (await getExtension().activate()) as AwsNotesApi & { internals?: { topicTree: TopicTree } };
  await exports.ready;
  assert.ok(exports.internals?.topicTree);
  return exports.internals.topicTree;
}

async function inFile(tree: TopicTree, documentName: string): Promise<InFileNode> {
  return waitFor(async () => {
    const roots = await tree.getChildren();
    return roots[0]?.kind === 'inFile' && roots[0].documentName === documentName ? roots[0] : undefined;
  }, `"In this file" for ${documentName}`);
}

const settingsOf = (entry: EntryNode | undefined) => (entry?.children ?? []).filter((c): c is HeadingNode => c.kind === 'heading').map((h) => h.title);

describe('In this file on a template', function () {
  this.timeout(60_000);
  let tree: TopicTree;

  before(async () => {
    tree = await topicTree();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists under each service the settings the notes cover (SQS › Visibility timeout, DynamoDB › Point in time recovery)', async () => {
    await openFixture('templates/web-app.yaml');
    const group = await inFile(tree, 'web-app.yaml');
    const entries = (await tree.getChildren(group)) as EntryNode[];
    assert.ok(settingsOf(entries.find((e) => e.entry.id === 'sqs')).includes('Visibility timeout'), settingsOf(entries.find((e) => e.entry.id === 'sqs')).join(', '));
    assert.ok(settingsOf(entries.find((e) => e.entry.id === 'dynamodb')).includes('Point in time recovery'));
    const setting = entries.find((e) => e.entry.id === 'sqs')!.children.find((c): c is HeadingNode => c.kind === 'heading' && c.title === 'Visibility timeout')!;
    const passages = await tree.getChildren(setting);
    assert.equal(passages[0].kind, 'section');
    assert.equal(tree.getTreeItem(setting).label, 'Visibility timeout');
  });

  it('does not take a logical id for a mention: a resource called Bastion lists no bastion hosts', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'yaml',
      content: ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Bastion:', '    Type: AWS::EC2::Instance', '    Properties:', '      InstanceType: t3.micro', '  BastionIp:', '    Type: AWS::EC2::EIP', '    Properties:', '      InstanceId: !Ref Bastion', ''].join('\n'),
    });
    await vscode.window.showTextDocument(document);
    const group = await waitFor(async () => {
      const roots = await tree.getChildren();
      return roots[0]?.kind === 'inFile' && (roots[0] as InFileNode).children.some((e) => e.entry.id === 'ec2') ? (roots[0] as InFileNode) : undefined;
    }, '"In this file" for the untitled template');
    const ids = group.children.map((e) => e.entry.id);
    assert.ok(!ids.includes('bastion-hosts'), ids.join(', '));
  });
});
