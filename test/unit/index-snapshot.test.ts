import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentKey } from '../../src/core/analysed-notes';
import { ServiceCatalog } from '../../src/core/catalog';
import { decodeNote } from '../../src/core/decode-note';
import { SNAPSHOT_FORMAT, SnapshotWriter, decodeSnapshot, decodeSnapshotParts, encodeSnapshot, readSnapshotFile, splitSnapshot, type SnapshotFile, type StoredSnapshot } from '../../src/core/index-snapshot';
import { IndexedSection } from '../../src/core/indexed-section';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { SearchEngine } from '../../src/core/search';
import type { NoteSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';

const BUILD = 'build-1';
const USER_FILE = '/notes/user/networking.md';
const USER_NOTES = [
  '# Networking',
  '',
  '## VPC endpoints — gateway vs interface',
  'Gateway endpoints serve S3 and DynamoDB; interface endpoints (PrivateLink) put an ENI in your subnet. “Smart quotes”, café, 🚀.',
  '',
  '## Route 53 failover',
  'Health checks flip DNS to the standby ALB in another region.',
].join('\n');

interface Built {
  index: NoteIndex;
  engine: SearchEngine;
  keys: Map<string, string>;
}

/** Indexes the bundled notes and one user note from scratch, as a first start does. */
function buildFromScratch(catalog: ServiceCatalog, userText = USER_NOTES): Built {
  const index = new NoteIndex(catalog, parseNotes);
  const keys = new Map<string, string>();
  for (const file of bundledNoteFiles()) {
    const bytes = fs.readFileSync(file);
    const decoded = decodeNote(bytes);
    assert.ok(decoded.ok);
    index.setFile(file, decoded.text, 'bundled');
    keys.set(file, contentKey(bytes));
  }
  index.setFile(USER_FILE, userText, 'user', 'networking.md');
  keys.set(USER_FILE, contentKey(Buffer.from(userText)));
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());
  return { index, engine, keys };
}

/** The same snapshot with another format number in its header (same length, so nothing else moves). */
function withFormat(bytes: Uint8Array, format: number): Uint8Array {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(`"format":${SNAPSHOT_FORMAT}`);
  assert.ok(at > 0 && String(format).length === String(SNAPSHOT_FORMAT).length);
  copy.write(`"format":${format}`, at, 'latin1');
  return copy;
}

/** `rounds` copies of `bytes`, each with four bytes changed at places a seeded generator picks: the same every run. */
function* damagedCopies(bytes: Uint8Array, seed: number, rounds: number): Generator<[round: number, damaged: Buffer]> {
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let round = 0; round < rounds; round++) {
    const damaged = Buffer.from(bytes);
    for (let flip = 0; flip < 4; flip++) damaged[Math.floor(random() * damaged.length)] ^= 1 + Math.floor(random() * 255);
    yield [round, damaged];
  }
}

function save({ index, engine, keys }: Built): Uint8Array {
  const files: SnapshotFile[] = index.files().map((file) => ({ ...file, key: keys.get(file.path)!, sections: index.exportFile(file.path)! }));
  const { state, sectionIds } = engine.exportState();
  return encodeSnapshot({ buildId: BUILD, files, search: state }, sectionIds);
}

/**
 * Restores what a new session would: every file whose key still matches comes
 * from the snapshot; the others are parsed; the engine takes the stored
 * postings for restored sections and indexes the rest.
 */
function restore(catalog: ServiceCatalog, snapshot: StoredSnapshot, current: Map<string, { text: string; key: string }>): Built {
  const index = new NoteIndex(catalog, parseNotes);
  const bySlot: (NoteSection | undefined)[] = [];
  const restored = new Set<string>();
  for (const file of snapshot.files) {
    const now = current.get(file.path);
    if (now?.key !== file.key) {
      bySlot.push(...new Array<undefined>(file.sectionCount));
      continue;
    }
    bySlot.push(...index.setAnalysedFile(file.path, file.readSections(), file.origin, file.label));
    restored.add(file.path);
  }
  for (const [file, { text }] of current) {
    if (!restored.has(file)) index.setFile(file, text, file === USER_FILE ? 'user' : 'bundled', file === USER_FILE ? 'networking.md' : undefined);
  }
  const engine = SearchEngine.restore(
    catalog,
    snapshot.search,
    Array.from(snapshot.slotSections, (ordinal) => (ordinal >= 0 ? bySlot[ordinal] : undefined)),
  );
  const live = new Set(bySlot);
  engine.addSections(index.allSections().filter((section) => !live.has(section)));
  return { index, engine, keys: new Map([...current].map(([file, { key }]) => [file, key])) };
}

