// Builds the VSIX and checks that it is what we promise users and the
// marketplace: the bundle, media, notes, README, LICENSE and CHANGELOG; no
// sources, tests or node_modules; under 1 MB.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const MAX_VSIX_BYTES = 1024 * 1024;
const vsix = 'aws-notes.vsix';

execFileSync('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] });
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).trim().split('\n').map((f) => f.trim()).filter(Boolean);
const size = fs.statSync(vsix).size;

const problems = [];
for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/extension.js', 'dist/index-worker.js', 'dist/index-workers.js', 'dist/api.d.ts', 'dist/resource-types.json', 'dist/service-names.json', 'dist/property-docs.json', 'dist/templates.js', 'dist/study.js', 'dist/markdown-it.js', 'dist/bundled-notes.json', 'media/icon.png', 'media/activity-bar.svg']) {
  if (!files.includes(required)) problems.push(`missing ${required}`);
}
for (const note of fs.readdirSync('notes')) if (!files.includes(`notes/${note}`)) problems.push(`missing notes/${note}`);
for (const file of files) {
  if (/^(src|test|node_modules|scripts|bench|out|\.ci|\.vscode-test|media\/screenshots)\//.test(file)) problems.push(`ships ${file}`);
  if (file.endsWith('.map')) problems.push(`ships source map ${file}`);
}
if (size > MAX_VSIX_BYTES) problems.push(`is ${size} bytes, over ${MAX_VSIX_BYTES}`);

console.log(`package: ${vsix} ${(size / 1024).toFixed(0)} KB, ${files.length} files`);
if (problems.length) {
  for (const problem of problems) console.error(`package: ${problem}`);
  process.exit(1);
}
