/**
 * A fresh nonce for a webview's Content-Security-Policy (`script-src 'nonce-…'`):
 * 18 random bytes, base64 without the characters a CSP source cannot hold.
 * Shared by the note preview and the study panel so both make it the same way.
 */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}