function currentFiles(userText = USER_NOTES): Map<string, { text: string; key: string }> {
  const files = new Map<string, { text: string; key: string }>();
  for (const file of bundledNoteFiles()) {
    const bytes = fs.readFileSync(file);
    const decoded = decodeNote(bytes);
    assert.ok(decoded.ok);
    files.set(file, { text: decoded.text, key: contentKey(bytes) });
  }
  files.set(USER_FILE, { text: userText, key: contentKey(Buffer.from(userText)) });
  return files;
}

/** Every query of the relevance set, typed one character at a time, plus prefixes and filters. */
function keystrokes(): string[] {
  const queries = (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'relevance', 'queries.json'), 'utf8')) as { query: string }[]).map(
    (q) => q.query,
  );
  queries.push('s3: lifecycle', '@networking endpoint', 'gateway endpoint', 'cafe', 'route 53 failover', 'r');
  return queries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
}

/** What a user sees: for each keystroke, the hits' ids, scores and snippets; for each entry, the hover's sections. */
function answers({ index, engine }: Built, catalog: ServiceCatalog): unknown {
  return {
    // As JSON: every field, the body too (a restored section reads its body through an accessor, which a spread would miss).
    sections: index.allSections().map((s) => JSON.parse(JSON.stringify(s)) as unknown),
    searches: keystrokes().map((typed) => engine.search(typed, { limit: 20 }).map((hit) => [hit.section.id, hit.score, hit.snippet])),
    lookups: [...catalog.entries.keys()].map((id) => index.lookupEntry(id).map((s) => [s.section.id, s.score])),
  };
}

function decoded(bytes: Uint8Array): StoredSnapshot {
  const read = decodeSnapshot(bytes, BUILD);
  assert.ok('snapshot' in read, 'error' in read ? read.error : '');
  return read.snapshot;
}

