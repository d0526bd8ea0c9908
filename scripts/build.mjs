// Bundles the extension into one file. Production builds are minified with no
// source maps (they ship in the VSIX); development builds keep source maps so
// stack traces point at src/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { analyseBundledNotes } from './analyse-bundled-notes.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The generated resource-type catalog (~190 KB of JSON) and service names
 * (~20 KB) are loaded at runtime from dist/ rather than inlined: JSON parses
 * faster than the equivalent JavaScript, and the bundle stays inside its 400 KB budget.
 * @type {import('esbuild').Plugin}
 */
const externalCatalogData = {
  name: 'external-catalog-data',
  setup(build) {
    build.onResolve({ filter: /generated[\\/]resource-types\.json$/ }, () => ({ path: './resource-types.json', external: true }));
    build.onResolve({ filter: /generated[\\/]service-names\.json$/ }, () => ({ path: './service-names.json', external: true }));
    // The property docs (~770 KB) are read on the first property hover, never at activation.
    build.onResolve({ filter: /generated[\\/]property-docs\.json$/ }, () => ({ path: './property-docs.json', external: true }));
  },
};

/**
 * The template dialects and their parsers (yaml, jsonc-parser) are a second
 * bundle, dist/templates.js, that the extension requires on the first
 * template it reads: activation never pays for them.
 * @type {import('esbuild').Plugin}
 */
const lazyTemplates = {
  name: 'lazy-templates',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\/templates$/ }, (args) =>
      /template-documents\.ts$/.test(args.importer) ? { path: './templates.js', external: true } : undefined);
  },
};

/**
 * Study mode's core (cards, FSRS scheduling with ts-fsrs, the state file) is
 * a third bundle, dist/study.js, required once the index is ready or the user
 * studies. Card display (core/study/display, markdown-it) stays in the main bundle.
 * @type {import('esbuild').Plugin}
 */
const lazyStudy = {
  name: 'lazy-study',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\/study$/ }, (args) =>
      /[\\/]src[\\/]study(-panel)?\.ts$/.test(args.importer) ? { path: './study.js', external: true } : undefined);
  },
};

/**
 * Starting index workers and joining their answers is a fourth bundle, dist/index-workers.js, that the loader
 * requires for the first index of a big folder only. (dist/index-worker.js is what runs inside each worker.)
 * @type {import('esbuild').Plugin}
 */
const lazyIndexWorkers = {
  name: 'lazy-index-workers',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\/index-worker\/parallel$/ }, (args) =>
      /notes-loader\.ts$/.test(args.importer) ? { path: './index-workers.js', external: true } : undefined);
  },
};

/**
 * markdown-it (~95 KB minified, with linkify-it and its entity tables) is a fifth bundle, dist/markdown-it.js,
 * that core/markdown-it-loader requires on the first hover excerpt, preview or study card: activation never
 * loads it. Only the loader's `require` goes there; the bundle itself is markdown-it.
 * @type {import('esbuild').Plugin}
 */
const lazyMarkdownIt = {
  name: 'lazy-markdown-it',
  setup(build) {
    build.onResolve({ filter: /^markdown-it$/ }, (args) =>
      /markdown-it-loader\.ts$/.test(args.importer) ? { path: './markdown-it.js', external: true } : undefined);
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  // The index worker is a bundle of its own: the first index of a big folder runs in a worker thread from it.
  entryPoints: {
    extension: 'src/extension.ts',
    templates: 'src/core/templates/index.ts',
    study: 'src/core/study/index.ts',
    'index-worker': 'src/core/index-worker/worker-main.ts',
    'index-workers': 'src/core/index-worker/parallel.ts',
    'markdown-it': 'markdown-it',
  },
  bundle: true,
  outdir: 'dist',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  // jsonc-parser's UMD build requires its parts at runtime, which a bundle cannot follow; its ES module build bundles.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'info',
  metafile: true,
  plugins: [externalCatalogData, lazyTemplates, lazyStudy, lazyIndexWorkers, lazyMarkdownIt],
};

// The public API's types ship beside the bundle so dependants can import them.
fs.mkdirSync('dist', { recursive: true });
fs.copyFileSync('src/api.d.ts', 'dist/api.d.ts');
fs.copyFileSync('src/core/catalog/generated/resource-types.json', 'dist/resource-types.json');
fs.copyFileSync('src/core/catalog/generated/service-names.json', 'dist/service-names.json');
fs.copyFileSync('src/core/templates/generated/property-docs.json', 'dist/property-docs.json');

// The bundled notes ship parsed and tagged (dist/bundled-notes.json), by the same core code as the bundle.
await analyseBundledNotes();

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
