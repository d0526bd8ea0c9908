// Regenerates src/core/catalog/generated/resource-types.json from the
// installed @aws-cdk/aws-service-spec. Run after bumping that package:
//   npm run catalog
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { loadServiceSpec, serializeCatalog, transformServiceSpec } from './catalog-transform.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(repoRoot, 'src', 'core', 'catalog', 'generated', 'resource-types.json');

const catalog = transformServiceSpec(loadServiceSpec(repoRoot));
const text = serializeCatalog(catalog);
writeFileSync(outputPath, text);

const namespaces = Object.values(catalog.namespaces);
const typeCount = namespaces.reduce((sum, namespace) => sum + Object.keys(namespace.types).length, 0);
const minifiedBytes = Buffer.byteLength(JSON.stringify(catalog));
console.log(
  `${relative(repoRoot, outputPath)}: ${catalog.source}, ${namespaces.length} namespaces, ${typeCount} resource types, ` +
  `${Buffer.byteLength(text)} bytes (${minifiedBytes} minified)`,
);
