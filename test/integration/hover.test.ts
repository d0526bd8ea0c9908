/**
 * The hover in a real VS Code, through `vscode.executeHoverProvider`: what a
 * person sees over resource types, service names and concepts in templates and
 * docs, what they never see (plain words, property names, the SAM transform),
 * the settings, a huge single-line template, and hovering inside a notes file.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { fixtureUri, getExtension, positionOf, waitFor, HOVER_TRUSTED_COMMANDS } from './helpers';

/** The commands our hover may run; anything else in a link is a failure. */
const OUR_COMMANDS = HOVER_TRUSTED_COMMANDS;

/** Our hover among all hovers at a position (other providers may answer too): the one linking our commands or naming a service. */
interface NotesHover {
  markdown: vscode.MarkdownString;
  range: vscode.Range | undefined;
}

async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

function isOurs(content: vscode.MarkdownString | vscode.MarkedString): content is vscode.MarkdownString {
  return content instanceof vscode.MarkdownString && /^\*\*[^*\n]+\*\* · /.test(content.value);
}

async function notesHoverAt(uri: vscode.Uri, position: vscode.Position): Promise<NotesHover | undefined> {
  for (const hover of await hoversAt(uri, position)) {
    const markdown = hover.contents.find(isOurs);
    if (markdown) return { markdown, range: hover.range };
  }
  return undefined;
}

/** Opens a document and returns our hover over the first occurrence of `text` (cursor `offset` characters into it). */
async function hoverOver(document: vscode.TextDocument, text: string, offset = 2): Promise<NotesHover | undefined> {
  return notesHoverAt(document.uri, positionOf(document, text, offset));
}

async function open(relativePath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(relativePath));
}

/** The header line as a reader sees it, Markdown escapes removed. */
function headerOf(hover: NotesHover): string {
  return unescape(hover.markdown.value.split('\n')[0]).replace(/\*\*/g, '').trim();
}

function unescape(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&$:])/g, '$1');
}

/** Every link target in the hover's Markdown. */
function linkTargets(hover: NotesHover): string[] {
  return [...hover.markdown.value.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

/** Section ids of the title links, in order. */
function sectionIds(hover: NotesHover): string[] {
  return linkTargets(hover)
    .filter((target) => target.startsWith('command:awsNotes.openSection?'))
    .map((target) => (JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))) as string[])[0]);
}

