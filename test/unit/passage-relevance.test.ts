import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { SearchEngine } from '../../src/core/search';
import type { NoteSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';

/** A sub-topic query and the passage that answers it, as "Chapter › Passage". */
interface PassageQuery {
  query: string;
  passage: string;
}

const TOP = 3;
const nameOf = (section: NoteSection) => `${section.breadcrumb[section.breadcrumb.length - 1]} › ${section.title}`;

describe('search relevance for sub-topics: the passage, not the chapter', () => {
  const queries = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'relevance', 'passages.json'), 'utf8')) as PassageQuery[];
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());
  const passages = new Map(index.allSections().filter((s) => s.parentId !== undefined).map((s) => [nameOf(s), s]));

  it('has at least 30 sub-topic queries, each naming a passage that exists', () => {
    assert.ok(queries.length >= 30, `only ${queries.length} queries`);
    for (const { query, passage } of queries) assert.ok(passages.has(passage), `"${query}": no passage "${passage}"`);
  });

  it(`finds every query's passage in the top ${TOP}, the passage itself and not only its chapter`, () => {
    let first = 0;
    const misses: string[] = [];
    for (const { query, passage } of queries) {
      const top = engine.search(query, { limit: TOP }).map((hit) => hit.section);
      const rank = top.findIndex((s) => s.id === passages.get(passage)?.id);
      if (rank === 0) first++;
      if (rank < 0) misses.push(`  "${query}" → expected "${passage}"\n      got: ${top.map(nameOf).join(', ') || '(nothing)'}`);
    }
    const found = queries.length - misses.length;
    console.log(`      hit@1: ${((100 * first) / queries.length).toFixed(1)}% (${first}/${queries.length}), hit@${TOP}: ${((100 * found) / queries.length).toFixed(1)}% (${found}/${queries.length})`);
    assert.deepEqual(misses, []);
  });

  it('still puts the chapter first for a query about the whole service', () => {
    for (const [query, chapter] of [['s3', 'S3'], ['ec2', 'EC2'], ['sqs', 'SQS'], ['kms', 'Key Management Service'], ['route 53', 'Route 53'], ['vpc', 'VPC']]) {
      const [best] = engine.search(query, { limit: 1 });
      assert.equal(best?.section.title, chapter, query);
      assert.equal(best.section.parentId, undefined, `${query}: a top-level section`);
    }
  });

  it('shows the passage with an excerpt from its own lines that has the matched words', () => {
    const [hit] = engine.search('s3 versioning', { limit: 1 });
    assert.equal(nameOf(hit.section), 'S3 › Versioning');
    assert.match(hit.snippet, /version/i);
    assert.ok(hit.snippetMatches.length > 0);
    const [timeout] = engine.search('sqs visibility timeout', { limit: 1 });
    assert.match(timeout.snippet, /visibility timeout/i);
  });
});

describe('search highlights: whole matched words or prefixes, never a stray letter', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());

  /** Each range covers a whole word, or the start of one, that begins like a query word. */
  function assertWordRanges(text: string, ranges: readonly [number, number][], queryWords: readonly string[], where: string): void {
    for (const [start, end] of ranges) {
      const marked = text.slice(start, end).toLowerCase();
      assert.ok(start === 0 || !/[a-z0-9]/i.test(text[start - 1]), `${where}: "${marked}" starts inside a word of ${JSON.stringify(text)}`);
      assert.ok(marked.length >= 2, `${where}: a stray letter "${marked}" in ${JSON.stringify(text)}`);
      assert.ok(queryWords.some((word) => marked.startsWith(word.slice(0, 3)) || word.startsWith(marked)), `${where}: "${marked}" is no query word`);
    }
  }

  for (const query of ['placement groups', 's3 versioning', 'sqs visibility timeout', 'rds read replicas', 'aurora serverless']) {
    it(`marks only words of "${query}" in titles and excerpts`, () => {
      const words = query.split(' ');
      const hits = engine.search(query, { limit: 20 });
      assert.ok(hits.length > 0);
      for (const hit of hits) {
        assertWordRanges(hit.section.title, hit.titleMatches, words, `title of ${hit.section.id}`);
        assertWordRanges(hit.snippet, hit.snippetMatches, words, `excerpt of ${hit.section.id}`);
      }
    });
  }
});
