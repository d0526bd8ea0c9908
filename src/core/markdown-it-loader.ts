import type MarkdownIt from 'markdown-it';

let loaded: typeof MarkdownIt | undefined;

/**
 * markdown-it, required on first use rather than with the module that needs
 * it: it is a quarter of the extension's bundle, and activation needs none of
 * it (the first hover excerpt or preview does). In the packaged extension the
 * build turns this `require` into one of dist/markdown-it.js, a bundle of its
 * own; in plain Node (the unit tests) it is the package itself.
 */
export function loadMarkdownIt(): typeof MarkdownIt {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require('markdown-it') as typeof MarkdownIt | { default: typeof MarkdownIt };
    // The package's CommonJS build exports the class itself; a bundle of its ES module build exports it as `default`.
    loaded = typeof module === 'function' ? module : module.default;
  }
  return loaded;
}