/** Titles of the listed sections, as shown. */
function sectionTitles(hover: NotesHover): string[] {
  return [...hover.markdown.value.matchAll(/\*\*\[(.+?)\]\(command:awsNotes\.openSection\?/g)].map((m) => unescape(m[1]));
}

function assertOnlyOurLinks(hover: NotesHover): void {
  for (const target of linkTargets(hover)) {
    const ok = target.startsWith('https://') || OUR_COMMANDS.some((command) => target.startsWith(`command:${command}?`));
    assert.ok(ok, `unexpected link target ${target}`);
  }
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('awsNotes').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Hover', function () {
  this.timeout(60_000);
  let api: AwsNotesApi;

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
  });

  describe('in a CloudFormation YAML template with short-form tags', () => {
    let document: vscode.TextDocument;

    before(async () => {
      document = await open('templates/web-app.yaml');
      assert.equal(document.languageId, 'yaml');
      assert.match(document.getText(), /!GetAtt|!Sub|!Ref/, 'the fixture uses short-form tags');
    });

    it('shows S3 notes over AWS::S3::Bucket, with the official line, a docs link and our links only', async () => {
      const hover = await hoverOver(document, 'AWS::S3::Bucket', 10);
      assert.ok(hover, 'no AWS Notes hover over AWS::S3::Bucket');
      assert.equal(headerOf(hover), 'Amazon S3 · Storage');
      assert.match(unescape(hover.markdown.value), /`AWS::S3::Bucket` — The AWS::S3::Bucket resource creates an Amazon S3 bucket/);
      assert.ok(linkTargets(hover).some((t) => /^https:\/\/docs\.aws\.amazon\.com\/.+s3-bucket\.html$/.test(t)), 'docs link');
      assert.equal(sectionIds(hover).length, 3, 'three sections by default');
      assert.deepEqual(sectionIds(hover)[0], api.lookup('AWS::S3::Bucket')[0].id, 'the same first section as the API');
      assertOnlyOurLinks(hover);
      assert.ok(hover.range, 'the hover has a range');
      assert.equal(document.getText(hover.range), 'AWS::S3::Bucket');
    });

    it('trusts only our commands and renders no HTML', async () => {
      const hover = await hoverOver(document, 'AWS::S3::Bucket', 10);
      assert.ok(hover);
      assert.notEqual(hover.markdown.supportHtml, true);
      // The trust setting survives the round trip through the workbench (VS Code 1.100).
      const trusted = hover.markdown.isTrusted;
      assert.equal(typeof trusted, 'object', 'trust is limited to a command list, never `true` or off');
      assert.deepEqual([...(trusted as { enabledCommands: string[] }).enabledCommands].sort(), [...OUR_COMMANDS].sort());
    });

    it('shows security-group notes first over AWS::EC2::SecurityGroup', async () => {
      const hover = await hoverOver(document, 'AWS::EC2::SecurityGroup', 12);
      assert.ok(hover);
      assert.match(headerOf(hover), /^Security groups · /);
      assert.match(sectionTitles(hover)[0], /security group/i);
    });

    it('shows DynamoDB and SQS notes over their resource types', async () => {
      assert.match(headerOf((await hoverOver(document, 'AWS::DynamoDB::Table', 12))!), /^Amazon DynamoDB · Database/);
      assert.match(headerOf((await hoverOver(document, 'AWS::SQS::Queue', 8))!), /^Amazon SQS · /);
    });

    // Property names and values have their own hover now (property-hover.test.ts).
    it('says nothing over logical ids, short-form tags or pseudo parameters', async () => {
      for (const [text, offset] of [
        ['LoadBalancerSecurityGroup.GroupId', 6],
        ['!GetAtt', 2],
        ['${AWS::StackName}', 9],
        ['SessionsTable:', 4],
        ['DeletionPolicy: Retain', 3],
      ] as const) {
        assert.equal(await hoverOver(document, text, offset), undefined, `unexpected hover over ${text}`);
      }
    });

    it('says nothing over plain English words in the description', async () => {
      for (const word of ['background jobs', 'sessions, an', 'database, a', 'bucket for uploads', 'Three-tier web application']) {
        assert.equal(await hoverOver(document, word, 1), undefined, `unexpected hover over "${word}"`);
      }
    });
  });

  describe('in a SAM template', () => {
    let document: vscode.TextDocument;

    before(async () => {
      document = await open('templates/sam-api.yaml');
    });

    it('shows Lambda notes over AWS::Serverless::Function with the SAM reference link', async () => {
      const hover = await hoverOver(document, 'AWS::Serverless::Function', 14);
      assert.ok(hover);
      assert.equal(headerOf(hover), 'AWS Lambda · Compute');
      assert.ok(linkTargets(hover).some((t) => t.startsWith('https://docs.aws.amazon.com/serverless-application-model/')), 'SAM docs link');
      assertOnlyOurLinks(hover);
    });

    it('says nothing over the Transform line', async () => {
      assert.equal(await hoverOver(document, 'AWS::Serverless-2016-10-31', 12), undefined);
      assert.equal(await hoverOver(document, 'Transform:', 3), undefined);
    });
  });

  describe('property names that are also service names', () => {
    it('stays quiet over an IoT rule\'s "Lambda:" and "S3:" keys but not over the services its description names', async () => {
      const document = await vscode.workspace.openTextDocument({
        language: 'yaml',
        content: [
          'Resources:',
          '  TelemetryRule:',
          '    Type: AWS::IoT::TopicRule',
          '    Properties:',
          '      TopicRulePayload:',
          '        Description: Archives device telemetry to S3 and alerts through Lambda',
          "        Sql: SELECT * FROM 'devices/+/telemetry'",
          '        Actions:',
          '          - Lambda:',
          '              FunctionArn: !GetAtt AlertFunction.Arn',
          '          - S3:',
          '              BucketName: !Ref TelemetryBucket',
          '              Key: ${topic()}/${timestamp()}',
          '',
        ].join('\n'),
      });
      assert.equal(await hoverOver(document, 'Lambda:', 2), undefined, 'no hover over the Lambda: key');
      assert.equal(await hoverOver(document, 'S3:', 1), undefined, 'no hover over the S3: key');
      const inDescription = await hoverOver(document, 'Lambda\n', 2);
      assert.ok(inDescription, 'the description still names Lambda');
      assert.equal(headerOf(inDescription), 'AWS Lambda · Compute');
      assert.ok(await hoverOver(document, 'S3 and', 1), 'the description still names S3');
    });
  });

  describe('in a JSON template', () => {
    it('shows SNS notes over "Type": "AWS::SNS::Topic"', async () => {
      const document = await open('templates/data-pipeline.json');
      assert.equal(document.languageId, 'json');
      const hover = await hoverOver(document, 'AWS::SNS::Topic', 10);
      assert.ok(hover);
      assert.match(headerOf(hover), /^Amazon SNS · /);
      assertOnlyOurLinks(hover);
    });

    it('answers on a multi-megabyte single-line template, reading only around the cursor', async () => {
      const file = path.join(os.tmpdir(), `aws-notes-hover-${process.pid}.json`);
      const filler = 'x'.repeat(2_000);
      const resources: string[] = [];
      for (let i = 0; resources.join(',').length < 3_000_000; i++) {
        resources.push(`"Bucket${i}":{"Type":"AWS::S3::Bucket","Properties":{"Tags":[{"Key":"pad","Value":"${filler}"}]}}`);
      }
      resources.push('"Sessions":{"Type":"AWS::DynamoDB::Table","Properties":{}}');
      fs.writeFileSync(file, `{"Resources":{${resources.join(',')}}}`);
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        assert.equal(document.lineCount, 1);
        const position = positionOf(document, 'AWS::DynamoDB::Table', 10);
        assert.ok(position.character > 3_000_000);
        const started = Date.now();
        const hover = await notesHoverAt(document.uri, position);
        // Reported, not asserted: the budget is measured by `npm run bench`.
        console.log(`      hover on a ${(document.getText().length / 1e6).toFixed(1)} MB line: ${Date.now() - started} ms`);
        assert.ok(hover);
        assert.match(headerOf(hover), /^Amazon DynamoDB · /);
        assert.equal(document.getText(hover.range), 'AWS::DynamoDB::Table');
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        fs.rmSync(file, { force: true });
      }
    });
  });

  describe('in a Markdown architecture doc', () => {
    let document: vscode.TextDocument;

    before(async () => {
      document = await open('docs/architecture.md');
      assert.equal(document.languageId, 'markdown');
    });

    it('matches the longest name: "Application Load Balancer", not "Load Balancer"', async () => {
      const hover = await hoverOver(document, 'Application Load Balancer', 16);
      assert.ok(hover);
      assert.match(headerOf(hover), /^Application Load Balancer · /);
      assert.equal(document.getText(hover.range), 'Application Load Balancer');
    });

    it('knows abbreviations (ALB) and concepts (spread placement group)', async () => {
      const alb = await hoverOver(document, 'ALB)', 1);
      assert.ok(alb);
      assert.match(headerOf(alb), /^Application Load Balancer · /);
      const placement = await hoverOver(document, 'spread placement group', 10);
      assert.ok(placement);
      assert.match(headerOf(placement), /^Placement groups · .*concept$/);
    });

    it('says nothing over plain words', async () => {
      for (const word of ['storefront is deployed', 'poison messages', 'caches the catalogue', 'This document describes', 'grant each service']) {
        assert.equal(await hoverOver(document, word, 3), undefined, `unexpected hover over "${word}"`);
      }
    });
  });

  describe('in plain text', () => {
    it('hovers service names in a plain-text document', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'We moved sessions to DynamoDB last year.\n' });
      const hover = await hoverOver(document, 'DynamoDB', 3);
      assert.ok(hover);
      assert.match(headerOf(hover), /^Amazon DynamoDB · /);
    });
  });

  describe('inside a notes file', () => {
    it('does not list the section the cursor is in', async () => {
      const s3Section = api.lookup('s3').find((s) => s.title === 'S3' && s.file.endsWith('solutions-architect-associate.md'));
      assert.ok(s3Section, 'the bundled notes have an S3 section');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(s3Section.file));
      const lines = document.getText().split(/\r?\n/);
      const line = lines.findIndex((text, i) => i > s3Section.line && /\bS3\b/.test(text));
      assert.ok(line > s3Section.line);
      const hover = await notesHoverAt(document.uri, new vscode.Position(line, lines[line].search(/\bS3\b/) + 1));
      assert.ok(hover);
      assert.ok(!sectionIds(hover).includes(s3Section.id), 'the section under the cursor is listed');
    });
  });

  describe('settings', () => {
    let document: vscode.TextDocument;

    before(async () => {
      document = await open('templates/web-app.yaml');
    });

    afterEach(async () => {
      await setSetting('hover.enabled', undefined);
      await setSetting('hover.maxSections', undefined);
      await setSetting('hover.languages', undefined);
    });

    it('awsNotes.hover.enabled turns the hover off and on without a reload', async () => {
      await setSetting('hover.enabled', false);
      assert.equal(await hoverOver(document, 'AWS::S3::Bucket', 10), undefined);
      await setSetting('hover.enabled', true);
      assert.ok(await hoverOver(document, 'AWS::S3::Bucket', 10));
    });

    it('awsNotes.hover.maxSections sets how many sections are listed', async () => {
      await setSetting('hover.maxSections', 1);
      assert.equal(sectionIds((await hoverOver(document, 'AWS::S3::Bucket', 10))!).length, 1);
      await setSetting('hover.maxSections', 5);
      assert.equal(sectionIds((await hoverOver(document, 'AWS::S3::Bucket', 10))!).length, 5);
    });

    it('awsNotes.hover.languages decides where the hover is offered', async () => {
      await setSetting('hover.languages', ['markdown']);
      await waitFor(async () => (await hoverOver(document, 'AWS::S3::Bucket', 10)) === undefined, 'the YAML hover to go away');
      const doc = await open('docs/architecture.md');
      assert.ok(await hoverOver(doc, 'Application Load Balancer', 16), 'markdown still hovers');
      await setSetting('hover.languages', undefined);
      await waitFor(() => hoverOver(document, 'AWS::S3::Bucket', 10), 'the YAML hover to come back');
    });
  });
});
