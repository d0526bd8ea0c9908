import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { SearchEngine } from '../../src/core/search';
import type { NoteSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';

interface RelevanceQuery {
  query: string;
  /** Titles (or ids) of sections that answer the query; any one in the top 5 is a hit. */
  expect: string[];
}

const TOP = 5;
/** Titles compare by their words: "[ Only for IPV6 ]" and "[Only for IPV6]" are the same section. */
const normalise = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const REQUIRED_HIT_RATE = 0.9;

describe('search relevance over the bundled notes', () => {
  const queries = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'relevance', 'queries.json'), 'utf8')) as RelevanceQuery[];
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());

  it('has a realistic query set', () => {
    assert.ok(queries.length >= 40, `only ${queries.length} queries`);
    for (const { query, expect } of queries) assert.ok(query.trim() && expect.length, JSON.stringify(query));
  });

  it(`finds an expected section in the top ${TOP} for at least ${REQUIRED_HIT_RATE * 100}% of queries`, () => {
    const known = new Set(index.allSections().flatMap((s) => [normalise(s.title), s.id]));
    const misses: string[] = [];
    for (const { query, expect } of queries) {
      const top = engine.search(query, { limit: TOP }).map((hit) => hit.section);
      const wanted = new Set(expect.flatMap((e) => [normalise(e), e]));
      // A passage of an expected section answers too, more precisely: "s3 storage classes" → S3 › S3 Storage Classes.
      const answers = (s: NoteSection | undefined) => s !== undefined && (wanted.has(normalise(s.title)) || wanted.has(s.id));
      if (top.some((s) => answers(s) || (s.parentId !== undefined && answers(index.get(s.parentId))))) continue;
      const stale = expect.filter((e) => !known.has(normalise(e)) && !known.has(e));
      misses.push(
        `  "${query}" → expected ${expect.map((e) => `"${e}"`).join(' or ')}${stale.length === expect.length ? ' (no such section in the index!)' : ''}\n` +
          `      got: ${top.map((s) => `"${s.title}"`).join(', ') || '(nothing)'}`,
      );
    }
    const rate = (queries.length - misses.length) / queries.length;
    console.log(`      hit@${TOP}: ${(rate * 100).toFixed(1)}% (${queries.length - misses.length}/${queries.length})`);
    if (misses.length) console.log(`      misses:\n${misses.join('\n')}`);
    assert.ok(rate >= REQUIRED_HIT_RATE, `hit@${TOP} is ${(rate * 100).toFixed(1)}%, below ${REQUIRED_HIT_RATE * 100}%`);
  });
});
