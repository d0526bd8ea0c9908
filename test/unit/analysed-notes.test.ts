import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANALYSIS_FORMAT, contentKey, readAnalyses, writeAnalyses } from '../../src/core/analysed-notes';
import { ServiceCatalog } from '../../src/core/catalog';
import { decodeNote } from '../../src/core/decode-note';
import { SnapshotWriter, decodeSnapshot } from '../../src/core/index-snapshot';
import { NoteIndex, type AnalysedSection } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { SearchEngine } from '../../src/core/search';
import { bundledNoteFiles } from './support/paths';

/** Everything the index answers about one catalog entry, for comparing two indexes. */
function answers(index: NoteIndex, catalog: ServiceCatalog): unknown {
  const byEntry = [...catalog.entries.keys()].map((id) => [id, index.lookupEntry(id).map((s) => [s.section.id, s.score])]);
  // The sections as JSON: every field, the body too (an index section reads its body through an accessor).
  return { sections: index.allSections().map((section) => JSON.parse(JSON.stringify(section)) as unknown), byEntry, stats: index.stats() };
}

describe('stored analyses of notes files', () => {
  const catalog = new ServiceCatalog();
  const files = bundledNoteFiles().map((file) => ({ file, bytes: fs.readFileSync(file) }));

  it('rebuild the bundled notes exactly as parsing them does, after a round trip through JSON', () => {
    const parsedIndex = new NoteIndex(catalog, parseNotes);
    const analyser = new NoteIndex(catalog, parseNotes);
    const stored = new Map<string, AnalysedSection[]>();
    for (const { file, bytes } of files) {
      const decoded = decodeNote(bytes);
      assert.ok(decoded.ok);
      parsedIndex.setFile(file, decoded.text, 'bundled');
      stored.set(contentKey(bytes), analyser.analyse(decoded.text));
    }
    const read = readAnalyses(writeAnalyses(stored));
    assert.ok('analyses' in read, 'error' in read ? read.error : '');
    // A fresh index, as in a new window: it has never scanned a mention, yet must give the same answers.
    const storedIndex = new NoteIndex(catalog, () => assert.fail('a stored analysis must not be parsed again'));
    for (const { file, bytes } of files) storedIndex.setAnalysedFile(file, read.analyses.get(contentKey(bytes))!, 'bundled');
    assert.deepEqual(answers(storedIndex, catalog), answers(parsedIndex, catalog));
    assert.equal(storedIndex.lookup('AWS::EC2::PlacementGroup')[0]?.title, parsedIndex.lookup('AWS::EC2::PlacementGroup')[0]?.title);
  });

  it('store the text of bodies an index restored from the saved index has not read yet, not where their bytes were', () => {
    const parsedIndex = new NoteIndex(catalog, parseNotes);
    const writer = new SnapshotWriter('build');
    for (const { file, bytes } of files) {
      const decoded = decodeNote(bytes);
      assert.ok(decoded.ok);
      parsedIndex.setFile(file, decoded.text, 'bundled');
      writer.addFile({ path: file, label: path.basename(file), origin: 'bundled', key: contentKey(bytes), sections: parsedIndex.exportFile(file)! });
    }
    const search = new SearchEngine(catalog).exportState().state;
    const read = decodeSnapshot(Buffer.concat(writer.finish(search, [])), 'build');
    assert.ok('snapshot' in read, 'error' in read ? read.error : '');
    const restored = new NoteIndex(catalog, parseNotes);
    for (const stored of read.snapshot.files) restored.setStoredFile(stored.path, stored, stored.origin, stored.label);
    const stored = new Map(files.map(({ file, bytes }) => [contentKey(bytes), restored.exportFile(file)!]));
    assert.ok([...stored.values()].flat().some((section) => section.bodyUtf8 !== undefined), 'the export points into the saved bytes');
    const json = writeAnalyses(stored);
    assert.doesNotMatch(json, /"bodyUtf8"|"bodyStart"|"bodyEnd"/);
    const back = readAnalyses(json);
    assert.ok('analyses' in back, 'error' in back ? back.error : '');
    const again = new NoteIndex(catalog, () => assert.fail('a stored analysis must not be parsed again'));
    for (const { file, bytes } of files) again.setAnalysedFile(file, back.analyses.get(contentKey(bytes))!, 'bundled');
    assert.deepEqual(answers(again, catalog), answers(parsedIndex, catalog));
  });

  it('key files by their bytes, so an edited file no longer matches its stored analysis', () => {
    const bytes = files[0].bytes;
    assert.equal(contentKey(bytes), contentKey(Buffer.from(bytes)));
    const edited = Buffer.concat([bytes, Buffer.from('\n')]);
    assert.notEqual(contentKey(edited), contentKey(bytes));
    assert.match(contentKey(bytes), /^[0-9a-f]{64}$/);
  });

  it('refuse a damaged, outdated or malformed file with a reason instead of misreading it', () => {
    const section: AnalysedSection = {
      parsed: { title: 'S3', parents: [], startLine: 0, endLine: 1, body: 'S3', headings: [], kind: 'note' },
      snippet: 'S3',
      tags: [['s3', 12]],
    };
    const key = contentKey(Buffer.from('# S3\nS3'));
    const good = JSON.parse(writeAnalyses(new Map([[key, [section]]]))) as { format: number; files: Record<string, unknown[]> };
    assert.ok('analyses' in readAnalyses(JSON.stringify(good)));

    const cases: [string, string, RegExp][] = [
      ['truncated', JSON.stringify(good).slice(0, 80), /not valid JSON/],
      ['older format', JSON.stringify({ ...good, format: ANALYSIS_FORMAT - 1 }), /not in format/],
      ['not an object', '[]', /not in format/],
      ['bad key', JSON.stringify({ ...good, files: { 'not-a-hash': [section] } }), /malformed entry/],
      ['bad kind', JSON.stringify({ ...good, files: { [key]: [{ ...section, parsed: { ...section.parsed, kind: 'script' } }] } }), /malformed entry/],
      ['bad tag', JSON.stringify({ ...good, files: { [key]: [{ ...section, tags: [['s3', 'twelve']] }] } }), /malformed entry/],
      ['missing body', JSON.stringify({ ...good, files: { [key]: [{ ...section, parsed: { ...section.parsed, body: undefined } }] } }), /malformed entry/],
    ];
    for (const [what, json, reason] of cases) {
      const read = readAnalyses(json);
      assert.ok('error' in read, what);
      assert.match(read.error, reason, what);
    }
  });
});
