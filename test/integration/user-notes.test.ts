/**
 * The user's own notes folder in a real VS Code: indexed alongside the bundled
 * notes, updated live as files are created, changed and deleted, and hostile
 * files skipped without stopping anything else.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { getExtension, waitFor } from './helpers';

/**
 * The product promise is "within 1 s"; the measured latency (about 300 ms on
 * this machine) is written to test-results/live-update-latency.json for the
 * record. The assertion allows more so a loaded CI machine's file-watcher
 * delay cannot fail the run, while "only after a rebuild" still would.
 */
const LIVE_UPDATE_LIMIT_MS = 3000;
const latencies: Record<string, number> = {};

function recordLatency(what: string, started: number): void {
  const elapsed = Date.now() - started;
  latencies[what] = elapsed;
  assert.ok(elapsed <= LIVE_UPDATE_LIMIT_MS, `${what} took ${elapsed} ms`);
}

describe('User notes folders', function () {
  this.timeout(60_000);
  let api: AwsNotesApi;
  let folder: string;
  const config = () => vscode.workspace.getConfiguration('awsNotes');

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-user-'));
    fs.writeFileSync(
      path.join(folder, 'amplify.md'),
      '# AWS Amplify hosting\n\nAmplify Hosting builds and serves our React front end from the main branch.\n',
    );
    // Hostile neighbours: none of them may stop the good file from indexing.
    fs.writeFileSync(path.join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    fs.writeFileSync(path.join(folder, 'empty.md'), '');
    fs.writeFileSync(path.join(folder, 'bad-utf8.txt'), Buffer.concat([Buffer.from('# Amazon MQ broker notes\r\nActiveMQ '), Buffer.from([0xc3, 0x28]), Buffer.from(' failover\r\n')]));
    fs.writeFileSync(path.join(folder, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# AWS App Runner\nRuns containers from source.\n')]));
    fs.writeFileSync(path.join(folder, 'injection.md'), '# Amazon Pinpoint campaigns\n[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(1)</script> [js](javascript:alert(1))\n');
    fs.symlinkSync(folder, path.join(folder, 'loop'));
    fs.writeFileSync(path.join(folder, 'huge.md'), 'x'.repeat(2 * 1024 * 1024));
    await config().update('maxFileSizeMB', 1, vscode.ConfigurationTarget.Global);
    await config().update('notesFolders', [folder, path.join(folder, 'does-not-exist')], vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    const results = process.env.AWS_NOTES_TEST_RESULTS;
    if (results) fs.writeFileSync(path.join(path.dirname(results), 'live-update-latency.json'), JSON.stringify(latencies, null, 2));
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    await config().update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('indexes the good files beside the bundled notes, marked as the user\'s own', async () => {
    const amplify = await waitFor(() => api.lookup('AWS::Amplify::App')[0], 'user note on Amplify', 10_000);
    assert.equal(amplify.origin, 'user');
    assert.equal(amplify.file, path.join(folder, 'amplify.md'));
    assert.equal(amplify.title, 'AWS Amplify hosting');
    assert.ok(api.search('app runner', 5).some((s) => s.file.endsWith('bom.md')), 'the BOM file is indexed');
    assert.ok(api.search('activemq failover', 5).some((s) => s.file.endsWith('bad-utf8.txt')), 'the invalid-UTF-8 file is indexed');
    assert.ok(api.lookup('AWS::S3::Bucket').length > 0, 'bundled notes are still there');
  });

  it('skips the binary, oversized and empty files', () => {
    const userFiles = new Set(api.search('amplify app runner activemq pinpoint', 50).map((s) => path.basename(s.file)));
    for (const skipped of ['binary.md', 'huge.md', 'empty.md']) assert.ok(!userFiles.has(skipped), skipped);
  });

  it('explains every hostile file and the missing folder in one clear line of the AWS Notes log', async () => {
    const internals = (api as AwsNotesApi & { internals: { logFile: string } }).internals;
    const expectations: [string, RegExp][] = [
      ['binary.md', /binary\.md looks like a binary file, not text; skipped/],
      ['huge.md', /huge\.md is 2\.0 MB, over the 1\.0 MB limit \(awsNotes\.maxFileSizeMB\); skipped/],
      ['empty.md', /empty\.md is empty; nothing to index/],
      ['bad-utf8.txt', /bad-utf8\.txt contains invalid UTF-8/],
      ['bad-utf8.txt CRLF', /bad-utf8\.txt uses CRLF line endings/],
      ['bom.md', /bom\.md starts with a UTF-8 byte order mark/],
      ['loop', /loop is a link back to .* \(a symbolic link loop\); not followed/],
      ['does-not-exist', /does-not-exist notes folder is missing or unreadable \(ENOENT\); skipped/],
    ];
    const readLog = () => (fs.existsSync(internals.logFile) ? fs.readFileSync(internals.logFile, 'utf8') : '');
    // The log is flushed to disk asynchronously; wait for it, then assert line by line for a precise failure.
    await waitFor(() => expectations.every(([, pattern]) => pattern.test(readLog())), 'every log line', 10_000).catch(() => undefined);
    const log = readLog();
    for (const [what, pattern] of expectations) assert.match(log, pattern, what);
  });

  it('shows a created note within a second', async () => {
    const started = Date.now();
    fs.writeFileSync(path.join(folder, 'new-topic.md'), '# AWS Batch job queues\n\nCompute environments, job definitions and queues for Batch.\n');
    await waitFor(() => api.lookup('AWS::Batch::JobQueue').some((s) => s.file.endsWith('new-topic.md')), 'the new note', 10_000);
    recordLatency('created', started);
  });

  it('shows a changed note within a second', async () => {
    const started = Date.now();
    fs.writeFileSync(path.join(folder, 'new-topic.md'), '# AWS Batch array jobs\n\nArray jobs fan out one job definition over many children.\n');
    await waitFor(() => api.lookup('AWS::Batch::JobQueue').some((s) => s.title === 'AWS Batch array jobs'), 'the changed title', 10_000);
    recordLatency('changed', started);
  });

  it('drops a deleted note within a second', async () => {
    const started = Date.now();
    fs.rmSync(path.join(folder, 'new-topic.md'));
    await waitFor(() => !api.lookup('AWS::Batch::JobQueue').some((s) => s.file.endsWith('new-topic.md')), 'the note to disappear', 10_000);
    recordLatency('deleted', started);
  });

  it('re-indexes a notes file when it is saved from an editor', async () => {
    const document = await vscode.workspace.openTextDocument(path.join(folder, 'amplify.md'));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# Amplify custom domains\n\nRoute 53 records for Amplify apps.\n\n'));
    await document.save();
    await waitFor(() => api.lookup('AWS::Amplify::App').some((s) => s.title === 'Amplify custom domains'), 'the saved section', 10_000);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

/**
 * Two notes folders that each hold a file of the same name (a `aws.md` for work and one at home): their
 * sections must not share ids, or search would keep one and lose the other, and opening one would open the other.
 */
describe('Notes folders with files of the same name', function () {
  this.timeout(60_000);
  let api: AwsNotesApi;
  let root: string;
  let work: string;
  let home: string;
  const config = () => vscode.workspace.getConfiguration('awsNotes');

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-same-name-'));
    work = path.join(root, 'work');
    home = path.join(root, 'home');
    fs.mkdirSync(work);
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(work, 'aws.md'), '# VPC peering zyxworkquartz\n\nThe work accounts peer their VPCs through a transit gateway.\n');
    fs.writeFileSync(path.join(home, 'aws.md'), '# VPC peering zyxhomequartz\n\nAt home one VPC is enough.\n');
    await config().update('notesFolders', [work, home], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.search('zyxhomequartz', 1).length > 0 && api.search('zyxworkquartz', 1).length > 0, 'both folders to be indexed', 30_000);
  });

  after(async () => {
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps both files apart: each is found in its own file, and the second is labelled with its folder', () => {
    const atWork = api.search('zyxworkquartz', 1)[0];
    const atHome = api.search('zyxhomequartz', 1)[0];
    assert.equal(atWork.file, path.join(work, 'aws.md'));
    assert.equal(atHome.file, path.join(home, 'aws.md'));
    assert.notEqual(atWork.id, atHome.id);
    assert.equal(atWork.breadcrumb[0], 'aws.md');
    assert.equal(atHome.breadcrumb[0], 'home/aws.md');
  });

  it('labels a note created later under a name another folder has with its own folder', async () => {
    fs.writeFileSync(path.join(home, 'sqs.md'), '# SQS xylophoneapricot\n\nVisibility timeout notes.\n');
    await waitFor(() => api.search('xylophoneapricot', 1)[0]?.title === 'SQS xylophoneapricot', 'the first note to be indexed', 10_000);
    fs.writeFileSync(path.join(work, 'sqs.md'), '# SQS marzipanvortex\n\nDead-letter queue notes.\n');
    const second = await waitFor(() => api.search('marzipanvortex', 1).find((section) => section.title === 'SQS marzipanvortex'), 'the second note to be indexed', 10_000);
    const first = api.search('xylophoneapricot', 1)[0];
    assert.equal(first.breadcrumb[0], 'sqs.md');
    assert.equal(second.breadcrumb[0], 'work/sqs.md');
    assert.notEqual(first.id, second.id);
  });
});
