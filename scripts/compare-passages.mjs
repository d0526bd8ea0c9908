// Measures what passages changed, against another checkout of the extension (e.g. the commit before them), both
// compiled with `npm run compile-tests`. Not a budget (those are in `npm run bench`): a record for the handoff.
//
//   node scripts/compare-passages.mjs relevance <other-checkout>
//     hit@1 and hit@3 of test/relevance/passages.json here (the passage itself must be found) and in the other
//     checkout, where a hit is a result whose lines contain the passage's first line: the containing section,
//     the best an index without passages can give.
//   node --expose-gc scripts/compare-passages.mjs index <other-checkout> [sections=10000] [rounds=6]
//     indexing time (notes + search index) of the bench corpus in both checkouts, alternating in one process so
//     a loaded machine slows both alike; best of each. Needs the corpus `npm run bench` writes to bench/.corpus/
//     (here or in the other checkout).
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, otherArg, sizeArg, roundsArg] = process.argv.slice(2);
if (!['relevance', 'index'].includes(mode) || !otherArg) {
  console.error('usage: node scripts/compare-passages.mjs relevance|index <other-checkout> [sections] [rounds]');
  process.exit(2);
}
const other = path.resolve(otherArg);
const require = createRequire(import.meta.url);
const load = (root) => ({
  ServiceCatalog: require(path.join(root, 'out/src/core/catalog')).ServiceCatalog,
  NoteIndex: require(path.join(root, 'out/src/core/note-index')).NoteIndex,
  parseNotes: require(path.join(root, 'out/src/core/parser')).parseNotes,
  SearchEngine: require(path.join(root, 'out/src/core/search')).SearchEngine,
});

function build(code, files) {
  const catalog = new code.ServiceCatalog();
  const index = new code.NoteIndex(catalog, code.parseNotes);
  for (const [file, text] of files) index.setFile(file, text, 'bundled');
  const engine = new code.SearchEngine(catalog);
  engine.addSections(index.allSections());
  return { index, engine };
}

const percent = (n, of) => `${n}/${of} = ${((100 * n) / of).toFixed(1)}%`;

if (mode === 'relevance') {
  const notes = fs.readdirSync(path.join(here, 'notes')).sort().map((name) => [name, fs.readFileSync(path.join(here, 'notes', name), 'utf8')]);
  const queries = JSON.parse(fs.readFileSync(path.join(here, 'test/relevance/passages.json'), 'utf8'));
  const nameOf = (s) => `${s.breadcrumb[s.breadcrumb.length - 1]} › ${s.title}`;
  const now = build(load(here), notes);
  const then = build(load(other), notes);
  const passages = new Map(now.index.allSections().filter((s) => s.parentId).map((s) => [nameOf(s), s]));
  const score = { now: [0, 0], then: [0, 0] };
  for (const { query, passage } of queries) {
    const target = passages.get(passage);
    if (!target) throw new Error(`no passage "${passage}"`);
    const rankNow = now.engine.search(query, { limit: 3 }).findIndex((hit) => hit.section.id === target.id);
    const rankThen = then.engine.search(query, { limit: 3 }).findIndex((hit) => hit.section.file === target.file && hit.section.line <= target.line && target.line <= hit.section.endLine);
    for (const [key, rank] of [['now', rankNow], ['then', rankThen]]) {
      if (rank === 0) score[key][0]++;
      if (rank >= 0) score[key][1]++;
    }
    if (rankNow !== 0) console.log(`  here @${rankNow < 0 ? 'miss' : rankNow + 1}: "${query}" → ${passage}`);
  }
  console.log(`here (the passage):            hit@1 ${percent(score.now[0], queries.length)}, hit@3 ${percent(score.now[1], queries.length)}`);
  console.log(`${otherArg} (its section): hit@1 ${percent(score.then[0], queries.length)}, hit@3 ${percent(score.then[1], queries.length)}`);
} else {
  const size = Number(sizeArg ?? 10000);
  const rounds = Number(roundsArg ?? 6);
  const dir = [here, other].map((root) => path.join(root, 'bench', '.corpus', String(size))).find((candidate) => fs.existsSync(candidate));
  if (!dir) throw new Error(`no bench/.corpus/${size} here or in ${otherArg}: run npm run bench first`);
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => [path.join(dir, name), fs.readFileSync(path.join(dir, name), 'utf8')]);
  const codes = { here: load(here), [otherArg]: load(other) };
  const times = Object.fromEntries(Object.keys(codes).map((key) => [key, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? Object.keys(codes).reverse() : Object.keys(codes);
    for (const key of order) {
      globalThis.gc?.();
      const started = performance.now();
      build(codes[key], files);
      times[key].push(performance.now() - started);
    }
  }
  for (const [key, list] of Object.entries(times)) {
    console.log(`${key}: best ${Math.min(...list).toFixed(0)} ms of ${list.length} (${list.map((t) => t.toFixed(0)).join(', ')})`);
  }
}
