// One place that ends every process a harness run started (VS Code server,
// Chromium), whether the run passes, fails, times out or is interrupted.
// Servers are spawned as process-group leaders so their children (extension
// host, file watcher, pty host) go with them.

/** @type {Set<() => Promise<void> | void>} */
const asyncCleanups = new Set();
/** @type {Set<number>} */
const processGroups = new Set();
let signalsHooked = false;

/**
 * Registers a detached child's process group to be killed on exit.
 * @param {number} pid
 * @returns {() => void} forget the group once it has ended by itself
 */
export function trackProcessGroup(pid) {
  hookSignals();
  processGroups.add(pid);
  return () => processGroups.delete(pid);
}

/**
 * Registers an async cleanup (closing a browser) run before exit.
 * @param {() => Promise<void> | void} cleanup
 * @returns {() => void} unregister
 */
export function onCleanup(cleanup) {
  hookSignals();
  asyncCleanups.add(cleanup);
  return () => asyncCleanups.delete(cleanup);
}

/** Runs every registered cleanup; safe to call more than once. */
export async function cleanupAll() {
  const cleanups = [...asyncCleanups];
  asyncCleanups.clear();
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch {
      // Best effort: the process-group kill below still runs.
    }
  }
  killProcessGroupsNow();
}

/** Synchronous last resort, usable from the 'exit' event. */
function killProcessGroupsNow() {
  for (const pid of processGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  processGroups.clear();
}

function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  process.on('exit', killProcessGroupsNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n[harness] ${signal}: stopping VS Code server and browser`);
      cleanupAll().finally(() => process.exit(130));
    });
  }
}

/**
 * Ends the whole run if it is still going after `ms`: stops every process it
 * started and exits non-zero, so a hang (an install that never returns, a
 * workbench that never loads) cannot block CI.
 * @param {number} ms
 * @param {string} label prefix of the closing line, e.g. "integration"
 */
export function armWatchdog(ms, label) {
  const timer = setTimeout(() => {
    console.error(`[${label}] the run exceeded its overall limit of ${Math.round(ms / 1000)} s; stopping`);
    cleanupAll().finally(() => {
      console.log(`${label}: 0 passed, 1 failed (overall time-out)`);
      process.exit(1);
    });
  }, ms);
  timer.unref();
}
