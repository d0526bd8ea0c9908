import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Gives each test of the enclosing suite a fresh, empty folder, removed after
 * the test; call it in a `describe` and read `.path` inside the tests.
 */
export function useTemporaryFolder(prefix: string): { readonly path: string } {
  let current = '';
  beforeEach(() => {
    current = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => fs.rmSync(current, { recursive: true, force: true }));
  return {
    get path() {
      return current;
    },
  };
}
