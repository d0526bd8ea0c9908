/**
 * The saved index in a real VS Code: the running extension writes it to its
 * global storage, and a second session (a new store and loader, as the next
 * window would make them) restores every unchanged file from it instead of
 * parsing, with the same answers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { SearchEngine } from '../../src/core/search';
import type { NoteSection } from '../../src/core/types';
import type { IndexSnapshots } from '../../src/index-snapshots';
import { IndexSnapshots as SecondSessionSnapshots } from '../../src/index-snapshots';
import { NotesLoader } from '../../src/notes-loader';
import { NotesStore } from '../../src/notes-store';
import { getExtension, waitFor } from './helpers';

interface Internals {
  snapshots: IndexSnapshots;
  store: NotesStore;
  globalStorageUri: vscode.Uri;
}

/** A log channel that keeps its lines, so the test can read what the second session said. */
function recordingLog(lines: string[]): vscode.LogOutputChannel {
  const record = (line: string) => void lines.push(line);
  return { info: record, warn: record, error: record, debug: record, trace: record, dispose: () => undefined } as unknown as vscode.LogOutputChannel;
}

describe('Saved index', function () {
  this.timeout(60_000);

  it('is saved to global storage, and the next session restores every file from it with the same answers', async () => {
    const extension = getExtension();
    const api = (await extension.activate()) as AwsNotesApi & { internals: Internals };
    await api.ready;
    // The snapshot holds the search postings too: finish the search engine, then save without the usual wait.
    api.search('placement group', 1);
    await api.internals.snapshots.flush();
    const saved = path.join(api.internals.globalStorageUri.fsPath, 'index-snapshot.bin');
    assert.ok(fs.existsSync(saved), `${saved} was not written`);

    const lines: string[] = [];
    const store = new NotesStore(recordingLog(lines));
    const snapshots = new SecondSessionSnapshots(api.internals.globalStorageUri, extension.extensionPath, store, () => undefined);
    const loader = new NotesLoader(extension.extensionPath, store, snapshots);
    const restoringSeen: boolean[] = [];
    store.onDidChange(() => restoringSeen.push(store.isRestoring));
    try {
      loader.start();
      await store.ready;
      // Search waits while files come from the saved index, then takes the saved postings.
      assert.ok(restoringSeen.length > 0 && restoringSeen.every(Boolean), 'every restored file arrived while the store said it was restoring');
      assert.equal(store.isRestoring, false);
      const files = api.stats().files;
      const log = lines.join('\n');
      assert.match(log, /Read the saved index \(\d+ files, \d+ sections, [\d.]+ MB\)/);
      assert.match(log, new RegExp(`Restored ${files} of ${files} files from the saved index; 0 read and parsed`));
      assert.deepEqual(store.index.stats(), api.stats());

      // The restored sections' bodies are still the saved bytes; each one read is the running session's text.
      const restoredSections = store.index.allSections() as (NoteSection & { bodyIsPending?: boolean })[];
      assert.ok(restoredSections.every((section) => section.bodyIsPending === true), 'the restore decoded bodies nobody had read');
      const running = api.internals.store.index;
      for (const section of restoredSections) assert.equal(section.body, running.get(section.id)?.body, section.id);
      assert.ok(restoredSections.every((section) => section.bodyIsPending === false));

      for (const term of ['AWS::EC2::PlacementGroup', 'DynamoDB', 'ALB', 'Multi-AZ']) {
        assert.deepEqual(
          store.index.lookup(term).map((section) => section.id),
          api.lookup(term).map((section) => section.id),
          `lookup ${term}`,
        );
      }

      // The search postings come from the snapshot; they must answer as postings built from these sections do.
      const offer = store.takeSearchState();
      assert.ok(offer, 'the loader offered the saved search index');
      assert.ok(offer.sections.every(Boolean), 'every saved search slot maps to a restored section');
      const restored = SearchEngine.restore(store.catalog, offer.state, offer.sections);
      const built = new SearchEngine(store.catalog);
      built.addSections(store.index.allSections());
      for (const query of ['placement group', 'dynamo global tables', 'alb vs nlb', 's3: lifecycle', 'kinesis']) {
        const ids = (engine: SearchEngine) => engine.search(query, { limit: 10 }).map((hit) => [hit.section.id, hit.score]);
        assert.deepEqual(ids(restored), ids(built), query);
      }
    } finally {
      loader.dispose();
      snapshots.dispose();
      store.dispose();
    }
  });
});

