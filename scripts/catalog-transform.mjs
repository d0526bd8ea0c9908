// Turns the AWS service specification shipped in `@aws-cdk/aws-service-spec`
// into the compact resource-type catalog checked in under
// `src/core/catalog/generated/`. `npm run catalog` writes it; the unit test
// `catalog-generated.test.ts` runs the same transform in memory and compares,
// so a bumped spec package with a forgotten regeneration fails the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Longest description kept; the hover shows one line, not the manual. */
export const MAX_DESCRIPTION_LENGTH = 160;

const SPEC_PACKAGE = '@aws-cdk/aws-service-spec';

/**
 * The documentation page of a resource type when AWS follows its own naming
 * pattern (true of every CloudFormation type today). Kept in sync with
 * `standardDocsUrl` in `src/core/catalog/docs-url.ts`, which the runtime uses
 * to derive the URLs this file does not store.
 * @param {string} type e.g. `AWS::S3::Bucket`
 */
export function standardDocsUrl(type) {
  const [, service = '', resource = ''] = type.split('::');
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-${service.toLowerCase()}-${resource.toLowerCase()}.html`;
}

/**
 * The service name the spec gives a namespace when it follows the usual
 * pattern (`AWS::S3` → `aws-s3`); only exceptions (`AWS::Serverless` →
 * `aws-sam`) are stored. Kept in sync with `standardServiceName` in
 * `src/core/catalog/docs-url.ts`.
 * @param {string} namespace
 */
export function standardServiceName(namespace) {
  return namespace.split('::').join('-').toLowerCase();
}

/**
 * Stands for the resource's own type inside a stored description: about a
 * third of them start "The `AWS::X::Y` resource…", and repeating every type
 * name would cost 14 KB of bundle. The catalog puts the name back.
 */
export const TYPE_PLACEHOLDER = '{type}';

/**
 * Reads the installed spec package: its version and its decompressed database.
 * @param {string} [fromDirectory] where to resolve the package from (the repo root by default)
 * @returns {{ version: string, database: any }}
 */
export function loadServiceSpec(fromDirectory = process.cwd()) {
  const require = createRequire(join(fromDirectory, 'package.json'));
  const packageJsonPath = require.resolve(`${SPEC_PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const compressed = readFileSync(join(dirname(packageJsonPath), 'db.json.gz'));
  return { version, database: JSON.parse(gunzipSync(compressed).toString('utf8')) };
}

/**
 * Builds the catalog object from the spec database.
 *
 * Shape: `{ source, namespaces: { "AWS::S3": { types: { Bucket: "…" } }, "AWS::Serverless": { service: "aws-sam", types: … } } }`.
 * A type's value is its one-line description (with TYPE_PLACEHOLDER for the
 * type's own name), or `[description, docsUrl]` when the URL is not the
 * standard one. Resource names are stored without their namespace prefix: it
 * would repeat "AWS::EC2::" 200 times. `service` is stored only when it is
 * not `standardServiceName(namespace)`.
 * @param {{ version: string, database: any }} spec
 */
export function transformServiceSpec(spec) {
  const schema = spec.database.schema;
  const resourcesById = new Map(schema.resource.entities.map((resource) => [resource.$id, resource]));
  /** @type {Record<string, { service?: string, types: Record<string, string | [string, string]> }>} */
  const namespaces = {};
  for (const service of schema.service.entities) {
    const namespace = service.cloudFormationNamespace;
    if (typeof namespace !== 'string') continue;
    /** @type {Record<string, string | [string, string]>} */
    const types = {};
    for (const link of schema.hasResource.forward[service.$id] ?? []) {
      const resource = resourcesById.get(link.$id);
      const type = resource?.cloudFormationType;
      if (typeof type !== 'string' || !type.startsWith(`${namespace}::`)) continue;
      const { description, docsUrl } = describe(type, resource.documentation ?? '');
      const stored = description.split(type).join(TYPE_PLACEHOLDER);
      types[type.slice(namespace.length + 2)] = docsUrl === standardDocsUrl(type) ? stored : [stored, docsUrl];
    }
    namespaces[namespace] = service.name === standardServiceName(namespace) ? { types } : { service: service.name, types };
  }
  return sortKeysDeep({ source: `${SPEC_PACKAGE}@${spec.version}`, namespaces });
}

/**
 * The exact bytes written to disk: sorted keys (so the same spec version
 * always gives the same file), one namespace per line for readable diffs.
 * @param {ReturnType<typeof transformServiceSpec>} catalog
 */
export function serializeCatalog(catalog) {
  const lines = Object.entries(catalog.namespaces).map(
    ([namespace, value]) => `  ${JSON.stringify(namespace)}: ${JSON.stringify(value)}`,
  );
  return `{\n "source": ${JSON.stringify(catalog.source)},\n "namespaces": {\n${lines.join(',\n')}\n }\n}\n`;
}

/**
 * The one-line description and the docs URL of one resource type.
 * @param {string} type
 * @param {string} documentation Markdown from the spec
 */
export function describe(type, documentation) {
  const trimmed = documentation.trim();
  // A few types (the SAM ones) document themselves with a bare link.
  // Some of them point at the standard page over plain http.
  if (/^https?:\/\/\S+$/.test(trimmed)) {
    return { description: '', docsUrl: trimmed.replace(/^http:\/\/docs\.aws\.amazon\.com\//, 'https://docs.aws.amazon.com/') };
  }
  return { description: firstSentence(type, trimmed), docsUrl: standardDocsUrl(type) };
}

/**
 * First sentence of the spec's Markdown, as plain text, at most
 * MAX_DESCRIPTION_LENGTH characters.
 * @param {string} type
 * @param {string} markdown
 */
export function firstSentence(type, markdown) {
  const paragraphs = markdown.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  // Leading blockquotes are notices ("X is now Y", deprecation dates); the
  // description proper follows them.
  const paragraph = paragraphs.find((candidate) => !candidate.startsWith('>')) ?? paragraphs[0] ?? '';
  let text = stripMarkdown(paragraph);
  // Placeholder text from generated schemas says nothing a hover should show.
  // Placeholder text from generated schemas ("Resource Type definition for
  // AWS::X::Y.") says nothing a hover should show; what follows it may.
  const placeholder = new RegExp(`^Resource (?:Type |type )?(?:definition|schema) for ${escapeRegExp(type)}(?:\\.\\s*|$)`);
  text = text.replace(placeholder, '').replace(new RegExp(`^Definition of ${escapeRegExp(type)} Resource Type\\.?$`), '');
  const sentence = cutAtSentenceEnd(text);
  return truncate(sentence, MAX_DESCRIPTION_LENGTH);
}

/** @param {string} markdown */
function stripMarkdown(markdown) {
  return markdown
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/\s+/g, ' ')
    // The spec writes a space before punctuation that followed a link.
    .replace(/ ([.,;:])(?=\s|$)/g, '$1')
    .replace(/\( /g, "(").replace(/ \)/g, ")")
    .trim();
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|Inc|approx|Corp|Ltd|U\.S|No)\.)$/;

/** @param {string} text */
function cutAtSentenceEnd(text) {
  const sentenceEnd = /[.!?](?=\s+[A-Z0-9("'`]|$)/g;
  for (let match = sentenceEnd.exec(text); match; match = sentenceEnd.exec(text)) {
    const candidate = text.slice(0, match.index + 1);
    if (!ABBREVIATIONS.test(candidate)) return candidate;
  }
  return text;
}

/**
 * @param {string} text
 * @param {number} limit
 */
function truncate(text, limit) {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:(-]+$/, '')}…`;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @template T
 * @param {T} value
 * @returns {T}
 */
function sortKeysDeep(value) {
  if (Array.isArray(value)) return /** @type {T} */ (value.map(sortKeysDeep));
  if (value === null || typeof value !== 'object') return value;
  const sorted = {};
  for (const key of Object.keys(value).sort(compareCodeUnits)) sorted[key] = sortKeysDeep(value[key]);
  return /** @type {T} */ (sorted);
}

/**
 * Locale-independent ordering, so the file is identical on every machine.
 * @param {string} a
 * @param {string} b
 */
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
