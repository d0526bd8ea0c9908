/**
 * What an `aws-cdk-lib` module and class are in CloudFormation terms.
 *
 * Derived from the generated resource-type catalog (itself generated from
 * `@aws-cdk/aws-service-spec`): a CDK module is named after the spec's
 * service (`aws-s3` ↔ `AWS::S3`), an L1 class is `Cfn` + a resource name
 * (`CfnBucket` ↔ `AWS::S3::Bucket`), and an L2 class whose name is a resource
 * name (`Bucket`, `Table`, `Queue`, `Vpc`) is that resource. Hand-written are
 * only the two short lists below: L2 classes named otherwise, and modules
 * that are not a service of their own.
 */
// The generated file itself, not the catalog module: the dialects ship in their own bundle,
// and both bundles then require the one dist/resource-types.json (Node caches it once).
import { standardServiceName } from '../catalog/docs-url';
import generatedJson from '../catalog/generated/resource-types.json';
import type { ResourceRef } from './template-model';

const GENERATED_CATALOG = generatedJson as unknown as { namespaces: Record<string, { service?: string; types: Record<string, unknown> }> };

/** L2 constructs whose name is not their resource's (module → class → resource name). */
const L2_EXCEPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'aws-elasticloadbalancingv2': {
    ApplicationLoadBalancer: 'LoadBalancer', NetworkLoadBalancer: 'LoadBalancer',
    ApplicationTargetGroup: 'TargetGroup', NetworkTargetGroup: 'TargetGroup',
    ApplicationListener: 'Listener', NetworkListener: 'Listener', ApplicationListenerRule: 'ListenerRule',
  },
  'aws-rds': {
    DatabaseInstance: 'DBInstance', DatabaseInstanceFromSnapshot: 'DBInstance', DatabaseInstanceReadReplica: 'DBInstance',
    DatabaseCluster: 'DBCluster', DatabaseClusterFromSnapshot: 'DBCluster', ServerlessCluster: 'DBCluster',
    DatabaseProxy: 'DBProxy', SubnetGroup: 'DBSubnetGroup', ParameterGroup: 'DBParameterGroup',
  },
  'aws-ec2': {
    BastionHostLinux: 'Instance', PublicSubnet: 'Subnet', PrivateSubnet: 'Subnet',
    InterfaceVpcEndpoint: 'VPCEndpoint', GatewayVpcEndpoint: 'VPCEndpoint',
  },
  'aws-dynamodb': { TableV2: 'GlobalTable' },
  'aws-lambda': { DockerImageFunction: 'Function', SingletonFunction: 'Function' },
  'aws-lambda-nodejs': { NodejsFunction: 'Function' },
  'aws-ecs': {
    FargateService: 'Service', Ec2Service: 'Service',
    FargateTaskDefinition: 'TaskDefinition', Ec2TaskDefinition: 'TaskDefinition',
  },
  'aws-apigateway': { LambdaRestApi: 'RestApi', SpecRestApi: 'RestApi' },
  'aws-apigatewayv2': { HttpApi: 'Api', WebSocketApi: 'Api', HttpStage: 'Stage', WebSocketStage: 'Stage' },
  'aws-route53': { PublicHostedZone: 'HostedZone', PrivateHostedZone: 'HostedZone', ARecord: 'RecordSet', CnameRecord: 'RecordSet', AaaaRecord: 'RecordSet' },
  'aws-iam': { PolicyDocument: '' },
};

/** aws-cdk-lib modules that are not a service of the spec, and the namespace they build for. */
const MODULE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'aws-lambda-nodejs': 'AWS::Lambda',
  'aws-lambda-event-sources': 'AWS::Lambda',
  'aws-lambda-destinations': 'AWS::Lambda',
  'aws-ecs-patterns': 'AWS::ECS',
  'aws-s3-deployment': 'AWS::S3',
  'aws-s3-notifications': 'AWS::S3',
  'aws-s3-assets': 'AWS::S3',
  'aws-events-targets': 'AWS::Events',
  'aws-sns-subscriptions': 'AWS::SNS',
  'aws-stepfunctions-tasks': 'AWS::StepFunctions',
  'aws-elasticloadbalancingv2-targets': 'AWS::ElasticLoadBalancingV2',
  'aws-elasticloadbalancingv2-actions': 'AWS::ElasticLoadBalancingV2',
  'aws-route53-targets': 'AWS::Route53',
  'aws-apigatewayv2-integrations': 'AWS::ApiGatewayV2',
  'aws-apigatewayv2-authorizers': 'AWS::ApiGatewayV2',
  'aws-cloudwatch-actions': 'AWS::CloudWatch',
  'aws-autoscaling-hooktargets': 'AWS::AutoScaling',
  'aws-ecr-assets': 'AWS::ECR',
};

