// Headless Debian Chromium driven by playwright-core: no browser download.
// The flags keep Chromium from calling out (this machine has no network and
// refused connections pile up) and from needing a GPU or a sandbox as root.
import * as fs from 'node:fs';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup.mjs';
import { chromiumPath } from './paths.mjs';

/** Flags every harness Chromium starts with. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Options for playwright's chromium.launch / launchServer. Playwright gives
 * every launch a fresh temporary profile (--user-data-dir) and deletes it on close.
 */
const launchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

/**
 * Launches Chromium and registers it for cleanup.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found (Debian package chromium)`);
  const browser = await chromium.launch(launchOptions);
  const forget = onCleanup(() => browser.close());
  browser.on('disconnected', forget);
  return browser;
}

/**
 * Launches Chromium as a server other processes (mocha test files) connect to
 * with chromium.connect(wsEndpoint); registered for cleanup.
 * @returns {Promise<import('playwright-core').BrowserServer>}
 */
export async function launchChromiumServer() {
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found (Debian package chromium)`);
  const server = await chromium.launchServer(launchOptions);
  onCleanup(() => server.close());
  return server;
}
