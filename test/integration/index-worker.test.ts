/**
 * The first index of a large notes folder in a real VS Code: it runs in the
 * index worker thread, the extension host only installs the result, and hover
 * and search keep answering from what is indexed while it runs. A worker that
 * cannot start falls back to indexing in the host, with one log line and
 * every file indexed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ensureCorpus } from '../../bench/corpus';
import type { AwsNotesApi } from '../../src/api';
import { SearchEngine } from '../../src/core/search';
import { IndexSnapshots } from '../../src/index-snapshots';
import { workerCountFor } from '../../src/core/index-worker/parallel';
import { NotesLoader } from '../../src/notes-loader';
import { NotesStore } from '../../src/notes-store';
import { fixtureUri, getExtension, positionOf, waitFor } from './helpers';

const SECTIONS = 8_000;
const MARKER = 'zyxworkerquartz';
const LATER_MARKER = 'zyxlaterquartz';

interface Internals {
  logFile: string;
}

/** A log channel that keeps its lines. */
function recordingLog(lines: string[]): vscode.LogOutputChannel {
  const record = (line: string) => void lines.push(line);
  return { info: record, warn: record, error: record, debug: record, trace: record, dispose: () => undefined } as unknown as vscode.LogOutputChannel;
}

describe('Index worker', function () {
  this.timeout(180_000);
  let api: AwsNotesApi & { internals: Internals };
  let root: string;
  let folder: string;
  let filesBefore = 0;
  const config = () => vscode.workspace.getConfiguration('awsNotes');
  const readLog = () => (fs.existsSync(api.internals.logFile) ? fs.readFileSync(api.internals.logFile, 'utf8') : '');

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi & { internals: Internals };
    await api.ready;
    filesBefore = api.stats().files;
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-worker-it-'));
    // Synthetic notes made from the bundled notes' own lines (as the bench's), plus one file with a word of its own.
    folder = ensureCorpus(root, path.join(getExtension().extensionPath, 'notes'), SECTIONS).dir;
    fs.writeFileSync(path.join(folder, 'marker.md'), `# Worker notes\n\n## DynamoDB ${MARKER} tables\n\nOn-demand capacity for spiky DynamoDB traffic.\n`);
  });

  after(async () => {
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    // The suites after this one count notes per service: the 8,000 synthetic sections (made from the bundled
    // notes' lines, so they name many services) must have left the index before they start.
    await waitFor(() => api.stats().files === filesBefore, 'the synthetic notes to leave the index', 60_000);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('indexes a large folder in the worker while hover and search keep answering', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('templates/web-app.yaml'));
    const hoverAt = positionOf(document, 'AWS::S3::Bucket', 10);
    // The first search builds the search engine over the bundled notes at once; that is not the worker's doing.
    api.search('s3 lifecycle', 5);
    await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, hoverAt);
    const logBefore = readLog().length;
    const workerLine = /Indexed (\d+) files in (a worker thread|(\d+) worker threads) in \d+ ms \(worker \d+ ms; installed in \d+ ms\)/;
    // How long the extension host's event loop went without running a 5 ms timer, while the folder indexed.
    let longestGap = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    let answeredDuring = 0;
    try {
      await config().update('notesFolders', [folder], vscode.ConfigurationTarget.Global);
      await waitFor(
        async () => {
          const done = workerLine.test(readLog().slice(logBefore));
          if (!done) {
            // The bundled notes stay in the index meanwhile: hover and search answer from them.
            const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, hoverAt)) ?? [];
            const hovered = hovers.some((hover) => hover.contents.some((c) => c instanceof vscode.MarkdownString && /Amazon S3/.test(c.value)));
            const searched = api.search('s3 lifecycle', 5).length > 0;
            assert.ok(hovered, 'the S3 hover answers while the folder indexes');
            assert.ok(searched, 'search answers while the folder indexes');
            answeredDuring++;
          }
          return done;
        },
        'the worker to finish',
        120_000,
      );
    } finally {
      clearInterval(probe);
    }
    const log = readLog().slice(logBefore);
    assert.doesNotMatch(log, /instead of a worker thread/);
    const [, indexed, , threads] = workerLine.exec(log)!;
    assert.equal(Number(indexed), fs.readdirSync(folder).filter((name) => name.endsWith('.md')).length);
    // The ~7 MB folder goes to a worker per spare core (one on the two-core CI machine, which keeps a core for the host).
    const cores = os.availableParallelism();
    const bytes = fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);
    const expected = workerCountFor(bytes, Number(indexed), cores);
    assert.equal(Number(threads ?? 1), expected, `the folder went to ${threads ?? 1} worker threads on ${cores} cores`);
    assert.ok(answeredDuring > 0, 'hover and search were asked at least once while the worker ran');
    await api.ready;
    const hits = api.search(MARKER, 5);
    assert.equal(hits[0]?.title, `DynamoDB ${MARKER} tables`);
    assert.ok(api.lookup('AWS::DynamoDB::Table').some((section) => section.file === path.join(folder, 'marker.md')), 'the hover lookup has the worker-indexed note');
    assert.ok(api.stats().sections > SECTIONS, `${api.stats().sections} sections`);
    const results = process.env.AWS_NOTES_TEST_RESULTS;
    if (results) fs.writeFileSync(path.join(path.dirname(results), 'index-worker-host-gap.json'), JSON.stringify({ sections: SECTIONS, longestGapMs: longestGap, answeredDuring }, null, 2));
  });

  it('builds a first index through the worker with its search engine restored from the worker\'s postings', async () => {
    // A window's first build, as after installing the extension with a notes folder set: nothing indexed yet.
    const lines: string[] = [];
    const store = new NotesStore(recordingLog(lines));
    const storage = vscode.Uri.file(fs.mkdtempSync(path.join(root, 'storage-')));
    const snapshots = new IndexSnapshots(storage, getExtension().extensionPath, store, () => undefined);
    const loader = new NotesLoader(getExtension().extensionPath, store, snapshots);
    try {
      loader.start();
      await store.ready;
      assert.ok(lines.some((line) => /^Indexed \d+ files in (a worker thread|\d+ worker threads) in /.test(line)), lines.join('\n'));
      assert.deepEqual(store.index.stats(), api.stats());
      // Search takes the engine the loader restored, in steps, from the worker's postings: nothing is tokenised again.
      const offer = store.takeSearchState();
      assert.ok(offer?.engine, 'the first build offers search an engine restored from the worker');
      assert.equal(offer.engine.size, store.index.allSections().filter((s) => s.file.startsWith(folder)).length);
      assert.equal(offer.engine.search(MARKER, { limit: 1 })[0]?.section.title, `DynamoDB ${MARKER} tables`);
    } finally {
      loader.dispose();
      snapshots.dispose();
      store.dispose();
    }
  });

  it('starts later from the saved index with a big new folder, the workers\' postings of it joining the saved ones', async () => {
    // A first session indexes the folder as it is and saves its index (the folder is set, as the first test left it).
    await config().update('notesFolders', [folder], vscode.ConfigurationTarget.Global);
    const storage = vscode.Uri.file(fs.mkdtempSync(path.join(root, 'storage-')));
    const firstStore = new NotesStore(recordingLog([]));
    let firstEngine: SearchEngine | undefined;
    const firstSnapshots = new IndexSnapshots(storage, getExtension().extensionPath, firstStore, () => firstEngine);
    const firstLoader = new NotesLoader(getExtension().extensionPath, firstStore, firstSnapshots);
    const extra = path.join(folder, 'added-later');
    try {
      firstLoader.start();
      await firstStore.ready;
      firstEngine = new SearchEngine(firstStore.catalog);
      firstEngine.addSections(firstStore.index.allSections());
      await firstSnapshots.flush();
    } finally {
      firstLoader.dispose();
      firstSnapshots.dispose();
      firstStore.dispose();
    }
    const savedFiles = firstStore.index.files().length;
    // The running extension holds the same files; then, as if while VS Code was closed, a big folder of new notes
    // arrives: 60 files, one with a word of its own.
    await waitFor(() => api.stats().files === savedFiles, 'the running extension to hold the folder', 60_000);
    fs.mkdirSync(extra);
    const copies = fs.readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'marker.md').slice(0, 59);
    assert.equal(copies.length, 59);
    for (const name of copies) fs.copyFileSync(path.join(folder, name), path.join(extra, name));
    fs.writeFileSync(path.join(extra, 'later-marker.md'), `# Later notes\n\n## Kinesis ${LATER_MARKER} shards\n\nResharding a Kinesis stream splits or merges shards.\n`);
    // The running extension sees them arrive; the next session starts once the file events are over, as a window
    // opened later would (events still in flight would count the new files as edited during the workers' run).
    await waitFor(() => api.stats().files === savedFiles + 60, 'the running extension to index the new folder', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const lines: string[] = [];
    const store = new NotesStore(recordingLog(lines));
    const snapshots = new IndexSnapshots(storage, getExtension().extensionPath, store, () => undefined);
    const loader = new NotesLoader(getExtension().extensionPath, store, snapshots);
    try {
      loader.start();
      await store.ready;
      const log = lines.join('\n');
      assert.match(log, new RegExp(`Restored ${savedFiles} of ${savedFiles + 60} files from the saved index; 60 read and parsed`));
      assert.match(log, /Indexed 60 files in (a worker thread|\d+ worker threads) in /);
      // Search is offered one engine with every section in it: the saved postings, and the workers' for the new
      // folder, so nothing is tokenised again in the extension host.
      const offer = store.takeSearchState();
      assert.ok(offer?.engine, 'the later start offers search an engine restored from the saved index');
      const all = store.index.allSections();
      assert.equal(offer.engine.size, all.length, log);
      const offered = new Set([...offer.sections, ...(offer.absorbed ?? [])]);
      assert.ok(all.every((section) => offered.has(section)), 'a section search would have to tokenise itself');
      assert.equal(offer.engine.search(LATER_MARKER, { limit: 1 })[0]?.section.title, `Kinesis ${LATER_MARKER} shards`);
      assert.equal(offer.engine.search(MARKER, { limit: 1 })[0]?.section.title, `DynamoDB ${MARKER} tables`);
    } finally {
      loader.dispose();
      snapshots.dispose();
      store.dispose();
      fs.rmSync(extra, { recursive: true, force: true });
    }
  });

  it('keeps a note edited while the workers read it as it is now, not as they read it', async () => {
    // Workers that answer a second after they are done, so the edit below lands between their read and the install.
    const script = path.join(root, 'slow-worker.js');
    const indexFilesModule = path.join(getExtension().extensionPath, 'out', 'src', 'core', 'index-worker', 'index-files.js');
    fs.writeFileSync(
      script,
      [
        "const { parentPort } = require('node:worker_threads');",
        `const { indexFiles } = require(${JSON.stringify(indexFilesModule)});`,
        "parentPort.on('message', (request) => {",
        '  const result = indexFiles(request);',
        '  setTimeout(() => parentPort.postMessage(result, [result.head.buffer, result.strings.buffer, result.bodies.buffer]), 1500);',
        '});',
      ].join('\n'),
    );
    const marker = path.join(folder, 'marker.md');
    const original = fs.readFileSync(marker, 'utf8');
    const lines: string[] = [];
    const store = new NotesStore(recordingLog(lines));
    const storage = vscode.Uri.file(fs.mkdtempSync(path.join(root, 'storage-')));
    const snapshots = new IndexSnapshots(storage, getExtension().extensionPath, store, () => undefined);
    const loader = new NotesLoader(getExtension().extensionPath, store, snapshots, { script });
    try {
      loader.start();
      // Once the workers have read everything (they are waiting to answer), the note is edited on disk.
      await waitFor(() => lines.some((line) => line.startsWith('Indexing notes')), 'the build to start', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 700));
      fs.writeFileSync(marker, '# Worker notes\n\n## DynamoDB zyxeditedquartz tables\n\nEdited while the workers ran.\n');
      await store.ready;
      await waitFor(() => store.index.allSections().some((s) => s.file === marker && s.title.includes('zyxeditedquartz')), 'the edit to be indexed', 30_000);
      // Give the install every chance to put the older copy back.
      await loader.idle();
      const titles = store.index.allSections().filter((s) => s.file === marker).map((s) => s.title);
      assert.ok(titles.includes('DynamoDB zyxeditedquartz tables'), titles.join(', '));
      assert.ok(!titles.some((title) => title.includes(MARKER)), `the workers' older copy came back: ${titles.join(', ')}`);
      assert.ok(lines.some((line) => /^Indexed \d+ files in a worker thread/.test(line)), lines.join('\n'));
    } finally {
      loader.dispose();
      snapshots.dispose();
      store.dispose();
      fs.writeFileSync(marker, original);
    }
  });

  it('falls back to the host with one log line when the worker is missing, and indexes every file', async () => {
    const lines: string[] = [];
    const store = new NotesStore(recordingLog(lines));
    const storage = vscode.Uri.file(fs.mkdtempSync(path.join(root, 'storage-')));
    const snapshots = new IndexSnapshots(storage, getExtension().extensionPath, store, () => undefined);
    const missing = path.join(root, 'no-such-worker.js');
    const loader = new NotesLoader(getExtension().extensionPath, store, snapshots, { script: missing });
    try {
      loader.start();
      await store.ready;
      const fallbacks = lines.filter((line) => line.includes('instead of a worker thread'));
      assert.deepEqual(fallbacks, [`Indexing ${fs.readdirSync(folder).filter((name) => name.endsWith('.md')).length} files in the host instead of a worker thread: the index worker ${missing} is missing`]);
      assert.deepEqual(store.index.stats(), api.stats());
      assert.equal(store.index.lookup('AWS::DynamoDB::Table').filter((s) => s.file.endsWith('marker.md')).length, 1);
    } finally {
      loader.dispose();
      snapshots.dispose();
      store.dispose();
    }
  });
});