/**
 * A later start trusts a note whose stat (size, times, inode) is the one saved with it, as git's index does,
 * and reads the others: a same-size edit whose mtime was set back is caught by its ctime and parsed; a note
 * written back with its saved bytes is read to check them and restored.
 */
describe('Saved index and file stats', function () {
  this.timeout(90_000);
  const config = () => vscode.workspace.getConfiguration('awsNotes');
  let folder: string;
  let note: string;
  let original: Buffer;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-stat-'));
    note = path.join(folder, 'compute-notes.md');
    original = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'user-notes', 'compute-notes.md'));
    fs.writeFileSync(note, original);
    // A whole second, which fs.utimes can set again exactly later (it takes seconds as a double).
    fs.utimesSync(note, 1_700_000_000, 1_700_000_000);
    // A note changed in the 3 s before a scan is always hashed next time; this one is older than that when scanned.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await config().update('notesFolders', [folder], vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('restores unchanged notes unread, parses a same-size edit with its mtime set back, and restores a note written back unchanged', async () => {
    const extension = getExtension();
    const api = (await extension.activate()) as AwsNotesApi & { internals: Internals };
    await waitFor(() => api.lookup('AWS::EC2::KeyPair').some((s) => s.origin === 'user'), 'the user note indexed', 20_000);
    const savedFile = path.join(api.internals.globalStorageUri.fsPath, 'index-snapshot.bin');
    // The rebuild for the new folder may still be finishing: save until the saved index holds the note.
    const saved = await waitFor(
      async () => {
        api.search('placement group', 1);
        await api.internals.snapshots.flush();
        const bytes = fs.existsSync(savedFile) ? fs.readFileSync(savedFile) : undefined;
        return bytes?.includes(note) ? bytes : undefined;
      },
      'the saved index holds the user note',
      20_000,
    );
    const files = api.stats().files;

    /** A next session from a copy of the saved index (the running extension may save its own meanwhile). */
    const nextSession = async (): Promise<{ log: string; bodies: string[] }> => {
      const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-stat-storage-'));
      fs.writeFileSync(path.join(storage, 'index-snapshot.bin'), saved);
      const lines: string[] = [];
      const store = new NotesStore(recordingLog(lines));
      const snapshots = new SecondSessionSnapshots(vscode.Uri.file(storage), extension.extensionPath, store, () => undefined);
      const loader = new NotesLoader(extension.extensionPath, store, snapshots);
      try {
        loader.start();
        await store.ready;
        await loader.idle();
        const bodies = store.index.allSections().filter((section) => section.file === note).map((section) => section.body);
        return { log: lines.join('\n'), bodies };
      } finally {
        loader.dispose();
        snapshots.dispose();
        store.dispose();
        fs.rmSync(storage, { recursive: true, force: true });
      }
    };

    const unchanged = await nextSession();
    assert.match(unchanged.log, new RegExp(`Restored ${files} of ${files} files from the saved index; 0 read and parsed; 0 of those restored were read to check their bytes`));

    // Same size, and the mtime set back to what was saved: only the ctime (set by the kernel) tells.
    const stat = fs.statSync(note);
    const edited = Buffer.from(original.toString('utf8').replace('virtual servers', 'virtual zqxwvut'), 'utf8');
    assert.equal(edited.length, original.length);
    fs.writeFileSync(note, edited);
    fs.utimesSync(note, 1_700_000_000, 1_700_000_000);
    assert.equal(fs.statSync(note).mtimeMs, stat.mtimeMs);
    const sameSizeEdit = await nextSession();
    assert.match(sameSizeEdit.log, new RegExp(`Restored ${files - 1} of ${files} files from the saved index; 1 read and parsed`));
    assert.ok(sameSizeEdit.bodies.some((body) => body.includes('virtual zqxwvut')), 'the edit is indexed');

    // The saved bytes again, with a new stat: read to check, and restored rather than parsed.
    fs.writeFileSync(note, original);
    const writtenBack = await nextSession();
    assert.match(writtenBack.log, new RegExp(`Restored ${files} of ${files} files from the saved index; 0 read and parsed; 1 of those restored were read to check their bytes`));
    assert.ok(writtenBack.bodies.some((body) => body.includes('virtual servers')));
  });
});
