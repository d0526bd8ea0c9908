/**
 * The property hover in a real VS Code, through `vscode.executeHoverProvider`:
 * over a template's property keys and values, in YAML and JSON, with the
 * bundled notes. The templates are test/fixtures/templates/settings.{yaml,json}.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { getExtension, HOVER_TRUSTED_COMMANDS } from './helpers';

const OUR_COMMANDS = HOVER_TRUSTED_COMMANDS;
const templates = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'templates');

interface Seen {
  markdown: string;
  range?: vscode.Range;
  trusted: vscode.MarkdownString['isTrusted'];
}

/** Our hover over the `occurrence`-th `text` in the document, `offset` characters in. */
async function hoverOver(document: vscode.TextDocument, text: string, offset = 1, occurrence = 1): Promise<Seen | undefined> {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = document.getText().indexOf(text, index + 1);
  assert.ok(index >= 0, `"${text}" is in ${path.basename(document.uri.fsPath)}`);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(index + offset))) ?? [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && /^\*\*[^*\n]+\*\*/.test(content.value) && /awsNotes\.|AWS docs/.test(content.value)) {
        return { markdown: content.value, range: hover.range, trusted: content.isTrusted };
      }
    }
  }
  return undefined;
}

const unescape = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&$:])/g, '$1');
const titles = (hover: Seen) => [...hover.markdown.matchAll(/\*\*\[(.+?)\]\(command:awsNotes\.openSection\?/g)].map((m) => unescape(m[1]));
const header = (hover: Seen) => unescape(hover.markdown.split('\n')[0]).replace(/\*\*/g, '').trim();
const links = (hover: Seen) => [...hover.markdown.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);

function assertOnlyOurLinks(hover: Seen): void {
  for (const target of links(hover)) {
    assert.ok(target.startsWith('https://docs.aws.amazon.com/') || OUR_COMMANDS.some((c) => target.startsWith(`command:${c}?`)), `unexpected link ${target}`);
  }
  assert.deepEqual([...(hover.trusted as { enabledCommands: string[] }).enabledCommands].sort(), [...OUR_COMMANDS].sort());
}

describe('Property hover', function () {
  this.timeout(60_000);

  before(async () => {
    const api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
  });

  for (const format of ['yaml', 'json'] as const) {
    describe(`in settings.${format}`, () => {
      let document: vscode.TextDocument;
      const key = (name: string) => (format === 'json' ? `"${name}"` : name);

      before(async () => {
        document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(templates, `settings.${format}`)));
        assert.ok(document.languageId.includes(format), document.languageId);
      });

      it('a property key shows its official line, its docs link, then the passage on it', async () => {
        const hover = await hoverOver(document, key('VisibilityTimeout'), 3);
        assert.ok(hover, 'no hover over VisibilityTimeout');
        assert.equal(header(hover), 'VisibilityTimeout · SQS');
        assert.match(unescape(hover.markdown), /unavailable after a message is delivered/);
        assert.ok(links(hover).includes('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html#cfn-sqs-queue-visibilitytimeout'));
        // The passage of "SQS: Configurations" that is about this setting (unit set: property-settings.json).
        assert.equal(titles(hover)[0], 'Message Visibility Timeout');
        assertOnlyOurLinks(hover);
        assert.equal(document.getText(hover.range), 'VisibilityTimeout');
      });

      it('a key deep in the template knows its path', async () => {
        const hover = await hoverOver(document, 'StorageClass', 3);
        assert.ok(hover);
        assert.match(header(hover), /^LifecycleConfiguration\.Rules\.Transitions\.StorageClass · S3/);
        assert.ok(links(hover).some((l) => l.endsWith('aws-properties-s3-bucket-transition.html#cfn-s3-bucket-transition-storageclass')));
      });

      it('a value that carries meaning finds the passage on it: serverless → Aurora Serverless, gp3 → EBS Volume Types', async () => {
        const serverless = await hoverOver(document, 'serverless', 2, format === 'json' ? 1 : 1);
        assert.ok(serverless);
        assert.match(header(serverless), /^EngineMode = `serverless` · RDS/);
        assert.equal(titles(serverless)[0], 'Aurora Serverless');
        const gp3 = await hoverOver(document, 'gp3', 1);
        assert.ok(gp3);
        assert.equal(titles(gp3)[0], 'Volume Types');
      });

      it('MultiAZ lists the RDS passages on it', async () => {
        const hover = await hoverOver(document, key('MultiAZ'), 2);
        assert.ok(hover);
        assert.ok(['Multi-AZ Failover and Cross-Region Replication in RDS', 'RDS Multi AZ for Disaster Recovery'].includes(titles(hover)[0]), titles(hover).join(' | '));
      });

      it('a setting the notes say nothing about shows its line and lists no notes', async () => {
        const hover = await hoverOver(document, key('MemorySize'), 2);
        assert.ok(hover);
        assert.deepEqual(titles(hover), []);
        assert.match(unescape(hover.markdown), /memory/i);
      });

      it('structural keys list no notes', async () => {
        for (const name of ['TableName', 'Tags', 'QueueName', 'Description']) {
          const hover = await hoverOver(document, key(name), 2);
          assert.deepEqual(hover ? titles(hover) : [], [], `${name} lists notes`);
        }
      });

      it('says nothing over a logical id', async () => {
        assert.equal(await hoverOver(document, key('OrdersTable'), 2), undefined);
        assert.equal(await hoverOver(document, key('UploadsBucket'), 2), undefined);
      });

      it('still shows the resource hover over a resource type', async () => {
        const hover = await hoverOver(document, 'AWS::DynamoDB::Table', 8);
        assert.ok(hover);
        assert.match(header(hover), /^Amazon DynamoDB · Database/);
      });
    });
  }

  it('says nothing over the keys of a YAML file that is not CloudFormation', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(templates, 'k8s-deployment.yaml')));
    for (const text of ['replicas', 'serviceAccountName', 'resources', 'Type: AWS', 'Resources:']) {
      assert.equal(await hoverOver(document, text, 2), undefined, `hover over ${text}`);
    }
  });
});
