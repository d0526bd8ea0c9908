import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledNoteFiles, repoRoot } from './support/paths';

/**
 * The bundled notes are the author's words and ship byte for byte: no
 * "cleanup" may ever creep in to make parsing easier.
 */
describe('bundled notes', () => {
  const files = bundledNoteFiles();

  it('are the five reviewed files, unchanged to the byte', () => {
    const expected = fs
      .readFileSync(path.join(repoRoot(), 'test', 'unit', 'bundled-notes.sha256'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    const actual = files.map((file) => [createHash('sha256').update(fs.readFileSync(file)).digest('hex'), path.basename(file)]);
    assert.deepEqual(actual, expected);
  });

  it('match the shared originals when those are beside the repository', function () {
    const shared = path.join(repoRoot(), '..', 'shared', 'notes');
    if (!fs.existsSync(shared)) this.skip();
    assert.deepEqual(fs.readdirSync(shared).sort(), files.map((f) => path.basename(f)));
    for (const file of files) {
      assert.ok(fs.readFileSync(file).equals(fs.readFileSync(path.join(shared, path.basename(file)))), path.basename(file));
    }
  });
});
