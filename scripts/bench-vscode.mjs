// `npm run bench:vscode`: start-up with a large notes folder in a real VS Code
// (the VS Code server from code-server, opened in headless Chromium). The
// folder is the bench's synthetic corpus (default 10,000 sections; pass
// --scale=N). It opens the workbench once (the first index, after which the
// extension saves its index), then reloads the window a few times (each a
// start from the saved index) and reads the extension's own log lines for the
// timings. Ends with one search, screenshotted to
// test-results/screenshots/bench-vscode-search.png.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { launchChromium } from './vscode-server/browser.mjs';
import { armWatchdog, cleanupAll } from './vscode-server/cleanup.mjs';
import { prepareServerHost } from './vscode-server/install.mjs';
import { cacheRoot, fixtureWorkspace, repoRoot, testResultsDir } from './vscode-server/paths.mjs';
import { delay, startVsCodeServer } from './vscode-server/server.mjs';

const log = (line) => console.log(`[bench:vscode] ${line}`);
const scale = Number(process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? 10_000);
const reloads = 3;
const dataDir = path.join(cacheRoot, 'run-bench-vscode');

/** Every line the extension logged so far (its log file is found by a line only it writes). */
function extensionLog() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'AWS Notes.log') found.push(full);
    }
  };
  walk(dataDir);
  // One log folder per window session, named by its start time: sorted, the lines come in the order they were written.
  return found.sort().flatMap((file) => fs.readFileSync(file, 'utf8').split('\n'));
}

/** Waits for the `count`-th log line matching `pattern`; returns the matching lines. */
async function waitForLines(pattern, count, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = extensionLog().filter((line) => pattern.test(line));
    if (lines.length >= count) return lines;
    if (Date.now() > deadline) throw new Error(`timed out waiting for log line ${pattern} #${count}`);
    await delay(250);
  }
}

const number = (line, pattern) => Number(pattern.exec(line)?.[1]);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const require = createRequire(import.meta.url);
  const { ensureCorpus } = require(path.join(repoRoot, 'out', 'bench', 'corpus.js'));
  const corpus = ensureCorpus(path.join(repoRoot, 'bench', '.corpus'), path.join(repoRoot, 'notes'), scale);
  log(`corpus: ${corpus.files.length} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB (${corpus.dir})`);
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--production'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });

  await prepareServerHost(log);
  const server = await startVsCodeServer({ dataDir, log, settings: { 'awsNotes.notesFolders': [corpus.dir] } });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const indexed = /Indexed \d+ files: \d+ sections .* in (\d+) ms/;
  try {
    // Markdown activates the extension, as opening a notes or architecture doc would.
    const url = server.workbenchUrl({ folder: fixtureWorkspace, extensionDevelopmentPath: repoRoot });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await delay(500);
    await page.keyboard.type('architecture.md');
    await delay(500);
    await page.keyboard.press('Enter');
    const [first] = await waitForLines(/Indexed \d+ files: \d+ sections/, 1);
    const [saved] = await waitForLines(/Saved the index/, 1);
    const firstMs = number(first, indexed);
    log(`first start: ${first.replace(/^.*\[info\] /, '')}`);
    const workers = extensionLog().find((line) => /Indexed \d+ files in (a worker thread|\d+ worker threads)/.test(line));
    if (workers) log(`index workers: ${workers.replace(/^.*\[info\] /, '')}`);
    log(`saved: ${saved.replace(/^.*\[info\] /, '')}`);

    const starts = [];
    const reads = [];
    for (let reload = 1; reload <= reloads; reload++) {
      // Let the previous window's extension host finish shutting down: it would compete for the two cores.
      await delay(5000);
      await page.reload();
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      const restored = (await waitForLines(/Restored \d+ of \d+ files from the saved index/, reload))[reload - 1];
      const read = (await waitForLines(/Read the saved index/, reload))[reload - 1];
      // The restore's own "Indexed" line is written right after its "Restored" line.
      const all = extensionLog();
      const done = all.slice(all.indexOf(restored)).find((line) => indexed.test(line));
      if (!done) throw new Error(`no "Indexed" line after: ${restored}`);
      starts.push(number(done, indexed));
      reads.push(number(read, / in (\d+) ms/));
      log(`reload ${reload}: ${restored.replace(/^.*\[info\] /, '')}; ${done.replace(/^.*\[info\] /, '')}`);
    }

    await page.keyboard.press('F1');
    await delay(500);
    await page.keyboard.type('AWS Notes: Search Notes');
    await delay(500);
    await page.keyboard.press('Enter');
    await delay(800);
    await page.keyboard.type('placement group');
    await delay(1500);
    const screenshot = path.join(testResultsDir, 'screenshots', 'bench-vscode-search.png');
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });

    const sections = number(first, /: (\d+) sections/);
    console.log(
      `\nVS Code 1.100.3, ${sections} sections: first start indexed in ${firstMs} ms; ` +
        `after a window reload, from the saved index: ${median(starts)} ms (median of ${reloads}; ${starts.join(', ')} ms), ` +
        `of which reading the saved index ${median(reads)} ms\nscreenshot: ${path.relative(repoRoot, screenshot)}`,
    );
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

armWatchdog(15 * 60_000, 'bench:vscode');
main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
