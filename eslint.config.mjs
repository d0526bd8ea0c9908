// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/**/fixtures/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
    },
  },
  // The core is plain TypeScript that runs (and is tested) in plain Node: it
  // must never reach for the editor API, nor import adapters from outside
  // src/core. Relative imports may move around inside the core only, so the
  // number of "../" that leaves it depends on how deep the file sits.
  ...[
    { files: ['src/core/*.ts'], escape: '../*' },
    { files: ['src/core/*/*.ts'], escape: '../../*' },
    { files: ['src/core/*/*/*.ts'], escape: '../../../*' },
  ].map(({ files, escape }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must stay free of the vscode API; put editor code in an adapter under src/.' }],
        patterns: [{ group: [escape], message: 'src/core must not import from outside src/core.' }],
      }],
    },
  })),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