interface ModuleInfo {
  namespace: string;
  /** Resource names of the namespace, folded to lower case → as the spec writes them. */
  resources: Map<string, string>;
}

let modules: Map<string, ModuleInfo> | undefined;

/** Built on first use from the catalog: about 300 modules, ~1,500 resource names. */
function moduleTable(): Map<string, ModuleInfo> {
  if (modules) return modules;
  const table = new Map<string, ModuleInfo>();
  const byNamespace = new Map<string, ModuleInfo>();
  for (const [namespace, data] of Object.entries(GENERATED_CATALOG.namespaces)) {
    if (!namespace.startsWith('AWS::')) continue;
    const resources = new Map(Object.keys(data.types).map((name) => [name.toLowerCase(), name]));
    const info = { namespace, resources };
    table.set(data.service ?? standardServiceName(namespace), info);
    byNamespace.set(namespace, info);
  }
  for (const [module, namespace] of Object.entries(MODULE_EXCEPTIONS)) {
    const info = byNamespace.get(namespace);
    if (info && !table.has(module)) table.set(module, info);
  }
  modules = table;
  return table;
}

/** True for a module of aws-cdk-lib that builds AWS resources (`aws-s3`, `aws-lambda-nodejs`). */
export function isCdkServiceModule(module: string): boolean {
  return moduleTable().has(module);
}

/** The language of the document, for the API reference link. */
export type CdkLanguage = 'typescript' | 'python';

/** The CDK API reference page of a class (or of the module when `className` is undefined). */
export function cdkDocsUrl(module: string, className: string | undefined, language: CdkLanguage): string {
  const python = module.replace(/-/g, '_');
  if (language === 'python') {
    return className
      ? `https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.${python}/${className}.html`
      : `https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.${python}/README.html`;
  }
  return className
    ? `https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.${python}.${className}.html`
    : `https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.${python}-readme.html`;
}

/**
 * The resource a class of a CDK module stands for: an L1 `Cfn*` class or an
 * L2 named after a resource (or listed) → its exact type; any other class →
 * undefined (the caller decides whether a construct call still names the
 * module's service). `written` is the class as the document refers to it.
 */
export function cdkClassResource(module: string, className: string, written: string, language: CdkLanguage): ResourceRef | undefined {
  const info = moduleTable().get(module);
  if (!info) return undefined;
  const docsUrl = cdkDocsUrl(module, className, language);
  if (className.startsWith('Cfn') && className.length > 3) {
    const resource = info.resources.get(className.slice(3).toLowerCase());
    // L1 names are exact: `CfnBucket`, never `CfnBUCKET`.
    return resource && `Cfn${resource}` === className ? { written, cfnType: `${info.namespace}::${resource}`, docsUrl } : undefined;
  }
  const exceptions = Object.hasOwn(L2_EXCEPTIONS, module) ? L2_EXCEPTIONS[module] : undefined;
  const listed = exceptions && Object.hasOwn(exceptions, className) ? exceptions[className] : undefined;
  if (listed === '') return undefined;
  const resource = listed ?? info.resources.get(className.toLowerCase());
  if (!resource || !/^[A-Z]/.test(className)) return undefined;
  return { written, cfnType: `${info.namespace}::${resource}`, docsUrl };
}

/** The module's service, for a construct of it that is no single resource (`ecs_patterns.ApplicationLoadBalancedFargateService`). */
export function cdkModuleResource(module: string, className: string | undefined, written: string, language: CdkLanguage): ResourceRef | undefined {
  const info = moduleTable().get(module);
  if (!info) return undefined;
  return { written, cfnNamespace: info.namespace, docsUrl: cdkDocsUrl(module, className, language) };
}
