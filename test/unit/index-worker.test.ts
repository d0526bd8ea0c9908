import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { decodeNote } from '../../src/core/decode-note';
import { readResult, runIndexWorker, type WorkerIndex } from '../../src/core/index-worker/client';
import { indexFiles } from '../../src/core/index-worker/index-files';
import { mergeWorkerIndexesInSteps, partitionFiles, runIndexWorkers, workerCountFor } from '../../src/core/index-worker/parallel';
import type { WorkerFile, WorkerRequest } from '../../src/core/index-worker/protocol';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { SearchEngine } from '../../src/core/search';
import { runToEnd } from '../../src/core/search/steps';
import type { NoteSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';

/** The worker as `tsc` compiles it for the tests (the extension runs the esbuild bundle of the same file). */
const WORKER_SCRIPT = path.join(repoRoot(), 'out', 'src', 'core', 'index-worker', 'worker-main.js');

const ACCENTED = [
  '# Networking',
  '',
  '## VPC endpoints — gateway vs interface',
  'Gateway endpoints serve S3 and DynamoDB; interface endpoints (PrivateLink) put an ENI in your subnet. “Smart quotes”, café, 🚀.',
  '',
  '## Route 53 failover',
  'Health checks flip DNS to the standby ALB in another region.',
].join('\n');

interface Folder {
  dir: string;
  files: WorkerFile[];
}

/** A user's notes folder: the bundled notes copied in, a note with accents and emoji, a CRLF note with a BOM, and a binary. */
function makeFolder(): Folder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-worker-'));
  const names: string[] = [];
  for (const file of bundledNoteFiles()) {
    fs.copyFileSync(file, path.join(dir, path.basename(file)));
    names.push(path.basename(file));
  }
  fs.writeFileSync(path.join(dir, 'networking.md'), ACCENTED);
  fs.writeFileSync(path.join(dir, 'windows.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Lambda cold starts\r\n\r\nProvisioned concurrency keeps Lambda warm.\r\n')]));
  fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7)));
  names.push('networking.md', 'windows.md', 'image.md');
  return { dir, files: names.map((name) => ({ path: path.join(dir, name), label: name, origin: 'user' as const })) };
}

function request(folder: Folder, files = folder.files): WorkerRequest {
  return { type: 'index', buildId: 'test-request', files, maxFileBytes: 10 * 1024 * 1024 };
}

interface Built {
  index: NoteIndex;
  engine: SearchEngine;
}

/** The host indexing the folder's files (or some of them) itself, as the loader does below the worker's threshold. */
function inHost(catalog: ServiceCatalog, folder: Folder, files: readonly WorkerFile[] = folder.files): Built {
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of files) {
    const decoded = decodeNote(fs.readFileSync(file.path));
    if (decoded.ok) index.setFile(file.path, decoded.text, file.origin, file.label);
  }
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());
  return { index, engine };
}

/** The host installing the worker's index, as the loader does: each file restored, then the postings. */
function installed(catalog: ServiceCatalog, outcome: WorkerIndex): Built {
  const index = new NoteIndex(catalog, parseNotes);
  const byOrdinal: NoteSection[] = [];
  for (const file of outcome.snapshot.files) byOrdinal.push(...index.setAnalysedFile(file.path, file.readSections(), file.origin, file.label));
  const engine = SearchEngine.restore(catalog, outcome.snapshot.search, Array.from(outcome.snapshot.slotSections, (ordinal) => byOrdinal[ordinal]));
  return { index, engine };
}

/** Every query of the relevance set, typed one character at a time, plus a few of the folder's own words. */
function keystrokes(): string[] {
  const queries = (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'relevance', 'queries.json'), 'utf8')) as { query: string }[]).map((q) => q.query);
  queries.push('s3: lifecycle', '@networking endpoint', 'cafe', 'route 53 failover', 'provisioned concurrency');
  return queries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
}