describe('index snapshot', function () {
  this.timeout(20_000);
  const catalog = new ServiceCatalog();
  const fresh = buildFromScratch(catalog);
  const expected = answers(fresh, catalog);
  const bytes = save(fresh);

  it('gives the same sections, searches and hover lookups as indexing from scratch', () => {
    const restored = restore(catalog, decoded(bytes), currentFiles());
    assert.equal(restored.engine.size, fresh.engine.size);
    assert.deepEqual(answers(restored, catalog), expected);
  });

  it('re-parses only a file whose bytes changed, and search finds its new words and no longer its old ones', () => {
    const edited = USER_NOTES.replace('Route 53 failover', 'Transit Gateway peering').replace('Health checks flip DNS', 'Zyxwordle attachments route');
    const restored = restore(catalog, decoded(bytes), currentFiles(edited));
    // The session that saved the snapshot, had it seen the same edit: removed sections leave dead slots in both.
    const live = buildFromScratch(catalog);
    live.index.onDidChange((change) => live.engine.apply(change));
    live.index.setFile(USER_FILE, edited, 'user', 'networking.md');
    assert.deepEqual(answers(restored, catalog), answers(live, catalog));
    assert.equal(restored.engine.search('zyxwordle')[0]?.section.title, 'Transit Gateway peering');
    assert.ok(!restored.engine.search('route 53 failover').some((hit) => hit.section.file === USER_FILE && hit.section.title === 'Route 53 failover'));
  });

  it('saves a restored index again with its dead slots swept, answering as an index of the edited notes', () => {
    const edited = USER_NOTES.replace('café', 'cafe au lait');
    const once = restore(catalog, decoded(bytes), currentFiles(edited));
    const twice = restore(catalog, decoded(save(once)), currentFiles(edited));
    // Saving sweeps the dead slots out, so the second restore is an index built from the edited notes.
    assert.deepEqual(answers(twice, catalog), answers(buildFromScratch(catalog, edited), catalog));
    assert.equal(decoded(save(once)).search.slotCount, once.engine.size);
  });

  it('is read from a file as from memory, and a missing, truncated or foreign file is an error, not an exception', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-snapshot-'));
    try {
      const file = path.join(dir, 'index-snapshot.bin');
      fs.writeFileSync(file, bytes);
      const read = await readSnapshotFile(file, BUILD);
      assert.ok('snapshot' in read, 'error' in read ? read.error : '');
      assert.equal(read.bytes, bytes.length);
      assert.deepEqual(answers(restore(catalog, read.snapshot, currentFiles()), catalog), expected);

      const missing = await readSnapshotFile(path.join(dir, 'none.bin'), BUILD);
      assert.ok('error' in missing && missing.code === 'ENOENT');
      fs.writeFileSync(file, bytes.subarray(0, bytes.length - 100));
      const truncated = await readSnapshotFile(file, BUILD);
      assert.ok('error' in truncated);
      assert.match(truncated.error, /damaged/);
      fs.writeFileSync(file, bytes);
      const foreign = await readSnapshotFile(file, 'build-2');
      assert.ok('error' in foreign);
      assert.match(foreign.error, /another build/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps accents, typographic quotes and emoji in titles and bodies exactly', () => {
    const section = decoded(bytes)
      .files.find((file) => file.path === USER_FILE)!
      .readSections()
      .find((s) => s.parsed.title.startsWith('VPC endpoints'))!;
    assert.equal(section.parsed.title, 'VPC endpoints — gateway vs interface');
    assert.match(section.parsed.body, /“Smart quotes”, café, 🚀\./);
  });

  it('is written file by file, and its postings packed in steps, to the same bytes as all at once', () => {
    const writer = new SnapshotWriter(BUILD);
    for (const file of fresh.index.files()) writer.addFile({ ...file, key: fresh.keys.get(file.path)!, sections: fresh.index.exportFile(file.path)! });
    // The postings in small steps, as the extension packs them between hand-backs of the event loop.
    const steps = fresh.engine.exportStateInSteps(500);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses > 10, `only ${pauses} pauses`);
    const { state, sectionIds } = step.value;
    assert.deepEqual(Buffer.concat(writer.finish(state, sectionIds)), Buffer.from(bytes));
  });

  it("keeps each file's stat stamp exactly, and a file saved without one has none, wherever the bytes start", () => {
    const stamp = { size: 6123, mtimeMs: 1764666000123.4568, ctimeMs: 1764666001999.25, ino: 2 ** 40 + 17 };
    const writer = new SnapshotWriter(BUILD);
    for (const file of fresh.index.files()) {
      writer.addFile({ ...file, key: fresh.keys.get(file.path)!, stamp: file.path === USER_FILE ? stamp : undefined, sections: fresh.index.exportFile(file.path)! });
    }
    const { state, sectionIds } = fresh.engine.exportState();
    const written = Buffer.concat(writer.finish(state, sectionIds));
    // In memory at an offset that is 4- but not 8-byte aligned, as well as at the start of its buffer.
    const shifted = new Uint8Array(written.length + 4).subarray(4);
    shifted.set(written);
    for (const input of [written, shifted]) {
      const files = decoded(input).files;
      assert.deepEqual(files.find((file) => file.path === USER_FILE)!.stamp, stamp);
      assert.ok(files.filter((file) => file.path !== USER_FILE).every((file) => file.stamp === undefined));
    }
    // The stamps change nothing else: the same sections and answers as the snapshot saved without them.
    assert.deepEqual(answers(restore(catalog, decoded(written), currentFiles()), catalog), expected);
  });

  it('shares one frozen empty list and each run of equal breadcrumbs between restored sections, as a fresh index does', () => {
    for (const built of [restore(catalog, decoded(bytes), currentFiles()), fresh]) {
      const sections = built.index.allSections();
      const empty = sections.filter((section) => section.headings.length === 0).map((section) => section.headings);
      assert.ok(empty.length > 10 && empty.every((list) => list === empty[0] && Object.isFrozen(list)));
      let shared = 0;
      sections.forEach((section, n) => {
        const before = sections[n - 1];
        if (before?.file === section.file && JSON.stringify(before.breadcrumb) === JSON.stringify(section.breadcrumb)) {
          assert.equal(section.breadcrumb, before.breadcrumb);
          shared++;
        }
        assert.ok(Object.isFrozen(section.breadcrumb));
      });
      assert.ok(shared > 10, `only ${shared} shared breadcrumbs`);
      // A shared list cannot be changed through one section behind the others' backs.
      assert.throws(() => (sections[0].breadcrumb as string[]).push('x'), TypeError);
    }
  });

  it('is refused, with a reason and without an exception, when from another build, truncated or not a snapshot', () => {
    const refusals: [string, Uint8Array, string, RegExp][] = [
      ['another build', bytes, 'build-2', /another build/],
      ['empty', new Uint8Array(0), BUILD, /not an index snapshot/],
      ['a notes file', fs.readFileSync(bundledNoteFiles()[0]), BUILD, /not an index snapshot/],
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), BUILD, /damaged/],
      ['cut inside the header', bytes.subarray(0, 40), BUILD, /damaged/],
      // Saved before file stamps (format 3): it has no stamps array, so it is skipped and rebuilt.
      ['from before file stamps', withFormat(bytes, SNAPSHOT_FORMAT - 1), BUILD, new RegExp(`^is not in format ${SNAPSHOT_FORMAT}$`)],
    ];
    for (const [what, input, build, reason] of refusals) {
      const read = decodeSnapshot(input, build);
      assert.ok('error' in read, `${what} was accepted`);
      assert.match(read.error, reason, what);
    }
  });

  it('leaves each restored body as stored bytes until it is read, then reads exactly what the notes gave', () => {
    const snapshot = decoded(bytes);
    const index = new NoteIndex(catalog, parseNotes);
    for (const file of snapshot.files) index.setStoredFile(file.path, file, file.origin, file.label);
    const restored = index.allSections() as IndexedSection[];
    const fromScratch = fresh.index.allSections();
    assert.equal(restored.length, fromScratch.length);
    // Nothing read a body while the index was restored: hover, tree and search answer without them.
    assert.ok(restored.every((section) => section instanceof IndexedSection && section.bodyIsPending));
    const user = restored.filter((section) => section.file === USER_FILE);
    assert.equal(user[0].body, fromScratch.find((section) => section.id === user[0].id)!.body);
    assert.ok(!user[0].bodyIsPending && user[1].bodyIsPending, 'reading one body decoded another');
    // Non-ASCII text (quotes, accents, an emoji) reads back whole from its own bytes.
    assert.match(user.map((section) => section.body).join('\n'), /“Smart quotes”, café, 🚀\./);
    restored.forEach((section, n) => assert.equal(section.body, fromScratch[n].body, section.id));
  });

  it('saves a restored index again, bodies unread, to the very bytes it was restored from', () => {
    const snapshot = decoded(bytes);
    const index = new NoteIndex(catalog, parseNotes);
    const bySlot: NoteSection[] = [];
    for (const file of snapshot.files) bySlot.push(...index.setStoredFile(file.path, file, file.origin, file.label));
    const engine = SearchEngine.restore(catalog, snapshot.search, Array.from(snapshot.slotSections, (ordinal) => (ordinal >= 0 ? bySlot[ordinal] : undefined)));
    // One body read before the save: it is written from its text, the others from their bytes.
    const user = index.allSections().find((section) => section.file === USER_FILE)!;
    assert.match(user.body, /Gateway endpoints/);
    const files = index.files().map((file) => ({ ...file, key: fresh.keys.get(file.path)!, sections: index.exportFile(file.path)! }));
    const { state, sectionIds } = engine.exportState();
    assert.deepEqual(Buffer.from(encodeSnapshot({ buildId: BUILD, files, search: state }, sectionIds)), Buffer.from(bytes));
    const pending = (index.allSections() as IndexedSection[]).filter((section) => section.bodyIsPending);
    assert.equal(pending.length, index.allSections().length - 1, 'the save decoded bodies nobody had read');
    // What the export hands anyone else still reads as the body's text.
    const exported = index.exportFile(USER_FILE)!;
    assert.equal(exported[1].parsed.body, fresh.index.exportFile(USER_FILE)![1].parsed.body);
  });

  it('refuses, when restoring, a section whose body lies outside the stored bodies, rather than when it is read', () => {
    // The header claims fewer bytes of bodies than the sections point into: the last sections' ranges run past them.
    const copy = Buffer.from(bytes);
    const at = copy.indexOf('"bodyBytes":');
    assert.ok(at > 0);
    const digits = /^"bodyBytes":(\d+)/.exec(copy.toString('latin1', at, at + 40))![1];
    copy.write(`"bodyBytes":${String(Number(digits) - 10 ** (digits.length - 1)).padStart(digits.length, '0')}`, at, 'latin1');
    const read = decodeSnapshot(copy, BUILD);
    assert.ok('snapshot' in read, 'error' in read ? read.error : '');
    const index = new NoteIndex(catalog, parseNotes);
    const last = read.snapshot.files[read.snapshot.files.length - 1];
    assert.throws(() => index.setStoredFile(last.path, last, last.origin, last.label), /body range/);
    assert.equal(index.allSections().length, 0);
  });

  it('restores through setStoredFile, reading each section in place, to exactly what setAnalysedFile gives', () => {
    const snapshot = decoded(bytes);
    const viaObjects = new NoteIndex(catalog, parseNotes);
    const inPlace = new NoteIndex(catalog, parseNotes);
    const bySlot: NoteSection[] = [];
    for (const file of snapshot.files) {
      viaObjects.setAnalysedFile(file.path, file.readSections(), file.origin, file.label);
      bySlot.push(...inPlace.setStoredFile(file.path, file, file.origin, file.label));
    }
    // What the API hands out is the sections as JSON; the tree and hover read the same fields.
    assert.equal(JSON.stringify(inPlace.allSections()), JSON.stringify(viaObjects.allSections()));
    assert.equal(JSON.stringify(inPlace.allSections()), JSON.stringify(fresh.index.allSections()));
    const engine = SearchEngine.restore(catalog, snapshot.search, Array.from(snapshot.slotSections, (ordinal) => (ordinal >= 0 ? bySlot[ordinal] : undefined)));
    assert.deepEqual(answers({ index: inPlace, engine, keys: fresh.keys }, catalog), expected);
    assert.deepEqual(inPlace.stats(), fresh.index.stats());
    assert.deepEqual(inPlace.entryCounts(), fresh.index.entryCounts());
    // Saved again, it gives the same bytes: nothing of one section leaked into the next through the shared object.
    const files = inPlace.files().map((file) => ({ ...file, key: fresh.keys.get(file.path)!, sections: inPlace.exportFile(file.path)! }));
    assert.deepEqual(Buffer.from(encodeSnapshot({ buildId: BUILD, files, search: engine.exportState().state }, engine.exportState().sectionIds)), Buffer.from(bytes));
  });

  it('is written as two fresh transferable parts with the same bytes as the whole, split', () => {
    const writer = new SnapshotWriter(BUILD);
    for (const file of fresh.index.files()) writer.addFile({ ...file, key: fresh.keys.get(file.path)!, sections: fresh.index.exportFile(file.path)! });
    const { state, sectionIds } = fresh.engine.exportState();
    const parts = writer.finishParts(state, sectionIds);
    const split = splitSnapshot(bytes, BUILD);
    assert.ok(!('error' in split));
    assert.deepEqual(Buffer.from(parts.head), Buffer.from(split.head));
    assert.deepEqual(Buffer.from(parts.strings), Buffer.from(split.strings));
    assert.deepEqual(Buffer.from(parts.bodies), Buffer.from(split.bodies));
    // Each part owns its whole buffer, so transferring one moves nothing else.
    for (const part of [parts.head, parts.strings, parts.bodies]) assert.ok(part.byteOffset === 0 && part.byteLength === part.buffer.byteLength);
    const read = decodeSnapshotParts(parts, BUILD);
    assert.ok('snapshot' in read);
    assert.equal(read.snapshot.files.length, fresh.index.files().length);
  });

  it('stores the strings of a chunk as the UTF-8 of their text joined, lone surrogates and all', () => {
    // A title ending in the first half of an emoji and a snippet starting with its second half: joined they are one
    // character, so they read back exactly; a lone half elsewhere reads back as U+FFFD, as UTF-8 has no other way.
    const title = 'Rocket \uD83D';
    const snippet = '\uDE80 launch';
    const body = 'lone \uDC00 half, café';
    const parsed = { title, parents: ['Top ≠ bottom'], startLine: 1, endLine: 2, body, headings: ['\uD800'], kind: 'note' as const };
    const files: SnapshotFile[] = [
      { path: '/n/a.md', label: 'a.md', origin: 'user', key: 'k1', sections: [{ id: 'a.md#rocket', parsed, snippet, tags: [['s3', 2]] }] },
      { path: '/n/b.md', label: 'b.md', origin: 'user', key: 'k2', sections: [{ id: 'b.md#x', parsed: { ...parsed, title: 'plain', body: '' }, snippet: '', tags: [] }] },
    ];
    const search = new SearchEngine(catalog).exportState().state;
    const encoded = Buffer.from(encodeSnapshot({ buildId: BUILD, files, search }, []));
    // The non-ASCII strings in the order they are added, joined, make the second blob; the bodies, the last one.
    const other = Buffer.from([title, snippet, 'Top ≠ bottom', '\uD800'].join(''), 'utf8');
    const bodies = Buffer.from(body, 'utf8');
    assert.ok(encoded.subarray(encoded.length - bodies.length).equals(bodies));
    assert.ok(encoded.subarray(encoded.length - bodies.length - other.length, encoded.length - bodies.length).equals(other));
    const [a, b] = decoded(encoded).files.map((file) => file.readSections()[0]);
    assert.equal(a.parsed.title, title);
    assert.equal(a.snippet, snippet);
    assert.equal(a.parsed.body, 'lone \uFFFD half, café');
    assert.deepEqual(a.parsed.parents, ['Top ≠ bottom']);
    assert.deepEqual(a.parsed.headings, ['\uFFFD']);
    assert.equal(b.parsed.title, 'plain');
    assert.deepEqual(b.parsed.headings, ['\uFFFD']);
  });

  it('leaves the index as it was when setStoredFile meets a section it cannot read', () => {
    const snapshot = decoded(bytes);
    const user = snapshot.files.find((file) => file.path === USER_FILE)!;
    const index = new NoteIndex(catalog, parseNotes);
    for (const file of snapshot.files) if (file !== user) index.setStoredFile(file.path, file, file.origin, file.label);
    const before = { sections: JSON.stringify(index.allSections()), lookups: [...catalog.entries.keys()].map((id) => index.lookupEntry(id).map((s) => [s.section.id, s.score])) };
    // The user file's second section is damaged: its first has already filed its scores when reading fails.
    const damaged = {
      sectionCount: user.sectionCount,
      readSectionAt(at: number) {
        if (at === 1) throw new RangeError('section entry');
        return user.readSectionAt(at);
      },
    };
    assert.ok(user.readSections()[0].tags.length > 0, 'the first section files no scores, so nothing would need taking back');
    assert.throws(() => index.setStoredFile(user.path, damaged, user.origin, user.label), RangeError);
    assert.equal(index.hasFile(USER_FILE), false);
    assert.equal(JSON.stringify(index.allSections()), before.sections);
    assert.deepEqual([...catalog.entries.keys()].map((id) => index.lookupEntry(id).map((s) => [s.section.id, s.score])), before.lookups);
    // And the file restores cleanly afterwards.
    index.setStoredFile(user.path, user, user.origin, user.label);
    assert.equal(index.files().at(-1)?.sections.length, user.sectionCount);
  });

  it('never throws anything but a RangeError from setStoredFile on damaged bytes that decode', () => {
    let restored = 0;
    for (const [round, damaged] of damagedCopies(bytes, 11, 200)) {
      const read = decodeSnapshot(damaged, BUILD);
      if ('error' in read) continue;
      const index = new NoteIndex(catalog, parseNotes);
      for (const file of read.snapshot.files) {
        try {
          index.setStoredFile(file.path, file, file.origin, file.label);
          restored++;
        } catch (error) {
          assert.ok(error instanceof RangeError, `round ${round}: ${String(error)}`);
          assert.equal(index.hasFile(file.path), false);
        }
      }
    }
    assert.ok(restored > 0, 'no damaged copy decoded: the fuzzing does not reach setStoredFile');
  });

  it('never throws while decoding damaged bytes, and what does decode either reads back or throws a RangeError that callers catch', () => {
    let refused = 0;
    for (const [round, damaged] of damagedCopies(bytes, 7, 300)) {
      const read = decodeSnapshot(damaged, BUILD);
      if ('error' in read) {
        refused++;
        continue;
      }
      try {
        const index = new NoteIndex(catalog, parseNotes);
        for (const file of read.snapshot.files) index.setAnalysedFile(file.path, file.readSections(), file.origin, file.label);
        const sections = index.allSections();
        SearchEngine.restore(catalog, read.snapshot.search, Array.from(read.snapshot.slotSections, (o) => (o >= 0 ? sections[o] : undefined)));
      } catch (error) {
        assert.ok(error instanceof RangeError, `round ${round}: ${String(error)}`);
      }
    }
    assert.ok(refused < 300, 'every damaged copy was refused: the fuzzing does not reach the readers');
  });
});
