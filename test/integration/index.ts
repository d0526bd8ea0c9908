/**
 * Integration test runner: runs inside a real VS Code extension host (desktop
 * VS Code via @vscode/test-electron, or the VS Code server driven by headless
 * Chromium; `scripts/test-integration.mjs` picks the host).
 *
 * Adding a suite: create `test/integration/<feature>.test.ts` with mocha
 * `describe`/`it` (bdd). It is compiled to `out/test/integration/` and every
 * `*.test.js` found there is run; nothing needs registering. The workspace
 * open in the host is `test/fixtures/workspace/`; `helpers.ts` opens its
 * files and waits for the extension. Run one suite with
 * `AWS_NOTES_TEST_GREP="<text in its title>" npm run test:integration`.
 *
 * Results leave the host through the JSON file named by AWS_NOTES_TEST_RESULTS
 * (the harness sets it), because the server host's console is not the
 * terminal's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** One test's outcome, as the harness prints it. */
export interface IntegrationTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** The results file the harness reads. */
export interface IntegrationResults {
  vscodeVersion: string;
  passed: number;
  failed: number;
  pending: number;
  tests: IntegrationTestResult[];
  /** Set when the runner itself broke (no test file loaded, a file threw on load). */
  runnerError?: string;
}

/** Every compiled `*.test.js` under `dir`, sorted so runs are repeatable. */
function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

function writeResults(results: IntegrationResults): void {
  const target = process.env.AWS_NOTES_TEST_RESULTS;
  if (!target) return;
  // Written whole then renamed, so the harness never reads half a file.
  const partial = `${target}.partial`;
  fs.writeFileSync(partial, JSON.stringify(results, null, 2));
  fs.renameSync(partial, target);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** Entry point called by VS Code with `--extensionTestsPath`. Rejects when any test fails. */
export async function run(): Promise<void> {
  const results: IntegrationResults = { vscodeVersion: vscode.version, passed: 0, failed: 0, pending: 0, tests: [] };
  try {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
    if (process.env.AWS_NOTES_TEST_GREP) mocha.grep(process.env.AWS_NOTES_TEST_GREP);
    const files = findTestFiles(__dirname);
    if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
    for (const file of files) mocha.addFile(file);
    await mocha.loadFilesAsync();

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed += 1;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('fail', (test, error) => {
        results.failed += 1;
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: describeError(error) });
      });
      runner.on('pending', (test) => {
        results.pending += 1;
        results.tests.push({ title: test.fullTitle(), state: 'pending' });
      });
    });
  } catch (error) {
    results.runnerError = describeError(error);
  }
  writeResults(results);
  if (results.runnerError) throw new Error(results.runnerError);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
  if (results.passed === 0) throw new Error('no integration test ran');
}