/** What a user sees: every section (id, tags and all), every keystroke's hits and scores, every entry's hover sections. */
function answers({ index, engine }: Built, catalog: ServiceCatalog): unknown {
  return {
    // As JSON: every field, the body too (a restored section reads its body through an accessor, which a spread would miss).
    sections: index.allSections().map((s) => JSON.parse(JSON.stringify(s)) as unknown),
    searches: keystrokes().map((typed) => engine.search(typed, { limit: 20 }).map((hit) => [hit.section.id, hit.score, hit.snippet])),
    lookups: [...catalog.entries.keys()].map((id) => index.lookupEntry(id).map((s) => [s.section.id, s.score])),
  };
}

/** A worker script of the test's own, to see how the host takes a worker that misbehaves. */
function script(dir: string, name: string, source: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return file;
}

describe('index worker', function () {
  this.timeout(30_000);
  const catalog = new ServiceCatalog();
  let folder: Folder;
  before(() => (folder = makeFolder()));
  after(() => fs.rmSync(folder.dir, { recursive: true, force: true }));

  it('builds, in a real worker thread, the same sections, ids, tags, search hits and scores as the host indexing the files itself', async () => {
    assert.ok(fs.existsSync(WORKER_SCRIPT), `${WORKER_SCRIPT} is missing; run npm run compile-tests`);
    const outcome = await runIndexWorker(WORKER_SCRIPT, request(folder)).outcome;
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
    const fromWorker = installed(catalog, outcome);
    const fromHost = inHost(catalog, folder);
    assert.ok(fromHost.index.stats().sections > 100, 'the folder is big enough to mean something');
    assert.equal(fromWorker.engine.size, fromHost.engine.size);
    assert.deepEqual(
      fromWorker.index.files().map((f) => [f.path, f.label, f.origin]),
      fromHost.index.files().map((f) => [f.path, f.label, f.origin]),
    );
    assert.deepEqual(answers(fromWorker, catalog), answers(fromHost, catalog));
    // The accents and emoji come back exactly, and the worker's search finds them.
    assert.equal(fromWorker.engine.search('cafe', { limit: 1 })[0]?.section.title, 'VPC endpoints — gateway vs interface');
    assert.match(fromWorker.index.allSections().find((s) => s.title.startsWith('VPC endpoints'))!.body, /“Smart quotes”, café, 🚀\./);
  });

  it('restores search in small steps (as the loader does between hand-backs) to the same hits and scores as at once', () => {
    const result = indexFiles(request(folder));
    const outcome = readResult(result, request(folder));
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
    const atOnce = installed(catalog, outcome);
    const byOrdinal = atOnce.index.allSections();
    const steps = SearchEngine.restoreInSteps(catalog, outcome.snapshot.search, Array.from(outcome.snapshot.slotSections, (ordinal) => byOrdinal[ordinal]), 64);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses > 20, `only ${pauses} pauses`);
    assert.deepEqual(answers({ index: atOnce.index, engine: step.value }, catalog), answers(atOnce, catalog));
    // The arrays search keeps are views of the head buffer, not of the strings': those bytes can go after the install.
    const { search } = outcome.snapshot;
    for (const array of [search.shortPostings.slots, search.bodyPostings.weights, search.entryPostings.offsets, search.bodyLength, outcome.snapshot.slotSections]) {
      assert.equal(array.buffer, result.head.buffer);
      assert.notEqual(array.buffer, result.strings.buffer);
    }
  });

  it('leaves out a binary, an unreadable and an oversized file, each with the log line the host would write, and indexes the rest', () => {
    const missing = path.join(folder.dir, 'gone.md');
    const files = [...folder.files, { path: missing, label: 'gone.md', origin: 'user' as const }];
    const result = indexFiles({ ...request(folder, files), maxFileBytes: 60_000 });
    const outcome = readResult(result, { ...request(folder, files), maxFileBytes: 60_000 });
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
    const image = path.join(folder.dir, 'image.md');
    assert.ok(outcome.skipped.includes(image) && outcome.skipped.includes(missing));
    const lines = outcome.log.map((line) => `${line.level} ${path.basename(line.path)} ${line.message}`);
    assert.ok(lines.some((line) => /^warn image\.md .*binary/i.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^warn gone\.md is unreadable \(ENOENT\); skipped$/.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^info windows\.md .*(BOM|CRLF)/i.test(line)), lines.join('\n'));
    const oversized = bundledNoteFiles().map((file) => path.join(folder.dir, path.basename(file))).filter((file) => fs.statSync(file).size > 60_000);
    assert.ok(oversized.length > 0, 'a bundled note is over the test limit');
    for (const file of oversized) {
      assert.ok(outcome.skipped.includes(file));
      assert.ok(lines.includes(`warn ${path.basename(file)} is over the awsNotes.maxFileSizeMB limit; skipped`));
    }
    const indexed = outcome.snapshot.files.map((file) => file.label);
    assert.ok(indexed.includes('networking.md') && indexed.includes('windows.md'));
    assert.equal(indexed.length + outcome.skipped.length, files.length);
  });

  describe('falls back to the host, with a reason, when the worker', () => {
    let dir: string;
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-worker-scripts-'))));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const answerWith = (value: string) =>
      `const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => parentPort.postMessage(${value}));`;

    it('is missing', async () => {
      const outcome = await runIndexWorker(path.join(dir, 'none.js'), request(folder)).outcome;
      assert.deepEqual(outcome, { ok: false, reason: `the index worker ${path.join(dir, 'none.js')} is missing` });
    });

    it('throws while it starts', async () => {
      const outcome = await runIndexWorker(script(dir, 'throws.js', "throw new Error('no worker threads here');"), request(folder)).outcome;
      assert.ok(!outcome.ok);
      assert.match(outcome.reason, /failed \(no worker threads here\)/);
    });

    it('crashes (exits) before it answers', async () => {
      const outcome = await runIndexWorker(script(dir, 'exits.js', "require('node:worker_threads').parentPort.on('message', () => process.exit(3));"), request(folder)).outcome;
      assert.ok(!outcome.ok);
      assert.match(outcome.reason, /stopped \(exit code 3\) before it answered/);
    });

    it('hangs without answering', async () => {
      const started = Date.now();
      const outcome = await runIndexWorker(script(dir, 'hangs.js', "require('node:worker_threads').parentPort.on('message', () => setInterval(() => undefined, 1000));"), request(folder), 300).outcome;
      assert.ok(!outcome.ok);
      assert.match(outcome.reason, /did not answer within 0 s/);
      assert.ok(Date.now() - started < 5000, 'the host gives up on its own, and the hung thread is terminated');
    });

    it('answers with something that is not a result', async () => {
      const outcome = await runIndexWorker(script(dir, 'malformed.js', answerWith("{ type: 'result', head: 'not bytes', strings: new Uint8Array(0), skipped: [], log: [], workMs: 1 }")), request(folder)).outcome;
      assert.deepEqual(outcome, { ok: false, reason: 'the index worker sent a malformed answer' });
    });

    it('answers with damaged bytes', async () => {
      const outcome = await runIndexWorker(
        script(dir, 'damaged.js', answerWith("{ type: 'result', head: new Uint8Array(4096).fill(7), strings: new Uint8Array(16), bodies: new Uint8Array(16), skipped: [], log: [], workMs: 1 }")),
        request(folder),
      ).outcome;
      assert.ok(!outcome.ok);
      assert.match(outcome.reason, /answer is not an index snapshot/);
    });

    it('reports a failure of its own', async () => {
      const outcome = await runIndexWorker(script(dir, 'fails.js', answerWith("{ type: 'failure', message: 'out of memory' }")), request(folder)).outcome;
      assert.deepEqual(outcome, { ok: false, reason: 'the index worker failed (out of memory)' });
    });

    it('answers for other files than it was asked about, or leaves some out', () => {
      const result = indexFiles(request(folder));
      const fewer = request(folder, folder.files.slice(1));
      assert.match((readResult(result, fewer) as { reason: string }).reason, /holds a file it was not asked for/);
      const more = request(folder, [...folder.files, { path: path.join(folder.dir, 'extra.md'), label: 'extra.md', origin: 'user' }]);
      assert.match((readResult(result, more) as { reason: string }).reason, /lacks 1 of the files/);
      const relabelled = request(folder, folder.files.map((file) => ({ ...file, label: `sub/${file.label}` })));
      assert.match((readResult(result, relabelled) as { reason: string }).reason, /not asked for/);
      // Another request's bytes (another build id) are never taken for this one's.
      assert.match((readResult(result, { ...request(folder), buildId: 'other' }) as { reason: string }).reason, /another build/);
      // Strings cut short, or the halves of another answer.
      assert.match((readResult({ ...result, strings: result.strings.subarray(1) }, request(folder)) as { reason: string }).reason, /damaged \(parts of the wrong size\)/);
      assert.match((readResult({ ...result, head: result.head.subarray(0, result.head.length - 4) }, request(folder)) as { reason: string }).reason, /damaged/);
      assert.match((readResult({ ...result, bodies: result.bodies.subarray(1) }, request(folder)) as { reason: string }).reason, /damaged \(parts of the wrong size\)/);
    });

    it('is cancelled by a newer build', async () => {
      const run = runIndexWorker(script(dir, 'slow.js', "require('node:worker_threads').parentPort.on('message', () => setTimeout(() => undefined, 60_000));"), request(folder));
      run.cancel();
      assert.deepEqual(await run.outcome, { ok: false, reason: 'cancelled' });
    });
  });
});


