// Bundles the extension into one file. Production builds are minified with no
// source maps (they ship in the VSIX); development builds keep source maps so
// stack traces point at src/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: { extension: 'src/extension.ts' },
  bundle: true,
  outdir: 'dist',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'info',
  metafile: true,
};

// The public API's types ship beside the bundle so dependants can import them.
fs.mkdirSync('dist', { recursive: true });
fs.copyFileSync('src/api.d.ts', 'dist/api.d.ts');

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
