/**
 * Where the index worker's CPU goes, stage by stage, in one cold process (the
 * worker starts cold too: JIT warm-up is part of its cost). Runs exactly the
 * steps of `indexFiles` and times each with the thread's CPU clock; with
 * `--detail` the parser and the mention matcher are timed inside `setFile`.
 *
 *   node out/bench/first-index-stages.js bench/.corpus/10000 [--detail] [--json]
 *
 * One run per process; compare builds by running them interleaved and taking medians.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKey } from '../src/core/analysed-notes';
import { ServiceCatalog } from '../src/core/catalog';
import { decodeNote } from '../src/core/decode-note';
import { SnapshotWriter, splitSnapshot } from '../src/core/index-snapshot';
import { NoteIndex, type CatalogLookup } from '../src/core/note-index';
import { parseNotes } from '../src/core/parser';
import { SearchEngine } from '../src/core/search';

const dir = process.argv[2] ?? 'bench/.corpus/10000';
const detail = process.argv.includes('--detail');
const json = process.argv.includes('--json');

/** CPU time of this thread in ms (the process clock: no other thread does work here but the GC's). */
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
/** Per stage: CPU ms (GC helper threads included) and wall ms. */
const stages = new Map<string, { cpu: number; wall: number }>();
const time = <T>(name: string, work: () => T): T => {
  const start = cpuNow();
  const wallStart = performance.now();
  const result = work();
  const stage = stages.get(name) ?? { cpu: 0, wall: 0 };
  stage.cpu += cpuNow() - start;
  stage.wall += performance.now() - wallStart;
  stages.set(name, stage);
  return result;
};

const wallStart = performance.now();
const cpuStart = cpuNow();
const catalog = time('catalog', () => new ServiceCatalog());
let lookup: CatalogLookup = catalog;
let parse = parseNotes;
/** With `--detail`: the CPU ms of the parser and of the matcher inside `setFile`. */
let detailOf = (): Record<string, number> => ({});
if (detail) {
  // The process's CPU clock (microseconds) around each call: wall time is at the mercy of a busy machine.
  let matcherMs = 0;
  let parseMs = 0;
  lookup = {
    get: (id) => catalog.get(id),
    findMentions: (text) => catalog.findMentions(text),
    resolveTerm: (term) => catalog.resolveTerm(term),
    resolveResourceType: (type) => catalog.resolveResourceType(type),
    forEachMention: (text, visit) => {
      const start = cpuNow();
      catalog.forEachMention(text, visit);
      matcherMs += cpuNow() - start;
    },
  };
  parse = (text) => {
    const start = cpuNow();
    const parsed = parseNotes(text);
    parseMs += cpuNow() - start;
    return parsed;
  };
  process.on('exit', () => {
    if (!json) console.log(`  of setFile: parse ${parseMs.toFixed(0)} ms, matcher ${matcherMs.toFixed(0)} ms (CPU)`);
  });
  detailOf = () => ({ 'setFile.parse': parseMs, 'setFile.matcher': matcherMs });
}
const index = new NoteIndex(lookup, parse);
const keys = new Map<string, string>();
const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
for (const name of files) {
  const path = join(dir, name);
  const bytes = time('read', () => readFileSync(path));
  const key = time('contentKey', () => contentKey(bytes));
  const decoded = time('decode', () => decodeNote(bytes));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.reason}`);
  time('setFile', () => index.setFile(path, decoded.text, 'user', name));
  keys.set(path, key);
}
const engine = time('engine.addSections', () => {
  const built = new SearchEngine(catalog);
  built.addSections(index.allSections());
  return built;
});
const writer = new SnapshotWriter('stages');
for (const file of index.files()) {
  const sections = time('exportFile', () => index.exportFile(file.path)!);
  time('writer.addFile', () => writer.addFile({ path: file.path, label: file.label, origin: file.origin, key: keys.get(file.path)!, sections }));
}
const { state, sectionIds } = time('exportState', () => engine.exportState());
// As `indexFiles` does it; a build without `finishParts` (before it existed) joins the pieces and splits them.
type Parts = { head: Uint8Array; strings: Uint8Array };
const finishParts = (writer as unknown as { finishParts?: (search: typeof state, ids: string[]) => Parts }).finishParts;
const parts: Parts = finishParts
  ? time('writer.finish', () => finishParts.call(writer, state, sectionIds))
  : (() => {
      const encoded = time('writer.finish', () => Buffer.concat(writer.finish(state, sectionIds)));
      const split = time('splitSnapshot', () => splitSnapshot(encoded, 'stages'));
      if ('error' in split) throw new Error(split.error);
      return split;
    })();
const total = cpuNow() - cpuStart;
const wall = performance.now() - wallStart;
const digest = createHash('sha256').update(parts.head).update(parts.strings).digest('hex').slice(0, 16);
const result = { sections: index.allSections().length, bytes: parts.head.length + parts.strings.length, digest, ...Object.fromEntries(stages), ...detailOf(), totalCpu: total, wall };
if (json) console.log(JSON.stringify(result));
else {
  for (const [name, ms] of stages) console.log(`${name.padEnd(20)} ${ms.cpu.toFixed(0).padStart(6)} ms CPU ${ms.wall.toFixed(0).padStart(6)} ms wall`);
  console.log(`${'total CPU'.padEnd(20)} ${total.toFixed(0).padStart(6)} ms  (wall ${wall.toFixed(0)} ms, ${result.sections} sections, ${result.bytes} bytes, sha256 ${digest})`);
}
