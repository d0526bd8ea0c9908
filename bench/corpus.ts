/**
 * Synthetic note corpora for the benchmark, made from the bundled notes' own
 * lines and words so the vocabulary, line lengths and service mentions look
 * like real notes, at any number of sections.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Sections per synthetic file: a long, but realistic, notes file. */
export const SECTIONS_PER_FILE = 100;

/** A corpus on disk. */
export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** A small, seeded PRNG (mulberry32): the same corpus every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The raw material: body lines and title-like phrases from the bundled notes. */
function material(notesDir: string): { lines: string[]; titles: string[] } {
  const lines: string[] = [];
  const titles: string[] = [];
  for (const name of fs.readdirSync(notesDir).sort()) {
    const text = fs.readFileSync(path.join(notesDir, name), 'utf8');
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/^[#>\s*-]+/, '').replace(/\*\*|__|\t/g, ' ').replace(/\s+/g, ' ').trim();
      // Prose only: numbered items, "Label:" lines, separators and images would
      // make the parser read a file of `##` sections as another format.
      if (line.length < 30 || /^(\d|[ivx]+\)|[a-z]\))/i.test(line) || /[:：]$/.test(line) || /[=|![\]<>]/.test(line)) continue;
      lines.push(line.length > 240 ? line.slice(0, 240) : line);
      if (/^#{1,4}\s/.test(raw.trim()) && line.length < 70) titles.push(line);
    }
  }
  return { lines, titles };
}

/**
 * Writes (or reuses) a corpus of `sections` sections under `root`, as Markdown
 * files of {@link SECTIONS_PER_FILE} `##` sections each. Bodies average ~1 KB,
 * so 50,000 sections come to about 50 MB.
 */
export function ensureCorpus(root: string, notesDir: string, sections: number): Corpus {
  const dir = path.join(root, `${sections}`);
  const marker = path.join(dir, '.complete-v2');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const { lines, titles } = material(notesDir);
    const next = random(sections);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const fileCount = Math.ceil(sections / SECTIONS_PER_FILE);
    for (let f = 0; f < fileCount; f++) {
      const parts = [`# Synthetic notes ${f + 1}`, ''];
      const inFile = Math.min(SECTIONS_PER_FILE, sections - f * SECTIONS_PER_FILE);
      for (let s = 0; s < inFile; s++) {
        // Titles repeat across a big corpus, as they do across a real one; a
        // number keeps each unique within its file.
        parts.push(`## ${pick(titles)} (${f + 1}.${s + 1})`, '');
        const bodyLines = 5 + Math.floor(next() * 10);
        for (let l = 0; l < bodyLines; l++) parts.push(next() < 0.3 ? `- ${pick(lines)}` : pick(lines));
        parts.push('');
      }
      fs.writeFileSync(path.join(dir, `notes-${String(f + 1).padStart(4, '0')}.md`), parts.join('\n'));
    }
    fs.writeFileSync(marker, '');
  }
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(dir, name));
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return { dir, files, bytes };
}
