/* global fetch, AbortSignal */
// Starts the VS Code server (VS Code 1.100.3 from code-server's package) on a
// free loopback port with throw-away user, server and extensions folders.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { URLSearchParams } from 'node:url';
import { trackProcessGroup } from './cleanup.mjs';
import { serverVsCodeVersion } from './install.mjs';
import { serverMain, vscodeServerDir } from './paths.mjs';

/**
 * Settings for a quiet, predictable workbench: no trust prompt (it would
 * block the extension in restricted mode), no welcome page, no update or
 * telemetry calls on an offline machine.
 */
const testSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.editor.enablePreview': false,
};

/** Finds a free loopback port by letting the OS pick one. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * @typedef {object} RunningServer
 * @property {number} port
 * @property {string} origin            http://127.0.0.1:PORT
 * @property {string} vscodeVersion     version of the VS Code build being served
 * @property {string} dataDir           throw-away folder holding user/, server/ and ext/
 * @property {string} logFile           the server's own stdout/stderr
 * @property {(options: { folder: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }) => string} workbenchUrl
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the server and resolves once it answers HTTP.
 * @param {{ dataDir: string, env?: NodeJS.ProcessEnv, settings?: Record<string, unknown>, log: (line: string) => void, startTimeoutMs?: number }} options
 * @returns {Promise<RunningServer>}
 */
export async function startVsCodeServer(options) {
  const { dataDir, log } = options;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const userSettingsDir = path.join(dataDir, 'user', 'User');
  fs.mkdirSync(userSettingsDir, { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'server'), { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'ext'), { recursive: true });
  fs.writeFileSync(path.join(userSettingsDir, 'settings.json'),
    JSON.stringify({ ...testSettings, ...options.settings }, null, 2) + '\n');

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [
    serverMain,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--user-data-dir', path.join(dataDir, 'user'),
    '--server-data-dir', path.join(dataDir, 'server'),
    '--extensions-dir', path.join(dataDir, 'ext'),
  ], {
    cwd: vscodeServerDir,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  const forget = trackProcessGroup(child.pid ?? 0);
  /** @type {string | undefined} */
  let exitReason;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitReason = signal ?? `exit code ${code}`;
      forget();
      resolve(undefined);
    });
  });

  const vscodeVersion = serverVsCodeVersion();
  log(`starting VS Code server ${vscodeVersion} on ${origin} (log: ${path.relative(process.cwd(), logFile)})`);
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exitReason) throw new Error(`VS Code server stopped before answering (${exitReason}); see ${logFile}`);
    if (Date.now() > deadline) {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      throw new Error(`VS Code server did not answer on ${origin} in time; see ${logFile}`);
    }
    if (await answers(origin)) break;
    await delay(250);
  }
  log('VS Code server is up');

  return {
    port,
    origin,
    vscodeVersion,
    dataDir,
    logFile,
    workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath }) {
      /** @type {[string, string][]} */
      const payload = [];
      const remote = (absolutePath) => `vscode-remote://127.0.0.1:${port}${absolutePath}`;
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const query = new URLSearchParams({ folder });
      if (payload.length > 0) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query.toString()}`;
    },
    async stop() {
      if (exitReason) return;
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      } catch {
        return;
      }
      const killed = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
      if (!killed) {
        try {
          process.kill(-(child.pid ?? 0), 'SIGKILL');
        } catch {
          // Gone between the check and the kill.
        }
      }
    },
  };
}

/** @param {string} origin */
async function answers(origin) {
  try {
    const response = await fetch(`${origin}/version`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status < 500;
  } catch {
    return false;
  }
}

/** @param {number} ms */
export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
