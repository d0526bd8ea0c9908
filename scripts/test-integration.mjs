/* global fetch, AbortSignal */
// Runs the integration suites (test/integration, compiled to out/) inside a
// real VS Code. Two hosts, one runner:
//   electron: @vscode/test-electron downloads desktop VS Code and runs it
//             (under xvfb-run on Linux without a display);
//   server:   the VS Code server from code-server's npm package, opened in
//             headless Chromium; works offline (Linux with apt).
// AWS_NOTES_TEST_HOST=electron|server overrides the automatic choice.
// Ends with `integration: N passed, M failed (VS Code X.Y.Z)` and a non-zero
// exit on any failure, on zero tests, or when the host never reports.
import { spawnSync } from 'node:child_process';
import * as dns from 'node:dns/promises';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from './vscode-server/browser.mjs';
import { armWatchdog, cleanupAll } from './vscode-server/cleanup.mjs';
import { prepareServerHost } from './vscode-server/install.mjs';
import { cacheRoot, runRoot, desktopVsCodeVersion, fixtureWorkspace, repoRoot, testResultsDir } from './vscode-server/paths.mjs';
import { delay, startVsCodeServer } from './vscode-server/server.mjs';

const log = (line) => console.log(`[integration] ${line}`);
const runnerPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const resultsFile = path.join(testResultsDir, 'integration-results.json');
/** Whole-run budget once VS Code is starting; a host that never reports fails the run. */
const runTimeoutMs = Number(process.env.AWS_NOTES_TEST_TIMEOUT_MS ?? 5 * 60_000);

