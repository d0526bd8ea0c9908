// Derives src/core/templates/generated/terraform-aws.json, the table that maps
// the AWS provider's `aws_*` resource and data source names to a CloudFormation
// namespace and, where one exists, a CloudFormation resource type:
//   npm run terraform-table
//
// Sources (raw copies under scripts/data/, all MPL-2.0, HashiCorp):
// - tf-aws-names_data.hcl: hashicorp/terraform-provider-aws names/data/names_data.hcl,
//   each service's resource-name prefixes (`actual`, else `correct`) and human name;
// - tf-aws-docs-pages.txt: the same commit's list of documented resources (r/) and data sources (d/);
// - tf-awscc-all_schemas.hcl: hashicorp/terraform-provider-awscc internal/provider/all_schemas.hcl,
//   each awscc resource name with its CloudFormation type (`awscc_x_y` ↔ `AWS::X::Y`).
// plus the CloudFormation types of the installed @aws-cdk/aws-service-spec.
//
// How a name gets its CloudFormation type, first rule that applies:
// 1. EXCEPTIONS below (a short list, each with its reason);
// 2. the awscc provider has a resource of the same name (`aws_dynamodb_table` ↔ `awscc_dynamodb_table`);
// 3. within the service's namespace, a type whose name equals the resource name less `aws_`
//    (`aws_db_instance` → DBInstance), less the service's prefix (`aws_ecs_service` → Service)
//    or less its first word (`aws_lb_listener` → Listener), compared without case and underscores.
// A service's namespace is the one its names' awscc matches agree on, else the namespace
// whose name equals the service's name or one of its aliases.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadServiceSpec } from './catalog-transform.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(repoRoot, 'scripts', 'data');
const outputPath = join(repoRoot, 'src', 'core', 'templates', 'generated', 'terraform-aws.json');

const AWS_COMMIT = 'c5d502a267de12d3aa3bb71f34e4076073e5236c';
const AWSCC_COMMIT = 'f995d4f4139602dbb9044f3108702f2a1837a872';

/**
 * Names no rule above gets right. Keep this short; every entry says why.
 * @type {Record<string, string>}
 */
export const EXCEPTIONS = {
  // The provider's load balancer is `aws_lb` (and its old name `aws_alb`); CloudFormation calls it LoadBalancer.
  lb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  alb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  alb_listener: 'AWS::ElasticLoadBalancingV2::Listener',
  alb_target_group: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  // Classic load balancer: `aws_elb` is CloudFormation's AWS::ElasticLoadBalancing::LoadBalancer.
  elb: 'AWS::ElasticLoadBalancing::LoadBalancer',
  // Aurora: `aws_rds_cluster` is a DBCluster, its members DBInstances.
  rds_cluster: 'AWS::RDS::DBCluster',
  rds_cluster_instance: 'AWS::RDS::DBInstance',
  rds_cluster_parameter_group: 'AWS::RDS::DBClusterParameterGroup',
  // Route 53 records are RecordSets in CloudFormation.
  route53_record: 'AWS::Route53::RecordSet',
  route53_zone: 'AWS::Route53::HostedZone',
  // A Terraform "instance profile" and "policy" attachments keep IAM's type names.
  iam_instance_profile: 'AWS::IAM::InstanceProfile',
  // CloudWatch alarms and log groups live in two CloudFormation namespaces.
  cloudwatch_metric_alarm: 'AWS::CloudWatch::Alarm',
  cloudwatch_log_group: 'AWS::Logs::LogGroup',
  // EventBridge rules are `aws_cloudwatch_event_rule` in Terraform.
  cloudwatch_event_rule: 'AWS::Events::Rule',
  cloudwatch_event_bus: 'AWS::Events::EventBus',
  // SNS topic subscriptions are AWS::SNS::Subscription.
  sns_topic_subscription: 'AWS::SNS::Subscription',
  // A function's event source mapping and permission keep Lambda's names; the alias too.
  lambda_event_source_mapping: 'AWS::Lambda::EventSourceMapping',
  // `aws_eip` is EC2's EIP; `aws_autoscaling_group` the AutoScalingGroup.
  autoscaling_group: 'AWS::AutoScaling::AutoScalingGroup',
  // ElastiCache's single cluster is a CacheCluster in CloudFormation.
  elasticache_cluster: 'AWS::ElastiCache::CacheCluster',
  // A public ECR repository is its own CloudFormation type, not a (private) Repository.
  ecrpublic_repository: 'AWS::ECR::PublicRepository',
  // `aws_iam_policy` is a managed policy; CloudFormation's AWS::IAM::Policy is an inline one.
  iam_policy: 'AWS::IAM::ManagedPolicy',
};

