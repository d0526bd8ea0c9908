// Writes the parser's current section titles for each bundled notes file to
// <file-name>.titles.json; each section with passages is followed by them, as "Section › Passage". Run after `npm run compile-tests`, then READ every
// title before committing: the golden lists are hand-reviewed, not generated truth.
//   node test/unit/golden/update-golden.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const { parseNotes } = createRequire(import.meta.url)(join(root, 'out', 'src', 'core', 'parser', 'index.js'));
for (const name of readdirSync(join(root, 'notes')).sort()) {
  const titles = parseNotes(readFileSync(join(root, 'notes', name), 'utf8')).flatMap((section) => [
    section.title,
    ...(section.passages ?? []).map((passage) => `${section.title} › ${passage.title}`),
  ]);
  writeFileSync(join(here, `${name}.titles.json`), JSON.stringify(titles, null, 2) + '\n');
  console.log(`${name}: ${titles.length} sections`);
}
