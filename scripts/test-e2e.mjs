// UI checks of the extension in a real VS Code workbench, used as a person
// would: starts the VS Code server with the extension loaded (no test runner
// inside VS Code), a headless Chromium server, and runs the compiled
// out/test/e2e/**/*.test.js with mocha in this process. The test files drive
// the browser through test/e2e/workbench.ts. Screenshots go to
// test-results/screenshots/. Ends with `e2e: N passed, M failed`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { launchChromiumServer } from './vscode-server/browser.mjs';
import { armWatchdog, cleanupAll } from './vscode-server/cleanup.mjs';
import { prepareServerHost } from './vscode-server/install.mjs';
import { runRoot, fixtureWorkspace, repoRoot, testResultsDir } from './vscode-server/paths.mjs';
import { delay, startVsCodeServer } from './vscode-server/server.mjs';

const log = (line) => console.log(`[e2e] ${line}`);
const compiledDir = path.join(repoRoot, 'out', 'test', 'e2e');
const screenshotsDir = path.join(testResultsDir, 'screenshots');
/** Whole-run budget; a hung workbench fails the run instead of blocking CI. */
const runTimeoutMs = Number(process.env.AWS_NOTES_E2E_TIMEOUT_MS ?? 10 * 60_000);

/** @param {string} dir @returns {string[]} */
function findTestFiles(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

async function main() {
  if (!fs.existsSync(compiledDir)) throw new Error('out/test/e2e is missing: run npm run compile-tests first');
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build first');
  const files = findTestFiles(compiledDir);
  if (files.length === 0) throw new Error('no e2e test files in out/test/e2e');
  fs.rmSync(screenshotsDir, { recursive: true, force: true });
  fs.mkdirSync(screenshotsDir, { recursive: true });

  await prepareServerHost(log);
  const server = await startVsCodeServer({ dataDir: path.join(runRoot, 'run-e2e'), log });
  const browserServer = await launchChromiumServer();
  log('headless Chromium is up');

  process.env.AWS_NOTES_E2E_WORKBENCH_URL = server.workbenchUrl({ folder: fixtureWorkspace, extensionDevelopmentPath: repoRoot });
  process.env.AWS_NOTES_E2E_BROWSER_WS = browserServer.wsEndpoint();
  process.env.AWS_NOTES_E2E_SCREENSHOTS = screenshotsDir;

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90_000, color: Boolean(process.stdout.isTTY) });
  if (process.env.AWS_NOTES_TEST_GREP) mocha.grep(process.env.AWS_NOTES_TEST_GREP);
  for (const file of files) mocha.addFile(file);
  await mocha.loadFilesAsync();

  const counts = { passed: 0, failed: 0, pending: 0 };
  const finished = new Promise((resolve) => {
    const runner = mocha.run(() => resolve(undefined));
    runner.on('pass', () => { counts.passed += 1; });
    runner.on('fail', () => { counts.failed += 1; });
    runner.on('pending', () => { counts.pending += 1; });
  });
  const timedOut = await Promise.race([finished.then(() => false), delay(runTimeoutMs).then(() => true)]);
  if (timedOut) {
    log(`timed out after ${runTimeoutMs / 1000} s`);
    counts.failed += 1;
  }
  log(`screenshots: ${path.relative(process.cwd(), screenshotsDir)}/`);
  log(`server log: ${path.relative(process.cwd(), server.logFile)}`);
  await server.stop();
  return counts;
}

// Install, server start and tests together; generous for a cold machine, short of CI's limit.
armWatchdog(Number(process.env.AWS_NOTES_OVERALL_TIMEOUT_MS ?? 25 * 60_000), 'e2e');

main()
  .then(async (counts) => {
    await cleanupAll();
    const skipped = counts.pending > 0 ? `, ${counts.pending} skipped` : '';
    console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
    process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(`[e2e] ${error instanceof Error ? error.stack ?? error.message : error}`);
    await cleanupAll();
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  });
