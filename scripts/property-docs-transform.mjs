// Turns the AWS service specification shipped in `@aws-cdk/aws-service-spec`
// into the property descriptions the property hover shows, checked in as
// `src/core/templates/generated/property-docs.json`. `npm run catalog` writes
// it (scripts/generate-property-docs.mjs); the unit test
// `property-docs-generated.test.ts` runs the same transform in memory and
// compares, so a bumped spec package with a forgotten regeneration fails.
//
// Source: @aws-cdk/aws-service-spec (Apache-2.0), itself generated from the
// AWS CloudFormation resource provider schemas.
import { firstSentence } from './catalog-transform.mjs';

/** A property's line is one sentence; longer ones are cut (the hover links the full text). */
export const MAX_PROPERTY_DESCRIPTION_LENGTH = 160;

/**
 * A resource type with more nested types than this (QuickSight's dashboards
 * have over a thousand) keeps only its top-level properties' lines: its
 * nested ones alone would double the file.
 */
export const MAX_NESTED_TYPES = 100;

/**
 * The namespaces whose properties get a line: the services of the AWS
 * Solutions Architect Associate exam's in-scope list that CloudFormation
 * configures, which is what the bundled notes study. Every property of every
 * type would add ~440 KB (gzipped) to a VSIX that must stay under 1 MB. A
 * property outside these still hovers with its docs link and the notes on it.
 */
export const STUDIED_NAMESPACES = new Set([
  'AWS::ApiGateway', 'AWS::ApiGatewayV2', 'AWS::AppSync', 'AWS::Athena', 'AWS::AutoScaling', 'AWS::Backup',
  'AWS::CertificateManager', 'AWS::CloudFront', 'AWS::CloudTrail', 'AWS::CloudWatch', 'AWS::Cognito', 'AWS::Config',
  'AWS::DocDB', 'AWS::DynamoDB', 'AWS::EC2', 'AWS::ECR', 'AWS::ECS', 'AWS::EFS', 'AWS::EKS', 'AWS::ElastiCache',
  'AWS::ElasticLoadBalancingV2', 'AWS::Events', 'AWS::FSx', 'AWS::GlobalAccelerator', 'AWS::IAM', 'AWS::Kinesis',
  'AWS::KinesisFirehose', 'AWS::KMS', 'AWS::Lambda', 'AWS::Logs', 'AWS::Neptune', 'AWS::OpenSearchService',
  'AWS::RDS', 'AWS::Redshift', 'AWS::Route53', 'AWS::S3', 'AWS::SecretsManager', 'AWS::Serverless', 'AWS::SNS',
  'AWS::SQS', 'AWS::SSM', 'AWS::StepFunctions', 'AWS::WAFv2',
]);

/**
 * Builds the property docs from the spec database.
 *
 * Shape: `{ source, strings: [...], types: { "AWS::S3::Bucket": [props, nested] } }` where
 * `props` maps a property name to an index into `strings`, and `nested` maps a
 * nested type's name to its own `props`. A property whose value is (a list or
 * map of) a nested type stores `[descriptionIndex, "TypeName"]`. Identical
 * sentences (every `Tag.Key`, `Tag.Value`…) are stored once in `strings`.
 * @param {{ version: string, database: any }} spec
 * @param {Set<string>} namespaces
 */
export function transformPropertyDocs(spec, namespaces) {
  const schema = spec.database.schema;
  const typeDefinitions = new Map(schema.typeDefinition.entities.map((type) => [type.$id, type]));
  /** @param {Record<string, string | [string, string]>} props */
  const internAll = (props) => Object.fromEntries(Object.entries(props).map(([name, value]) => [name, Array.isArray(value) ? [intern(value[0]), value[1]] : intern(value)]));
  /** @type {string[]} */
  const strings = [];
  const stringIndex = new Map();
  const intern = (text) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  /** @type {Record<string, [Record<string, number | [number, string]>, Record<string, Record<string, number | [number, string]>>]>} */
  const types = {};
  const resources = [...schema.resource.entities]
    .filter((resource) => typeof resource.cloudFormationType === 'string' && namespaces.has(resource.cloudFormationType.split('::').slice(0, 2).join('::')))
    .sort((a, b) => compareCodeUnits(a.cloudFormationType, b.cloudFormationType));
  for (const resource of resources) {
    /** @type {Record<string, Record<string, number | [number, string]>>} */
    const nested = {};
    const describeProperties = (properties) => {
      /** @type {Record<string, number | [number, string]>} */
      const out = {};
      for (const name of Object.keys(properties ?? {}).sort(compareCodeUnits)) {
        const property = properties[name];
        const description = cut(firstSentence('', property.documentation ?? ''));
        const typeName = nestedTypeName(property.type, typeDefinitions);
        if (typeName && !(typeName.name in nested)) {
          nested[typeName.name] = {};
          nested[typeName.name] = describeProperties(typeName.properties);
        }
        // A property the spec leaves undescribed (most SAM ones) is still stored: its path and docs link resolve.
        out[name] = typeName ? [description, typeName.name] : description;
      }
      return out;
    };
    const props = describeProperties(resource.properties);
    if (Object.keys(nested).length > MAX_NESTED_TYPES) {
      for (const key of Object.keys(nested)) delete nested[key];
      for (const [name, value] of Object.entries(props)) if (Array.isArray(value)) props[name] = value[0];
    }
    if (Object.keys(props).length > 0) types[resource.cloudFormationType] = [internAll(props), sortKeys(Object.fromEntries(Object.entries(nested).map(([name, value]) => [name, internAll(value)])))];
  }
  return { source: `@aws-cdk/aws-service-spec@${spec.version} (Apache-2.0)`, strings, types };
}

/** The nested type a property holds directly or as a list/map item; unions take their first nested type. */
function nestedTypeName(type, typeDefinitions) {
  if (!type || typeof type !== 'object') return undefined;
  if (type.type === 'ref') return typeDefinitions.get(type.reference?.$ref);
  if (type.element) return nestedTypeName(type.element, typeDefinitions);
  if (Array.isArray(type.types)) {
    for (const option of type.types) {
      const found = nestedTypeName(option, typeDefinitions);
      if (found) return found;
    }
  }
  return undefined;
}

function cut(text) {
  if (text.length <= MAX_PROPERTY_DESCRIPTION_LENGTH) return text;
  const slice = text.slice(0, MAX_PROPERTY_DESCRIPTION_LENGTH - 1);
  const space = slice.lastIndexOf(' ');
  return `${(space > MAX_PROPERTY_DESCRIPTION_LENGTH / 2 ? slice.slice(0, space) : slice).replace(/[\s,;:(-]+$/, '')}…`;
}

function sortKeys(object) {
  const sorted = {};
  for (const key of Object.keys(object).sort(compareCodeUnits)) sorted[key] = object[key];
  return sorted;
}

/** Locale-independent ordering, so the file is identical on every machine. */
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The exact bytes written: one resource type per line for readable diffs.
 * @param {ReturnType<typeof transformPropertyDocs>} docs
 */
export function serializePropertyDocs(docs) {
  const types = Object.entries(docs.types).map(([type, value]) => `  ${JSON.stringify(type)}: ${JSON.stringify(value)}`);
  return `{\n "source": ${JSON.stringify(docs.source)},\n "strings": ${JSON.stringify(docs.strings)},\n "types": {\n${types.join(',\n')}\n }\n}\n`;
}