/**
 * Provider services whose CloudFormation namespace no name or alias gives
 * (and no awscc name of the same spelling votes for). Keep this short.
 * @type {Record<string, string>}
 */
export const NAMESPACE_EXCEPTIONS = {
  acm: 'AWS::CertificateManager', // ACM (Certificate Manager)
  firehose: 'AWS::KinesisFirehose', // aws_kinesis_firehose_delivery_stream
  opensearch: 'AWS::OpenSearchService', // not AWS::OpenSearch, a newer, different namespace
  amp: 'AWS::APS', // AMP (Managed Prometheus), aws_prometheus_*
  bedrockagent: 'AWS::Bedrock', // Bedrock Agents
  mq: 'AWS::AmazonMQ', // Amazon MQ
  ecrpublic: 'AWS::ECR', // ECR Public (AWS::ECR::PublicRepository)
  keyspaces: 'AWS::Cassandra', // Keyspaces (for Apache Cassandra)
  macie2: 'AWS::Macie', // Macie
  sesv2: 'AWS::SES', // SESv2
  ssoadmin: 'AWS::SSO', // IAM Identity Center (SSO Admin)
  timestreamwrite: 'AWS::Timestream', // Timestream
  schemas: 'AWS::EventSchemas', // EventBridge Schemas
  lexv2models: 'AWS::Lex', // Lex V2
  cloudfrontkeyvaluestore: 'AWS::CloudFront', // CloudFront KeyValueStore
  route53recoverycontrolconfig: 'AWS::Route53RecoveryControl', // Route 53 ARC
};

/** Names that look like a type by rule 3 but are not that resource. */
const NOT_A_TYPE = new Set([
  // `aws_security_group_rule` is one rule; CloudFormation has SecurityGroupIngress/Egress, not a type of this name.
]);

/** Minimal reader for the regular HCL of names_data.hcl: service blocks (and sub_service blocks) with string attributes. */
function readServices(text) {
  const services = [];
  const stack = [];
  const lines = text.split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('//') || line.startsWith('#')) continue;
    const open = /^(service|sub_service)\s+"([^"]+)"\s*\{$/.exec(line);
    if (open) {
      const service = { key: open[2], parent: stack.find((s) => s.kind === 'service')?.service.key, attrs: {} };
      services.push(service);
      stack.push({ kind: open[1], service, depth: 0 });
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    if (/\{$/.test(line)) { top.depth++; continue; }
    if (line === '}') {
      if (top.depth === 0) stack.pop();
      else top.depth--;
      continue;
    }
    const attr = /^([a-z_0-9]+)\s*=\s*(.+)$/.exec(line);
    if (!attr) continue;
    let value = attr[2].trim();
    if (value.startsWith('"')) value = JSON.parse(value);
    else if (value.startsWith('[')) value = JSON.parse(value.replace(/\\\\/g, '\\\\'));
    else if (value === 'true' || value === 'false') value = value === 'true';
    top.service.attrs[attr[1]] = value;
  }
  return services;
}

function readAwscc(text) {
  /** @type {Map<string, string>} */
  const types = new Map();
  const pattern = /resource_schema\s+"aws_([a-z0-9_]+)"\s*\{\s*cloudformation_type_name\s*=\s*"([^"]+)"/g;
  for (const match of text.matchAll(pattern)) types.set(match[1], match[2]);
  return types;
}

