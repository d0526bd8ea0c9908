// Writes the study cards derived from each bundled notes file to <file-name>.cards.json:
// kind, id (the hash that keys a card's review history) and both sides' first line.
// Run after `npm run compile-tests`, then READ every card before committing: a changed id
// means every user loses that card's review history.
//   node test/unit/golden/update-study-golden.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const require = createRequire(import.meta.url);
const { ServiceCatalog } = require(join(root, 'out', 'src', 'core', 'catalog', 'index.js'));
const { NoteIndex } = require(join(root, 'out', 'src', 'core', 'note-index.js'));
const { parseNotes } = require(join(root, 'out', 'src', 'core', 'parser', 'index.js'));
const { buildCards } = require(join(root, 'out', 'src', 'core', 'study', 'index.js'));
const { goldenCard } = require(join(root, 'out', 'test', 'unit', 'support', 'study-golden.js'));

const catalog = new ServiceCatalog();
for (const name of readdirSync(join(root, 'notes')).sort()) {
  const index = new NoteIndex(catalog, parseNotes);
  index.setFile(join(root, 'notes', name), readFileSync(join(root, 'notes', name), 'utf8'), 'bundled');
  const { cards } = buildCards(index.allSections());
  writeFileSync(join(here, `${name}.cards.json`), JSON.stringify(cards.map(goldenCard), null, 2) + '\n');
  console.log(`${name}: ${cards.length} cards`);
}
