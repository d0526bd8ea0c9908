/**
 * What an AWS provider name (`aws_dynamodb_table`) or a public registry
 * module (`terraform-aws-modules/vpc/aws`) is in CloudFormation terms.
 * The table is generated (see `scripts/generate-terraform-table.mjs` and the
 * sources named in its `source` field); nothing here is typed by hand except
 * the three module names that do not read as a provider name.
 */
import type { ResourceRef } from './template-model';
import table from './generated/terraform-aws.json';

interface TerraformTable {
  source: string;
  /** `[prefix regex, CloudFormation namespace]`, most specific first. */
  prefixes: [string, string][];
  /** Provider name less `aws_` → CloudFormation type. */
  types: Record<string, string>;
}

const TABLE = table as unknown as TerraformTable;
const REGISTRY = 'https://registry.terraform.io';

/** Compiled on first use: a workspace without Terraform never pays for 200 regexes. */
let compiledPrefixes: [RegExp, string][] | undefined;

function prefixes(): [RegExp, string][] {
  compiledPrefixes ??= TABLE.prefixes.map(([source, namespace]) => [new RegExp(`^(?:${source})`), namespace]);
  return compiledPrefixes;
}

/** Names already looked up: a stack repeats a few dozen of them, and each miss tries 200 prefixes. */
const namespaceCache = new Map<string, string | undefined>();

/** The namespace of the longest matching provider prefix (a sub-service's prefix beats its parent's). */
function namespaceOf(name: string): string | undefined {
  if (namespaceCache.has(name)) return namespaceCache.get(name);
  // Bounded: names come from documents, and a generated file could hold thousands of distinct ones.
  if (namespaceCache.size > 4096) namespaceCache.clear();
  const found = longestPrefixNamespace(name);
  namespaceCache.set(name, found);
  return found;
}

function longestPrefixNamespace(name: string): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  for (const [regex, namespace] of prefixes()) {
    const match = regex.exec(name);
    if (match && match[0].length > bestLength) {
      best = namespace;
      bestLength = match[0].length;
    }
  }
  return best;
}

/**
 * The CloudFormation side of a provider name: the exact type when there is
 * one, else the namespace its service prefix names; undefined for a name of
 * no AWS service (`aws_region`, `aws_caller_identity`, another provider's).
 */
export function terraformResource(name: string, kind: 'resource' | 'data'): ResourceRef | undefined {
  if (!/^aws_[a-z0-9_]+$/.test(name)) return undefined;
  // (A trailing `_` is how terraformModule asks for a service prefix alone.)
  const short = name.slice(4);
  const docsUrl = `${REGISTRY}/providers/hashicorp/aws/latest/docs/${kind === 'resource' ? 'resources' : 'data-sources'}/${short}`;
  const cfnType = Object.hasOwn(TABLE.types, short) ? TABLE.types[short] : undefined;
  if (cfnType) return { written: name, cfnType, docsUrl };
  const namespace = namespaceOf(name);
  return namespace ? { written: name, cfnNamespace: namespace, docsUrl } : undefined;
}

/**
 * Registry modules of terraform-aws-modules whose name does not read as a
 * provider name (`vpc` reads as `aws_vpc`, `s3-bucket` as `aws_s3_bucket`).
 */
const MODULE_EXCEPTIONS: Readonly<Record<string, ResourceRef['cfnNamespace']>> = {
  'apigateway-v2': 'AWS::ApiGatewayV2',
  eventbridge: 'AWS::Events',
  'step-functions': 'AWS::StepFunctions',
};

/** `terraform-aws-modules/vpc/aws`, optionally with a registry host and a `//modules/x` sub-path. */
const MODULE_SOURCE = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/([a-z0-9-]+)\/aws(?:\/\/[\w./-]*)?$/;

/**
 * A public registry module of terraform-aws-modules as a resource: its name
 * read as a provider name (`rds-aurora` → `aws_rds_aurora` → RDS), or a
 * listed exception. Anything else (a local path, a git URL, another
 * namespace's module) is not ours to say.
 */
export function terraformModule(source: string): ResourceRef | undefined {
  const match = MODULE_SOURCE.exec(source.trim());
  if (!match) return undefined;
  const name = match[1];
  const docsUrl = `${REGISTRY}/modules/terraform-aws-modules/${name}/aws/latest`;
  const exception = Object.hasOwn(MODULE_EXCEPTIONS, name) ? MODULE_EXCEPTIONS[name] : undefined;
  if (exception) return { written: source, cfnNamespace: exception, docsUrl };
  // `lambda` reads as the prefix `aws_lambda_`, `s3-bucket` as the name `aws_s3_bucket`.
  const providerName = `aws_${name.replace(/-/g, '_')}`;
  const asProvider = terraformResource(providerName, 'resource') ?? terraformResource(`${providerName}_`, 'resource');
  if (!asProvider) return undefined;
  const { written: _written, docsUrl: _providerDocs, ...cfn } = asProvider;
  return { written: source, ...cfn, docsUrl };
}

/** Where the table came from, for the README and tests. */
export const TERRAFORM_TABLE_SOURCE = TABLE.source;