function readDocsPages(text) {
  const resources = [];
  const dataSources = [];
  for (const line of text.split('\n')) {
    const match = /^([rd])\/([a-z0-9_]+)$/.exec(line.trim());
    if (!match) continue;
    (match[1] === 'r' ? resources : dataSources).push(match[2]);
  }
  return { resources, dataSources };
}

const fold = (name) => name.replace(/[_-]/g, '').toLowerCase();

/** @param {string} actual the provider's prefix regex, e.g. `aws_(db_|rds_)` */
function prefixRegex(actual) {
  return new RegExp(`^(?:${actual})`);
}

export function buildTable() {
  const services = readServices(readFileSync(join(dataDir, 'tf-aws-names_data.hcl'), 'utf8'))
    .filter((s) => s.attrs.not_implemented !== true && (s.parent !== undefined || s.attrs.exclude !== true));
  const awscc = readAwscc(readFileSync(join(dataDir, 'tf-awscc-all_schemas.hcl'), 'utf8'));
  const pages = readDocsPages(readFileSync(join(dataDir, 'tf-aws-docs-pages.txt'), 'utf8'));
  const spec = loadServiceSpec(repoRoot);

  /** namespace → (folded type name → type) */
  const typesByNamespace = new Map();
  const allTypes = new Set();
  for (const resource of spec.database.schema.resource.entities) {
    const type = resource.cloudFormationType;
    if (typeof type !== 'string' || !type.startsWith('AWS::')) continue;
    const [, service, name] = type.split('::');
    const namespace = `AWS::${service}`;
    if (!typesByNamespace.has(namespace)) typesByNamespace.set(namespace, new Map());
    typesByNamespace.get(namespace).set(fold(name), type);
    allTypes.add(type);
  }
  const namespaceByFolded = new Map([...typesByNamespace.keys()].map((ns) => [fold(ns.slice(5)), ns]));

  // Each service's prefix, most specific (longest regex source) first so sub-services win over their parents.
  const prefixes = services
    .map((s) => ({ key: s.key, source: s.attrs.actual ?? s.attrs.correct, human: s.attrs.human_friendly }))
    .filter((p) => typeof p.source === 'string' && p.source.startsWith('aws_'))
    .map((p) => ({ ...p, regex: prefixRegex(p.source) }));
  const serviceOf = (name) => {
    let best;
    for (const prefix of prefixes) {
      const match = prefix.regex.exec(`aws_${name}`);
      if (match && (!best || match[0].length > best.length)) best = { prefix, length: match[0].length };
    }
    return best;
  };

  // Exceptions count even when the docs list them under another page (`aws_alb` is documented as `aws_lb`).
  const names = [...new Set([...pages.resources, ...pages.dataSources, ...Object.keys(EXCEPTIONS)])];
  const exactType = (name) => {
    if (Object.hasOwn(EXCEPTIONS, name)) return EXCEPTIONS[name];
    const fromAwscc = awscc.get(name);
    if (fromAwscc && allTypes.has(fromAwscc)) return fromAwscc;
    return undefined;
  };

  // Namespace votes per service from exact awscc matches.
  const votes = new Map();
  for (const name of names) {
    const type = exactType(name);
    const found = serviceOf(name);
    if (!type || !found) continue;
    const namespace = type.split('::').slice(0, 2).join('::');
    const tally = votes.get(found.prefix.key) ?? new Map();
    tally.set(namespace, (tally.get(namespace) ?? 0) + 1);
    votes.set(found.prefix.key, tally);
  }
  /** @type {Map<string, string>} */
  const namespaceOfService = new Map();
  for (const service of services) {
    const tally = votes.get(service.key);
    let namespace = tally ? [...tally].sort((a, b) => b[1] - a[1])[0][0] : undefined;
    if (!namespace) {
      const candidates = [service.key, service.parent, ...(Array.isArray(service.attrs.aliases) ? service.attrs.aliases : []), service.attrs.provider_name_upper]
        .filter((c) => typeof c === 'string');
      namespace = candidates.map((c) => namespaceByFolded.get(fold(c))).find(Boolean);
    }
    if (Object.hasOwn(NAMESPACE_EXCEPTIONS, service.key)) namespace = NAMESPACE_EXCEPTIONS[service.key];
    if (namespace) namespaceOfService.set(service.key, namespace);
    else if (process.env.SHOW_UNMAPPED) console.log(`no namespace: ${service.key} (${service.attrs.actual ?? service.attrs.correct}) ${service.attrs.human_friendly}`);
  }

  /** @type {Record<string, string>} name → CloudFormation type */
  const types = {};
  let byRule3 = 0;
  for (const name of names) {
    let type = exactType(name);
    const found = serviceOf(name);
    const namespace = found ? namespaceOfService.get(found.prefix.key) : undefined;
    if (!type && namespace && !NOT_A_TYPE.has(name)) {
      const inNamespace = typesByNamespace.get(namespace);
      // Only a prefix that ends a word (`aws_ecs_`) leaves a type name; `aws_ec2_client_vpn` + `_route` is not EC2's Route.
      const matched = `aws_${name}`.slice(0, found.length);
      const rest = matched.endsWith('_') ? `aws_${name}`.slice(found.length) : '';
      const afterFirstWord = name.includes('_') ? name.slice(name.indexOf('_') + 1) : '';
      type = inNamespace.get(fold(name)) ?? (rest ? inNamespace.get(fold(rest)) : undefined) ?? (afterFirstWord ? inNamespace.get(fold(afterFirstWord)) : undefined);
      if (type) byRule3++;
    }
    if (type) types[name] = type;
    if (type && process.env.SHOW_RULE3 && !exactType(name) && fold(name) !== fold(type.split('::')[2])) console.log(`rule 3: ${name} → ${type}`);
  }

  /** @type {[string, string][]} prefix regex → namespace, most specific first */
  const prefixTable = prefixes
    .filter((p) => namespaceOfService.has(p.key))
    .sort((a, b) => b.source.length - a.source.length || (a.source < b.source ? -1 : 1))
    .map((p) => [p.source, namespaceOfService.get(p.key)]);

  const sortedTypes = Object.fromEntries(Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    table: {
      source: `hashicorp/terraform-provider-aws@${AWS_COMMIT.slice(0, 12)} names/data/names_data.hcl + website/docs (MPL-2.0); ` +
        `hashicorp/terraform-provider-awscc@${AWSCC_COMMIT.slice(0, 12)} internal/provider/all_schemas.hcl (MPL-2.0); ${spec.version ? `@aws-cdk/aws-service-spec@${spec.version}` : ''}`,
      generatedBy: 'scripts/generate-terraform-table.mjs',
      prefixes: prefixTable,
      types: sortedTypes,
    },
    stats: { services: services.length, withNamespace: namespaceOfService.size, names: names.length, typed: Object.keys(types).length, byRule3 },
  };
}

/** One prefix or type per line, for readable diffs. */
export function serializeTable(table) {
  const prefixLines = table.prefixes.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n');
  const typeLines = Object.entries(table.types).map(([name, type]) => `  ${JSON.stringify(name)}: ${JSON.stringify(type)}`).join(',\n');
  return `{\n "source": ${JSON.stringify(table.source)},\n "generatedBy": ${JSON.stringify(table.generatedBy)},\n` +
    ` "prefixes": [\n${prefixLines}\n ],\n "types": {\n${typeLines}\n }\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { table, stats } = buildTable();
  const text = serializeTable(table);
  writeFileSync(outputPath, text);
  console.log(`${relative(repoRoot, outputPath)}: ${JSON.stringify(stats)}, ${text.length} bytes`);
}