/** Picks the host: the override, else electron where desktop VS Code can run and be had, else the server. */
async function chooseHost() {
  const override = process.env.AWS_NOTES_TEST_HOST;
  if (override) {
    if (override !== 'electron' && override !== 'server') throw new Error(`AWS_NOTES_TEST_HOST must be electron or server, not "${override}"`);
    return { host: override, why: 'AWS_NOTES_TEST_HOST' };
  }
  if (process.platform !== 'linux') return { host: 'electron', why: `${process.platform} runs desktop VS Code` };
  // CI on Linux uses the server: no download, no display, the same VS Code build every run.
  if (process.env.CI === 'true' || process.env.CI === '1') return { host: 'server', why: 'CI on Linux' };
  const canDisplay = Boolean(process.env.DISPLAY) || hasCommand('xvfb-run');
  if (!canDisplay) return { host: 'server', why: 'no display and no xvfb-run' };
  if (hasCachedDesktopVsCode()) return { host: 'electron', why: 'desktop VS Code already downloaded' };
  if (await canReachVsCodeDownloads()) return { host: 'electron', why: 'VS Code downloads reachable' };
  return { host: 'server', why: 'VS Code downloads unreachable (offline)' };
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function hasCachedDesktopVsCode() {
  try {
    return fs.readdirSync(cacheRoot).some((entry) => entry.startsWith('vscode-linux') && entry.endsWith(desktopVsCodeVersion));
  } catch {
    return false;
  }
}

/** A quick look (a few seconds at most) at whether @vscode/test-electron could download VS Code. */
async function canReachVsCodeDownloads() {
  const host = 'update.code.visualstudio.com';
  try {
    await Promise.race([dns.lookup(host), delay(2000).then(() => { throw new Error('dns timeout'); })]);
    const response = await fetch(`https://${host}/api/releases/stable`, { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** @returns {import('../test/integration/index').IntegrationResults | undefined} */
function readResults() {
  try {
    return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    return undefined;
  }
}

async function runOnServer() {
  await prepareServerHost(log);
  const server = await startVsCodeServer({
    dataDir: path.join(runRoot, 'run-integration'),
    env: { AWS_NOTES_TEST_RESULTS: resultsFile },
    log,
  });
  const url = server.workbenchUrl({ folder: fixtureWorkspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: runnerPath });
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.on('pageerror', (error) => log(`workbench page error: ${error.message}`));
  log('opening the workbench in headless Chromium; the tests run in its extension host');
  await page.goto(url);
  const started = Date.now();
  const deadline = started + runTimeoutMs;
  let nextHeartbeat = started + 30_000;
  let results;
  while (!(results = readResults())) {
    if (Date.now() > deadline) {
      console.log(tailOfExtensionHostLogs(server.dataDir));
      throw new Error(`timed out after ${runTimeoutMs / 1000} s: the extension host never reported results.\n`
        + `  Extension host logs: ${path.join(server.dataDir, 'user', 'logs')}\n  Server log: ${server.logFile}`);
    }
    if (Date.now() > nextHeartbeat) {
      log(`still running (${Math.round((Date.now() - started) / 1000)} s)`);
      nextHeartbeat += 30_000;
    }
    await delay(500);
  }
  await browser.close();
  await server.stop();
  return results;
}

/** The last lines of every extension host log of a server run: where a host that never reports says why. */
function tailOfExtensionHostLogs(dataDir) {
  const logsRoot = path.join(dataDir, 'user', 'logs');
  const lines = [];
  const visit = (dir) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name === 'remoteexthost.log') {
        lines.push(`--- ${full}`, ...fs.readFileSync(full, 'utf8').trimEnd().split('\n').slice(-20));
      }
    }
  };
  visit(logsRoot);
  return lines.join('\n');
}

async function runOnElectron() {
  const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.AWS_NOTES_UNDER_XVFB) {
    // Desktop VS Code needs an X display; rerun this script inside a virtual one.
    log('no DISPLAY: rerunning under xvfb-run');
    const rerun = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit', env: { ...process.env, AWS_NOTES_TEST_HOST: 'electron', AWS_NOTES_UNDER_XVFB: '1' },
    });
    if (rerun.error) {
      const missing = rerun.error.code === 'ENOENT' ? 'xvfb-run is not installed (Debian package xvfb)' : `xvfb-run failed: ${rerun.error.message}`;
      throw new Error(`desktop VS Code needs a display: ${missing}. Install it, set DISPLAY, or unset AWS_NOTES_TEST_HOST to use the VS Code server.`);
    }
    process.exit(rerun.status ?? 1);
  }
  const vscodeExecutablePath = await downloadAndUnzipVSCode({ version: desktopVsCodeVersion, cachePath: cacheRoot });
  log(`running desktop VS Code ${desktopVsCodeVersion}`);
  const userDataDir = path.join(cacheRoot, 'electron-user-data');
  fs.rmSync(userDataDir, { recursive: true, force: true });
  try {
    await Promise.race([
      runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: runnerPath,
        extensionTestsEnv: { AWS_NOTES_TEST_RESULTS: resultsFile },
        launchArgs: [fixtureWorkspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userDataDir}`],
      }),
      delay(runTimeoutMs).then(() => { throw new Error(`timed out after ${runTimeoutMs / 1000} s waiting for VS Code`); }),
    ]);
  } catch (error) {
    // A failing test makes runTests reject too; the results file tells which.
    const results = readResults();
    if (!results) throw error;
    return results;
  }
  const results = readResults();
  if (!results) throw new Error('VS Code exited without writing integration results');
  return results;
}

function report(results) {
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? 'ok  ' : test.state === 'failed' ? 'FAIL' : 'skip';
    const duration = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark} ${test.title}${duration}`);
    if (test.error) console.log(test.error.split('\n').map((line) => `         ${line}`).join('\n'));
  }
  // A runner that broke (a test file that throws on load) counts as a failure, so the closing line never reads as a pass.
  const failed = results.failed + (results.runnerError ? 1 : 0);
  if (results.runnerError) console.log(`runner error: ${results.runnerError}`);
  if (results.passed === 0 && failed === 0) console.log('no integration test ran');
  const skipped = results.pending > 0 ? `, ${results.pending} skipped` : '';
  console.log(`integration: ${results.passed} passed, ${failed} failed${skipped} (VS Code ${results.vscodeVersion})`);
  return failed === 0 && results.passed > 0;
}

async function main() {
  if (!fs.existsSync(runnerPath)) throw new Error(`${path.relative(repoRoot, runnerPath)} is missing: run npm run compile-tests first`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build first');
  fs.mkdirSync(testResultsDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  const { host, why } = await chooseHost();
  log(`host: ${host} (${why})`);
  const started = Date.now();
  const results = host === 'electron' ? await runOnElectron() : await runOnServer();
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return report(results);
}

// Install, server start and tests together; generous for a cold machine, short of CI's limit.
armWatchdog(Number(process.env.AWS_NOTES_OVERALL_TIMEOUT_MS ?? 25 * 60_000), 'integration');

main()
  .then(async (ok) => {
    await cleanupAll();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(`[integration] ${error instanceof Error ? error.message : error}`);
    await cleanupAll();
    console.log('integration: 0 passed, 1 failed (harness error)');
    process.exit(1);
  });
