/**
 * Official service names in a real VS Code: a user's note that names two
 * services no curated entry covers, in prose, by their official names, shows
 * in those services' resource-type hovers, and the hover headers carry the
 * official names (not the CloudFormation namespaces "MediaLive" and
 * "LookoutEquipment").
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { getExtension, positionOf, waitFor } from './helpers';

const NOTE_TITLE = 'Live video and turbine telemetry';

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Description: Live stream encoding and anomaly detection for the wind farm',
  'Resources:',
  '  StreamChannel:',
  '    Type: AWS::MediaLive::Channel',
  '    Properties:',
  '      Name: wind-farm-live',
  '  BearingScheduler:',
  '    Type: AWS::LookoutEquipment::InferenceScheduler',
  '    Properties:',
  '      ModelName: bearing-model',
  '',
].join('\n');

/** Our hover's Markdown at the first occurrence of `text`, if we answered. */
async function notesHoverOver(document: vscode.TextDocument, text: string): Promise<string | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, text, 8))) ?? [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && /^\*\*[^*\n]+\*\* · /.test(content.value)) return content.value;
    }
  }
  return undefined;
}

/** Markdown as a reader sees it: escapes and bold marks removed. */
function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&$:])/g, '$1').replace(/\*\*/g, '');
}

describe('Official service names in hovers', function () {
  this.timeout(60_000);
  let api: AwsNotesApi;
  let folder: string;
  let noteFile: string;
  const config = () => vscode.workspace.getConfiguration('awsNotes');

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-names-'));
    noteFile = path.join(folder, 'wind-farm.md');
    fs.writeFileSync(noteFile, [
      `# ${NOTE_TITLE}`,
      '',
      'The site camera feed is encoded by AWS Elemental MediaLive, one channel per turbine row, with a standby pipeline.',
      'Vibration and temperature readings go to Amazon Lookout for Equipment, which learned each bearing\'s normal from',
      'six months of history and now flags the ones drifting towards failure.',
      '',
    ].join('\n'));
    await config().update('notesFolders', [folder], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.lookup('AWS::MediaLive::Channel').some((section) => section.file === noteFile), 'the note to be indexed', 15_000);
  });

  after(async () => {
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('lists the note in both services\' resource-type hovers, under their official names', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: TEMPLATE });
    const cases: [string, RegExp][] = [
      ['AWS::MediaLive::Channel', /^AWS Elemental MediaLive · Media Services/],
      ['AWS::LookoutEquipment::InferenceScheduler', /^Amazon Lookout for Equipment · Machine Learning/],
    ];
    for (const [type, header] of cases) {
      const markdown = await notesHoverOver(document, type);
      assert.ok(markdown, `no AWS Notes hover over ${type}`);
      const text = plain(markdown);
      assert.match(text.split('\n')[0], header, type);
      assert.ok(text.includes(NOTE_TITLE), `${type}: the user's note is not listed:\n${text}`);
      assert.doesNotMatch(text, /No notes yet/, type);
    }
  });

  it('tags the note with both services and no other', () => {
    const medialive = api.lookup('AWS::MediaLive::Channel').find((section) => section.file === noteFile);
    const lookout = api.lookup('AWS::LookoutEquipment::InferenceScheduler').find((section) => section.file === noteFile);
    assert.ok(medialive && lookout, 'the note answers both resource types');
    assert.equal(medialive.id, lookout.id, 'one section names both');
    // Plain words in the note ("pipeline", "history", "failure") tag nothing.
    assert.equal(api.lookup('AWS::DataPipeline::Pipeline').some((section) => section.file === noteFile), false);
  });
});
