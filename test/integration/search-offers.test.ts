/**
 * How search takes the search state the loader offers at a start, in a real
 * extension host: a start from the saved index that also joined the index
 * workers' postings of a new folder offers an engine that took in sections
 * besides the saved state's slots, and a search made at the moment the start
 * ends must take it as it is, not refuse it and rebuild everything.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { SearchEngine } from '../../src/core/search';
import type { NoteSection } from '../../src/core/types';
import { NotesStore } from '../../src/notes-store';
import { LazyEngine } from '../../src/search-quick-pick';

/** A log channel that keeps its lines. */
function recordingLog(lines: string[]): vscode.LogOutputChannel {
  const record = (line: string) => void lines.push(line);
  return { info: record, warn: record, error: record, debug: record, trace: record, dispose: () => undefined } as unknown as vscode.LogOutputChannel;
}

const SAVED_NOTES = {
  '/notes/saved/dynamodb.md': '# DynamoDB\n\n## Global tables zyxsavedquartz\n\nMulti-Region replication for DynamoDB tables.\n',
  '/notes/saved/s3.md': '# S3\n\n## Lifecycle rules\n\nMove objects to Glacier after 90 days.\n',
};
const NEW_NOTE = ['/notes/new/kinesis.md', '# Kinesis\n\n## Resharding zyxnewquartz\n\nSplitting and merging shards of a Kinesis stream.\n'] as const;

describe('Search offers at a start', () => {
  it('takes a start\'s offer that joined the workers\' postings, even when a search catches the start as it ends', () => {
    const lines: string[] = [];
    const store = new NotesStore(recordingLog(lines));
    const search = new LazyEngine(store);
    try {
      // A search during start-up (the public API's, say) makes an engine over what is indexed so far: nothing.
      assert.equal(search.get().size, 0);
      // The start: saved files restored and a new folder installed, while search holds the changes back.
      store.setRestoring(true);
      const saved: NoteSection[] = [];
      for (const [file, text] of Object.entries(SAVED_NOTES)) saved.push(...store.index.setFile(file, text, 'user'));
      const added = store.index.setFile(NEW_NOTE[0], NEW_NOTE[1], 'user');
      // The offer: the saved state over its slots, and an engine that took in the new folder's postings besides.
      const savedEngine = new SearchEngine(store.catalog);
      savedEngine.addSections(saved);
      const { state, sectionIds } = savedEngine.exportState();
      const byId = new Map(saved.map((section) => [section.id, section]));
      const slots = sectionIds.map((id) => byId.get(id));
      const engine = SearchEngine.restore(store.catalog, state, slots);
      engine.addSections(added);
      store.offerSearchState({ state, sections: slots, engine, absorbed: added });
      store.setRestoring(false);
      store.markReady();
      // A search in the same turn as the end of the start, before search's own handler of it has run.
      const answered = search.get();
      assert.deepEqual(
        lines.filter((line) => /could not be used|building it from the notes/.test(line)),
        [],
        'search refused the offer and rebuilt from the notes',
      );
      assert.equal(answered.size, store.index.allSections().length);
      assert.equal(answered.search('zyxsavedquartz', { limit: 1 })[0]?.section.title, 'Global tables zyxsavedquartz');
      assert.equal(answered.search('zyxnewquartz', { limit: 1 })[0]?.section.title, 'Resharding zyxnewquartz');
    } finally {
      search.dispose();
      store.dispose();
    }
  });
});
