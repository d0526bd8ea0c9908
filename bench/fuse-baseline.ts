/**
 * The "before" figure: plain fuse.js over title, keywords and body of every
 * section, against the hybrid engine, on the same corpus and keystrokes.
 * Not part of `npm run bench` (the plain Fuse run alone takes minutes at 10k);
 * run it with `npm run bench:baseline` after `npm run bench` has written the corpus.
 * It also compares relevance (hit@5 of test/relevance/queries.json over the
 * bundled notes), so the speed-up is shown not to cost answers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Fuse from 'fuse.js';
import { ServiceCatalog } from '../src/core/catalog';
import { NoteIndex } from '../src/core/note-index';
import { parseNotes } from '../src/core/parser';
import { SearchEngine } from '../src/core/search';
import { ensureCorpus } from './corpus';

const ROOT = path.resolve(__dirname, '..', '..');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface RelevanceQuery {
  query: string;
  expect: string[];
}

/** hit@5 of the relevance queries over the bundled notes, for plain Fuse and for the hybrid engine. */
function relevance(catalog: ServiceCatalog): void {
  const notesDir = path.join(ROOT, 'notes');
  const index = new NoteIndex(catalog, parseNotes);
  for (const name of fs.readdirSync(notesDir)) index.setFile(path.join(notesDir, name), fs.readFileSync(path.join(notesDir, name), 'utf8'), 'bundled');
  const sections = index.allSections();
  const queries = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'relevance', 'queries.json'), 'utf8')) as RelevanceQuery[];
  const normalise = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const fuse = new Fuse(
    sections.map((s) => ({ section: s, title: s.title, keywords: [...s.breadcrumb, ...s.headings].join(' '), body: s.body })),
    { keys: [{ name: 'title', weight: 3 }, { name: 'keywords', weight: 1.5 }, { name: 'body', weight: 1 }], ignoreLocation: true, threshold: 0.4 },
  );
  const engine = new SearchEngine(catalog);
  engine.addSections(sections);
  const hitRate = (top: (query: string) => string[]) =>
    queries.filter(({ query, expect }) => {
      const wanted = new Set(expect.map(normalise));
      return top(query).some((title) => wanted.has(normalise(title)));
    }).length / queries.length;
  const fuseRate = hitRate((q) => fuse.search(q, { limit: 5 }).map((r) => r.item.title));
  const hybridRate = hitRate((q) => engine.search(q, { limit: 5 }).map((h) => h.section.title));
  console.log(`hit@5 over the bundled notes (${queries.length} queries): plain Fuse ${(fuseRate * 100).toFixed(1)}%, hybrid ${(hybridRate * 100).toFixed(1)}%`);
}

function main(): void {
  const scale = Number(process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? 10_000);
  const corpus = ensureCorpus(path.join(ROOT, 'bench', '.corpus'), path.join(ROOT, 'notes'), scale);
  const catalog = new ServiceCatalog();
  relevance(catalog);
  if (process.argv.includes('--relevance-only')) return;
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of corpus.files) index.setFile(file, fs.readFileSync(file, 'utf8'), 'user');
  const sections = index.allSections();

  const queries = (JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'relevance', 'queries.json'), 'utf8')) as { query: string }[])
    .map((q) => q.query)
    .slice(0, 10);
  const keystrokes = queries.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));

  const time = (label: string, run: (typed: string) => unknown) => {
    const samples = keystrokes.map((typed) => {
      const t0 = performance.now();
      run(typed);
      return performance.now() - t0;
    });
    console.log(`${label.padEnd(44)} p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`);
  };

  console.log(`${sections.length} sections, ${keystrokes.length} keystrokes of ${queries.length} queries`);
  let t0 = performance.now();
  const fuse = new Fuse(
    sections.map((s) => ({ title: s.title, keywords: [...s.breadcrumb, ...s.headings].join(' '), body: s.body })),
    { keys: [{ name: 'title', weight: 3 }, { name: 'keywords', weight: 1.5 }, { name: 'body', weight: 1 }], ignoreLocation: true, threshold: 0.4 },
  );
  console.log(`plain Fuse index: ${(performance.now() - t0).toFixed(0)} ms`);
  time('plain Fuse over title + keywords + body', (typed) => fuse.search(typed, { limit: 50 }));

  t0 = performance.now();
  const engine = new SearchEngine(catalog);
  engine.addSections(sections);
  console.log(`hybrid index: ${(performance.now() - t0).toFixed(0)} ms`);
  time('hybrid (inverted index + Fuse on vocabulary)', (typed) => engine.search(typed, { limit: 50 }));
}

main();
