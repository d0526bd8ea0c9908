/**
 * Smoke suite: the extension under test is the one in this repository, it
 * activates on a CloudFormation YAML template, and creates its output
 * channel when it does.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AwsNotesApi } from '../../src/api';
import * as vscode from 'vscode';
import { extensionId, getExtension, openFixture, waitFor } from './helpers';

/** Repository root, from out/test/integration/. */
const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('Extension activation', () => {
  it('loads the development copy of aws-notes.aws-notes from this repository', () => {
    const extension = getExtension();
    assert.equal(extension.id, extensionId);
    assert.equal(path.resolve(extension.extensionPath), repoRoot);
    assert.equal(extension.packageJSON.displayName, 'AWS Notes');
  });

  it('activates when a CloudFormation YAML template is opened', async () => {
    const editor = await openFixture('templates/web-app.yaml');
    assert.equal(editor.document.languageId, 'yaml');
    assert.match(editor.document.getText(), /AWS::S3::Bucket/);
    const extension = getExtension();
    await waitFor(() => extension.isActive, `${extensionId} to activate`);
  });

  it('creates the "AWS Notes" output channel when it activates', async () => {
    const extension = getExtension();
    await waitFor(() => extension.isActive, `${extensionId} to activate`);
    // VS Code registers a "show" command for every output channel; its id
    // names the owning extension and the channel, which makes it observable.
    const showChannel = await waitFor(async () => (await vscode.commands.getCommands(false))
      // A log channel's id is `<extension id>.<name>`; a plain channel's is `extension-output-<extension id>-#N-<name>`.
      .find((id) => id.startsWith('workbench.action.output.show.') && id.includes(extensionId) && id.endsWith('AWS Notes')),
    'the AWS Notes output channel');
    await vscode.commands.executeCommand(showChannel);
  });

  it('starts from the build\'s analysis of the bundled notes instead of parsing them', async () => {
    const api = (await getExtension().activate()) as AwsNotesApi & { internals: { logFile: string } };
    await api.ready;
    const readLog = () => (fs.existsSync(api.internals.logFile) ? fs.readFileSync(api.internals.logFile, 'utf8') : '');
    await waitFor(() => /Read the build's analysis of 5 bundled notes files/.test(readLog()), 'the log line', 10_000).catch(() => undefined);
    assert.match(readLog(), /Read the build's analysis of 5 bundled notes files; they are not parsed again/);
    assert.ok(api.stats().sections >= 171, 'and every bundled section is there');
  });
});
