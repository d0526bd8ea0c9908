// Parses and tags the bundled notes once, at build time, and writes the result
// to dist/bundled-notes.json keyed by each file's SHA-256. The extension reads
// it instead of parsing the same five files cold on every start; a file whose
// bytes no longer match its hash is parsed as usual.
//   node scripts/analyse-bundled-notes.mjs
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The same core code the extension bundles does the work, so the stored result is what it would compute. */
const entry = `
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKey, writeAnalyses } from './src/core/analysed-notes';
import { ServiceCatalog } from './src/core/catalog';
import { decodeNote } from './src/core/decode-note';
import { NoteIndex } from './src/core/note-index';
import { parseNotes } from './src/core/parser';

const [notesDir, outFile] = process.argv.slice(2);
const index = new NoteIndex(new ServiceCatalog(), parseNotes);
const analyses = new Map();
for (const name of readdirSync(notesDir).sort()) {
  if (!/\\.(md|markdown|txt)$/i.test(name)) continue;
  const bytes = readFileSync(join(notesDir, name));
  const decoded = decodeNote(bytes);
  if (!decoded.ok) throw new Error(name + ' ' + decoded.reason);
  analyses.set(contentKey(bytes), index.analyse(decoded.text));
}
writeFileSync(outFile, writeAnalyses(analyses));
console.log('analysed ' + analyses.size + ' bundled notes files into ' + outFile);
`;

/** Builds the analysis of `notes/` into `dist/bundled-notes.json`. */
export async function analyseBundledNotes() {
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'analyse-bundled-notes-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-analyse-')), 'analyse.cjs');
  try {
    fs.writeFileSync(script, result.outputFiles[0].text);
    fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
    execFileSync(process.execPath, [script, path.join(root, 'notes'), path.join(root, 'dist', 'bundled-notes.json')], { stdio: 'inherit' });
  } finally {
    fs.rmSync(path.dirname(script), { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await analyseBundledNotes();
