/**
 * The saved index in a real VS Code: the running extension writes it to its
 * global storage, and a second session (a new store and loader, as the next
 * window would make them) restores every unchanged file from it instead of
 * parsing, with the same answers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { SearchEngine } from '../../src/core/search';
import type { IndexSnapshots } from '../../src/index-snapshots';
import { IndexSnapshots as SecondSessionSnapshots } from '../../src/index-snapshots';
import { NotesLoader } from '../../src/notes-loader';
import { NotesStore } from '../../src/notes-store';
import { getExtension } from './helpers';

interface Internals {
  snapshots: IndexSnapshots;
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
