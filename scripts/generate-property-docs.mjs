// Regenerates src/core/templates/generated/property-docs.json (the property
// hover's one-line descriptions) from the installed @aws-cdk/aws-service-spec.
// Runs as part of `npm run catalog`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { loadServiceSpec } from './catalog-transform.mjs';
import { STUDIED_NAMESPACES, serializePropertyDocs, transformPropertyDocs } from './property-docs-transform.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(repoRoot, 'src', 'core', 'templates', 'generated', 'property-docs.json');

const docs = transformPropertyDocs(loadServiceSpec(repoRoot), STUDIED_NAMESPACES);
const text = serializePropertyDocs(docs);
writeFileSync(outputPath, text);
console.log(
  `${relative(repoRoot, outputPath)}: ${docs.source}, ${Object.keys(docs.types).length} resource types, ${docs.strings.length} distinct sentences, ` +
  `${Buffer.byteLength(text)} bytes (${gzipSync(text).length} gzipped)`,
);
