// Prepares a real VS Code that runs on this offline Linux machine: the
// VS Code server shipped inside the code-server npm package, with its native
// modules rebuilt against the local Node, and Debian's ripgrep and Chromium.
// Idempotent: a stamp file records a finished preparation, so warm runs skip
// straight to starting the server.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cacheRoot, codeServerPrefix, codeServerVersion, serverMain, stampFile, vscodeServerDir,
} from './paths.mjs';

/** Debian packages the server host needs: the browser, ripgrep for search, Kerberos headers for a native module. */
export const debianPackages = ['chromium', 'ripgrep', 'libkrb5-dev'];

const installLog = path.join(cacheRoot, 'install.log');

/**
 * Names of the required Debian packages that are not installed.
 * @returns {string[]}
 */
export function missingDebianPackages() {
  return debianPackages.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.status !== 0 || !query.stdout.includes('install ok installed');
  });
}

/**
 * Installs the Debian packages the server host needs when they are missing.
 * As root it runs apt-get non-interactively; otherwise it fails with the exact
 * command to run, because a half-prepared host only produces confusing errors later.
 * @param {(line: string) => void} log
 */
export async function ensureDebianPackages(log) {
  if (!fs.existsSync('/usr/bin/dpkg-query')) {
    throw new Error('The VS Code server host needs a Debian-based Linux (dpkg/apt); set AWS_NOTES_TEST_HOST=electron elsewhere.');
  }
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}.\n`
      + `Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  const stillMissing = missingDebianPackages();
  if (stillMissing.length > 0) throw new Error(`apt-get did not install: ${stillMissing.join(', ')}`);
}

/**
 * The stamp content that marks a prepared cache. Anything that changes the
 * prepared files (code-server version, Node ABI) is part of it, so a change
 * triggers a fresh preparation.
 */
function expectedStamp() {
  return { codeServer: codeServerVersion, nodeModules: process.versions.modules, platform: `${process.platform}-${process.arch}` };
}

/** True when the cache was fully prepared for the current versions. */
export function isServerPrepared() {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    const expected = expectedStamp();
    return Object.entries(expected).every(([key, value]) => stamp[key] === value) && fs.existsSync(serverMain);
  } catch {
    return false;
  }
}

/**
 * Reads the VS Code version of the prepared server build.
 * @returns {string}
 */
export function serverVsCodeVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(vscodeServerDir, 'package.json'), 'utf8'));
  return pkg.version;
}

/**
 * Installs and prepares the VS Code server under .vscode-test/ unless the
 * stamp says it is already done.
 * @param {(line: string) => void} log
 */
export async function ensureVsCodeServer(log) {
  if (isServerPrepared()) {
    log(`VS Code server ${serverVsCodeVersion()} already prepared (${path.relative(process.cwd(), codeServerPrefix)})`);
    return;
  }
  const started = Date.now();
  fs.rmSync(stampFile, { force: true });
  fs.mkdirSync(codeServerPrefix, { recursive: true });
  fs.writeFileSync(installLog, '');
  log(`preparing VS Code server from code-server@${codeServerVersion} (log: ${path.relative(process.cwd(), installLog)})`);
  const packageJson = path.join(codeServerPrefix, 'package.json');
  if (!fs.existsSync(packageJson)) fs.writeFileSync(packageJson, '{ "private": true }\n');

  log('  npm install code-server (scripts skipped: they would download)');
  await run('npm', ['install', '--ignore-scripts', '--no-save', '--no-package-lock', '--no-fund', '--no-audit',
    `code-server@${codeServerVersion}`], { cwd: codeServerPrefix });

  log('  npm install VS Code server dependencies');
  await run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-fund', '--no-audit'], { cwd: vscodeServerDir });

  // @vscode/ripgrep's postinstall downloads rg from GitHub unless the binary is already there.
  const rgDir = path.join(vscodeServerDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.rmSync(path.join(rgDir, 'rg'), { force: true });
  fs.symlinkSync('/usr/bin/rg', path.join(rgDir, 'rg'));

  log('  npm rebuild native modules for Node ' + process.version);
  await run('npm', ['rebuild', '--no-fund', '--no-audit'], {
    cwd: vscodeServerDir, env: { ...process.env, npm_config_yes: 'true' },
  });

  // The server resolves some modules through node_modules.asar, as the desktop build does.
  const asar = path.join(vscodeServerDir, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);

  if (!fs.existsSync(serverMain)) throw new Error(`prepared, but ${serverMain} is missing`);
  fs.writeFileSync(stampFile, JSON.stringify({ ...expectedStamp(), preparedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`VS Code server ${serverVsCodeVersion()} prepared in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Runs a command, appending its output to the install log; on failure the
 * error carries the log's tail so the reason is visible without opening it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
function run(command, args, options = {}) {
  fs.mkdirSync(cacheRoot, { recursive: true });
  return new Promise((resolve, reject) => {
    const out = fs.openSync(installLog, 'a');
    fs.writeSync(out, `\n$ ${command} ${args.join(' ')}  (in ${options.cwd ?? process.cwd()})\n`);
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] });
    child.on('error', (error) => { fs.closeSync(out); reject(error); });
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) return resolve(undefined);
      const tail = fs.readFileSync(installLog, 'utf8').split('\n').slice(-30).join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); last lines of ${installLog}:\n${tail}`));
    });
  });
}

/** Prepares everything the server host needs; used by `npm test`, the runners and `npm start`. */
export async function prepareServerHost(log) {
  await ensureDebianPackages(log);
  await ensureVsCodeServer(log);
}

// `node scripts/vscode-server/install.mjs` prepares the host on its own.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const log = (line) => console.log(`[vscode-server] ${line}`);
  prepareServerHost(log).catch((error) => {
    console.error(`[vscode-server] ${error.message}`);
    process.exit(1);
  });
}
