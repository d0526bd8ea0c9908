/**
 * The "before" figure: plain fuse.js over title, keywords and body of every
 * section, against the hybrid engine, on the same corpus and keystrokes.
 * Not part of `npm run bench` (the plain Fuse run alone takes minutes at 10k);
 * run it with `npm run bench:baseline` after `npm run bench` has written the corpus.
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

function main(): void {
  const scale = Number(process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? 10_000);
  const corpus = ensureCorpus(path.join(ROOT, 'bench', '.corpus'), path.join(ROOT, 'notes'), scale);
  const catalog = new ServiceCatalog();
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
