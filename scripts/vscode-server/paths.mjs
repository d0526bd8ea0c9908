// Where the VS Code test host lives. Everything downloaded or generated sits
// under .vscode-test/ (git-ignored) so a fresh clone stays small and a warm
// machine reuses the cache.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in scripts/vscode-server/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * code-server release that carries VS Code 1.100.3. 4.103 and later need
 * Node 22 or 24; the project is on Node 20.
 */
export const codeServerVersion = '4.100.3';

/** The desktop VS Code version @vscode/test-electron downloads; kept equal to the server's. */
export const desktopVsCodeVersion = '1.100.3';

/** Cache root shared by both hosts. */
export const cacheRoot = path.join(repoRoot, '.vscode-test');

/**
 * Where one checkout's test runs keep their throw-away VS Code data. `.vscode-test` may be shared by
 * several worktrees (a symlink), and a run deletes its folder first, so each checkout gets its own.
 */
export const runRoot = path.join(repoRoot, 'test-results', 'vscode-runs');

/** npm prefix the code-server package is installed into. */
export const codeServerPrefix = path.join(cacheRoot, `code-server-${codeServerVersion}`);

/** VS Code's own server build inside the code-server package. */
export const vscodeServerDir = path.join(codeServerPrefix, 'node_modules', 'code-server', 'lib', 'vscode');

/** Entry point of the VS Code server. */
export const serverMain = path.join(vscodeServerDir, 'out', 'server-main.js');

/** Written last by the install step; its presence (with matching content) means "prepared". */
export const stampFile = path.join(codeServerPrefix, '.prepared.json');

/** Demo and test workspace: templates and docs the extension is exercised on. */
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** Screenshots and other artefacts of test runs (git-ignored). */
export const testResultsDir = path.join(repoRoot, 'test-results');

/** Chromium from Debian; playwright-core drives it (no browser download). */
export const chromiumPath = '/usr/bin/chromium';