describe('index workers side by side', function () {
  this.timeout(60_000);
  const catalog = new ServiceCatalog();
  let folder: Folder;
  before(() => (folder = makeFolder()));
  after(() => fs.rmSync(folder.dir, { recursive: true, force: true }));
  const sizeOf = (file: WorkerFile) => fs.statSync(file.path).size;

  it('cuts the files into contiguous runs of about equal size that join back into the list as given', () => {
    const sizes = [90, 10, 10, 10, 40, 40, 1, 1, 100, 5];
    const files = sizes.map((size, i) => ({ name: `f${i}`, size }));
    for (const parts of [1, 2, 3, 4, 10, 25]) {
      const runs = partitionFiles(files, parts, (file) => file.size);
      assert.equal(runs.length, Math.min(parts, files.length), `${parts} parts`);
      assert.ok(runs.every((run) => run.length > 0), `${parts} parts: an empty run`);
      assert.deepEqual(runs.flat(), files, `${parts} parts: the runs are not the list in order`);
    }
    // Two runs of the bundled-sized files split near the middle of the bytes, not of the count.
    const [first, second] = partitionFiles(files, 2, (file) => file.size);
    const bytes = (run: typeof files) => run.reduce((sum, file) => sum + file.size, 0);
    assert.ok(Math.abs(bytes(first) - bytes(second)) <= 100, `${bytes(first)} vs ${bytes(second)}`);
    assert.deepEqual(partitionFiles([], 4, () => 1), []);
  });

  it('leaves a core to the extension host: one worker on two cores, a worker per spare core for a big folder, at most four', () => {
    const mb = 1 << 20;
    assert.equal(workerCountFor(8.6 * mb, 101, 2), 1, 'a two-core laptop: one worker, one core for everything else');
    assert.equal(workerCountFor(8.6 * mb, 101, 1), 1);
    assert.equal(workerCountFor(8.6 * mb, 101, 3), 2);
    assert.equal(workerCountFor(8.6 * mb, 101, 16), 4);
    assert.equal(workerCountFor(3 * mb, 101, 8), 1, 'two megabytes per worker at least: each warms a JIT of its own');
    assert.equal(workerCountFor(40 * mb, 3, 8), 3, 'never more workers than files');
    assert.equal(workerCountFor(0, 0, 2), 1);
  });

  it('joins the indexes of runs of files into exactly the index of all of them: the same search state, sections, hits and scores', () => {
    const whole = readResult(indexFiles(request(folder)), request(folder));
    assert.ok(whole.ok, whole.ok ? '' : whole.reason);
    for (const parts of [2, 3, 5]) {
      const runs = partitionFiles(folder.files, parts, sizeOf);
      const outcomes = runs.map((files) => {
        const outcome = readResult(indexFiles(request(folder, files)), request(folder, files));
        assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
        return outcome;
      });
      const steps = mergeWorkerIndexesInSteps(outcomes, 256);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      const merged = step.value;
      assert.ok(pauses > 10, `${parts} parts: only ${pauses} pauses`);
      // Word ids, posting lists, entries and lengths are those of one engine that indexed every file in order.
      assert.deepEqual(merged.snapshot.search, whole.snapshot.search, `${parts} parts: the joined search state differs`);
      assert.deepEqual(merged.snapshot.slotSections, whole.snapshot.slotSections);
      assert.deepEqual(merged.skipped, whole.skipped);
      assert.deepEqual(answers(installed(catalog, merged), catalog), answers(installed(catalog, whole), catalog), `${parts} parts: the answers differ`);
    }
  });

  it('builds, in two real worker threads, what the host builds itself, each answering for its runs in turn', async () => {
    const run = runIndexWorkers(WORKER_SCRIPT, request(folder), sizeOf, 3);
    assert.equal(run.workers, 1, 'the test folder is under a megabyte: one worker');
    assert.equal(run.parts.length, 1);
    assert.equal(runIndexWorkers(WORKER_SCRIPT, request(folder), () => 2 << 20, 3).parts.length, 2, 'one run per worker');
    const big = runIndexWorkers(WORKER_SCRIPT, request(folder), () => 2 << 20, 3, { runsPerWorker: 4 });
    assert.equal(big.workers, 2);
    assert.equal(big.parts.length, folder.files.length, 'a run per file: two megabytes each, four runs per worker at most');
    assert.deepEqual(big.parts.flatMap((part) => part.files), folder.files);
    const outcomes: WorkerIndex[] = [];
    for (const part of big.parts) {
      const outcome = await part.outcome;
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
      outcomes.push(outcome);
    }
    await run.parts[0].outcome;
    assert.deepEqual(answers(installed(catalog, runToEnd(mergeWorkerIndexesInSteps(outcomes))), catalog), answers(inHost(catalog, folder), catalog));
  });

  it('keeps every other run when a worker fails one, and gives up on a worker that answers garbage', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-worker-part-'));
    try {
      const indexFilesModule = JSON.stringify(path.join(repoRoot(), 'out', 'src', 'core', 'index-worker', 'index-files.js'));
      // A worker that reports a failure for the run holding the binary (or answers garbage), and does the real work otherwise.
      const worker = (onImage: string) =>
        [
          "const { parentPort } = require('node:worker_threads');",
          `const { indexFiles } = require(${indexFilesModule});`,
          "parentPort.on('message', (request) => {",
          `  if (request.files.some((file) => file.label === 'image.md')) return parentPort.postMessage(${onImage});`,
          '  const result = indexFiles(request);',
          '  parentPort.postMessage(result, [result.head.buffer, result.strings.buffer]);',
          '});',
        ].join('\n');
      const image = folder.files.findIndex((file) => file.label === 'image.md');
      const failing = runIndexWorkers(script(dir, 'fails-on-image.js', worker("{ type: 'failure', message: 'out of memory' }")), request(folder), () => 2 << 20, 4, { runsPerWorker: 4 });
      const outcomes = await Promise.all(failing.parts.map((part) => part.outcome));
      assert.equal(failing.workers, 3);
      assert.deepEqual(outcomes.map((outcome, run) => [run, outcome.ok]).filter(([, ok]) => !ok), [[image, false]], 'only the run with the binary failed');
      assert.deepEqual(outcomes[image], { ok: false, reason: 'the index worker failed (out of memory)' });
      const delivered = outcomes.flatMap((outcome) => (outcome.ok ? [outcome] : []));
      const labels = runToEnd(mergeWorkerIndexesInSteps(delivered)).snapshot.files.map((file) => file.label);
      assert.deepEqual(labels, folder.files.filter((file) => file.label !== 'image.md').map((file) => file.label));

      const garbage = runIndexWorkers(script(dir, 'garbage-on-image.js', worker("{ type: 'result', head: 'not bytes' }")), request(folder), () => 2 << 20, 4, { runsPerWorker: 4 });
      const answered = await Promise.all(garbage.parts.map((part) => part.outcome));
      // Runs are dealt in turn: the binary's worker also had every third run after it, and is trusted with none.
      const sameWorker = (run: number) => run % 3 === image % 3 && run >= image;
      answered.forEach((outcome, run) => {
        if (sameWorker(run)) assert.deepEqual(outcome, { ok: false, reason: 'the index worker sent a malformed answer' }, `run ${run}`);
        else assert.ok(outcome.ok, `run ${run}`);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to join parts whose postings do not fit their words, instead of building a wrong index', () => {
    const runs = partitionFiles(folder.files, 2, sizeOf);
    const [a, b] = runs.map((files) => readResult(indexFiles(request(folder, files)), request(folder, files)) as WorkerIndex);
    const damaged: WorkerIndex = { ...b, snapshot: { ...b.snapshot, search: { ...b.snapshot.search, tokens: b.snapshot.search.tokens.slice(1) } } };
    assert.throws(() => runToEnd(mergeWorkerIndexesInSteps([a, damaged])), /postings and keys differ/);
  });
});

describe('a search engine that takes in a worker-built state', function () {
  this.timeout(60_000);
  const catalog = new ServiceCatalog();
  let folder: Folder;
  before(() => (folder = makeFolder()));
  after(() => fs.rmSync(folder.dir, { recursive: true, force: true }));

  /** The host's index and engine over `first` (indexed in the host), then the worker's index of `rest` absorbed. */
  function absorbed(first: WorkerFile[], rest: WorkerFile[], pairsPerStep = 128): Built & { pauses: number } {
    const { index, engine } = inHost(catalog, folder, first);
    const outcome = readResult(indexFiles(request(folder, rest)), request(folder, rest)) as WorkerIndex;
    assert.ok(outcome.ok);
    const byOrdinal: NoteSection[] = [];
    for (const file of outcome.snapshot.files) byOrdinal.push(...index.setStoredFile(file.path, file, file.origin, file.label));
    const steps = engine.absorbInSteps(outcome.snapshot.search, Array.from(outcome.snapshot.slotSections, (ordinal) => byOrdinal[ordinal]), pairsPerStep);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    return { index, engine, pauses };
  }

  it('answers as if it had indexed those sections itself: the same hits, scores and filters', () => {
    const cut = Math.floor(folder.files.length / 2);
    const built = absorbed(folder.files.slice(0, cut), folder.files.slice(cut));
    assert.ok(built.pauses > 10, `only ${built.pauses} pauses`);
    assert.deepEqual(answers(built, catalog), answers(inHost(catalog, folder), catalog));
    assert.equal(built.engine.size, inHost(catalog, folder).engine.size);
  });

  it('answers searches while it takes the state in as it answered before, and with the new sections only at the end', () => {
    const cut = Math.floor(folder.files.length / 2);
    const { index, engine } = inHost(catalog, folder, folder.files.slice(0, cut));
    const rest = folder.files.slice(cut);
    const outcome = readResult(indexFiles(request(folder, rest)), request(folder, rest)) as WorkerIndex;
    const byOrdinal: NoteSection[] = [];
    for (const file of outcome.snapshot.files) byOrdinal.push(...index.setStoredFile(file.path, file, file.origin, file.label));
    const queries = keystrokes().filter((_, i) => i % 7 === 0);
    const before = queries.map((typed) => engine.search(typed, { limit: 10 }).map((hit) => [hit.section.id, hit.score]));
    const steps = engine.absorbInSteps(outcome.snapshot.search, Array.from(outcome.snapshot.slotSections, (ordinal) => byOrdinal[ordinal]), 64);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      if (pauses++ % 5 === 0) assert.deepEqual(queries.map((typed) => engine.search(typed, { limit: 10 }).map((hit) => [hit.section.id, hit.score])), before, `pause ${pauses}`);
    }
    assert.ok(pauses > 20);
    assert.ok(engine.search('cafe', { limit: 3 }).some((hit) => hit.section.file.endsWith('networking.md')), 'the absorbed note is searchable once done');
  });

  it('keeps answering with the sections it replaces until their new postings take their place', () => {
    const { index, engine } = inHost(catalog, folder);
    // The accented note indexed again by a worker: the same ids, new section objects.
    const again = folder.files.filter((file) => file.label === 'networking.md');
    const outcome = readResult(indexFiles(request(folder, again)), request(folder, again)) as WorkerIndex;
    const fresh = new NoteIndex(catalog, parseNotes);
    const byOrdinal: NoteSection[] = [];
    for (const file of outcome.snapshot.files) byOrdinal.push(...fresh.setStoredFile(file.path, file, file.origin, file.label));
    const hit = () => engine.search('route 53 failover', { limit: 1 })[0]?.section;
    const before = hit();
    assert.equal(before?.title, 'Route 53 failover');
    const steps = engine.absorbInSteps(outcome.snapshot.search, Array.from(outcome.snapshot.slotSections, (ordinal) => byOrdinal[ordinal]), 8);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      pauses++;
      assert.equal(hit(), before, `pause ${pauses}: the old section answers until the last step`);
    }
    assert.ok(pauses > 3);
    const after = hit();
    assert.equal(after?.title, 'Route 53 failover');
    assert.notEqual(after, before, 'the new section object answers now');
    assert.equal(engine.size, index.allSections().length, 'replaced, not added twice');
  });

  it('replaces the sections it already held under the same ids, as re-indexing those files would', () => {
    const built = absorbed(folder.files, folder.files.slice(2, 5));
    // What the engine does when the host re-indexes those files itself: the old sections' slots die, new ones come.
    const fresh = inHost(catalog, folder);
    const again = new Set(folder.files.slice(2, 5).map((file) => file.path));
    fresh.engine.addSections(built.index.allSections().filter((section) => again.has(section.file)));
    assert.equal(built.engine.size, fresh.engine.size);
    assert.deepEqual(
      keystrokes().map((typed) => built.engine.search(typed, { limit: 20 }).map((hit) => [hit.section.id, hit.score])),
      keystrokes().map((typed) => fresh.engine.search(typed, { limit: 20 }).map((hit) => [hit.section.id, hit.score])),
    );
  });

  it('refuses a state whose postings name slots it does not have, and stays as it was', () => {
    const engine = inHost(catalog, folder).engine;
    const before = engine.search('s3 lifecycle', { limit: 5 }).map((hit) => [hit.section.id, hit.score]);
    const outcome = readResult(indexFiles(request(folder)), request(folder)) as WorkerIndex;
    const { search } = outcome.snapshot;
    const damaged = { ...search, bodyPostings: { ...search.bodyPostings, slots: search.bodyPostings.slots.map((slot) => slot + search.slotCount) } };
    const steps = engine.absorbInSteps(damaged, new Array(search.slotCount).fill(undefined));
    assert.throws(() => runToEnd(steps), /slot that does not exist/);
    assert.deepEqual(engine.search('s3 lifecycle', { limit: 5 }).map((hit) => [hit.section.id, hit.score]), before);
  });
});
