import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** Absolute paths of the bundled notes files, in name order. */
export function bundledNoteFiles(): string[] {
  const dir = path.join(repoRoot(), 'notes');
  return fs.readdirSync(dir).sort().map((name) => path.join(dir, name));
}
