/**
 * What Terraform and the CDK call a CloudFormation property when the name is
 * not simply the CloudFormation name in another case (`multi_az`, `multiAz`
 * and `MultiAZ` need nothing here: the property hover compares names without
 * case or separators).
 *
 * A short, hand-written list of exceptions, for the resource types of the
 * common stacks (VPC, load balancer, Auto Scaling, RDS, DynamoDB, S3, SQS,
 * Lambda). Keys are folded (lower case, no `_`/`-`), so one entry serves
 * Terraform's `visibility_timeout_seconds` and the CDK's `visibilityTimeout`
 * where both exist. A nested key is written `parent.child`, both folded as
 * written in the document, and maps to the CloudFormation path of both
 * (`health_check { path }` is a target group's top-level HealthCheckPath).
 */
const PROPERTY_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'AWS::DynamoDB::Table': {
    pointintimerecovery: 'PointInTimeRecoverySpecification', // Terraform block, CDK prop
    'pointintimerecovery.enabled': 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
    pointintimerecoveryspecification: 'PointInTimeRecoverySpecification',
    serversideencryption: 'SSESpecification',
    'serversideencryption.enabled': 'SSESpecification.SSEEnabled',
    hashkey: 'KeySchema',
    rangekey: 'KeySchema',
    partitionkey: 'KeySchema', // CDK
    sortkey: 'KeySchema', // CDK
    attribute: 'AttributeDefinitions', // Terraform block
    ttl: 'TimeToLiveSpecification',
    timetoliveattribute: 'TimeToLiveSpecification', // CDK
    streamenabled: 'StreamSpecification',
    streamviewtype: 'StreamSpecification',
    stream: 'StreamSpecification', // CDK
    readcapacity: 'ProvisionedThroughput',
    writecapacity: 'ProvisionedThroughput',
    name: 'TableName',
  },
  'AWS::RDS::DBInstance': {
    instanceclass: 'DBInstanceClass', // Terraform
    instancetype: 'DBInstanceClass', // CDK
    identifier: 'DBInstanceIdentifier',
    instanceidentifier: 'DBInstanceIdentifier', // CDK
    dbname: 'DBName',
    databasename: 'DBName', // CDK
    username: 'MasterUsername',
    password: 'MasterUserPassword',
    vpcsecuritygroupids: 'VPCSecurityGroups',
    backupretention: 'BackupRetentionPeriod', // CDK
    performanceinsightsenabled: 'EnablePerformanceInsights',
    enableperformanceinsights: 'EnablePerformanceInsights',
    parametergroupname: 'DBParameterGroupName',
    dbsubnetgroupname: 'DBSubnetGroupName',
    'engine.version': 'EngineVersion', // CDK: engine=DatabaseInstanceEngine.postgres(version=…)
  },
  'AWS::RDS::DBCluster': {
    clusteridentifier: 'DBClusterIdentifier',
    masterusername: 'MasterUsername',
    masterpassword: 'MasterUserPassword',
    backupretentionperiod: 'BackupRetentionPeriod',
  },
  'AWS::SQS::Queue': {
    visibilitytimeoutseconds: 'VisibilityTimeout', // Terraform (the CDK's visibilityTimeout matches as is)
    messageretentionseconds: 'MessageRetentionPeriod',
    retentionperiod: 'MessageRetentionPeriod', // CDK
    receivewaittimeseconds: 'ReceiveMessageWaitTimeSeconds',
    receivemessagewaittime: 'ReceiveMessageWaitTimeSeconds', // CDK
    deliverydelay: 'DelaySeconds', // CDK
    fifo: 'FifoQueue', // CDK
    deadletterqueue: 'RedrivePolicy', // CDK
    name: 'QueueName',
    kmsmasterkeyid: 'KmsMasterKeyId',
  },
  'AWS::S3::Bucket': {
    bucket: 'BucketName', // Terraform
    versioned: 'VersioningConfiguration', // CDK
    versioning: 'VersioningConfiguration',
    encryption: 'BucketEncryption', // CDK
    blockpublicaccess: 'PublicAccessBlockConfiguration', // CDK
    lifecyclerules: 'LifecycleConfiguration', // CDK
    lifecyclerule: 'LifecycleConfiguration',
    serveraccesslogsbucket: 'LoggingConfiguration', // CDK
    objectlockenabled: 'ObjectLockEnabled',
  },
  'AWS::Lambda::Function': {
    vpc: 'VpcConfig', // CDK
    tracing: 'TracingConfig', // CDK
    tracingconfig: 'TracingConfig',
    architecture: 'Architectures', // CDK
    deadletterqueue: 'DeadLetterConfig', // CDK
    code: 'Code',
    filename: 'Code',
    s3bucket: 'Code',
  },
  'AWS::EC2::VPC': {
    cidr: 'CidrBlock', // CDK (deprecated prop) and the vpc module
    ipaddresses: 'CidrBlock', // CDK
    enablednshostnames: 'EnableDnsHostnames',
    enablednssupport: 'EnableDnsSupport',
  },
  'AWS::EC2::SecurityGroup': {
    ingress: 'SecurityGroupIngress',
    egress: 'SecurityGroupEgress',
    name: 'GroupName',
    description: 'GroupDescription',
    allowalloutbound: 'SecurityGroupEgress', // CDK
    securitygroupname: 'GroupName', // CDK
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    internal: 'Scheme',
    internetfacing: 'Scheme', // CDK
    loadbalancertype: 'Type',
    enabledeletionprotection: 'LoadBalancerAttributes',
    deletionprotection: 'LoadBalancerAttributes', // CDK
    idletimeout: 'LoadBalancerAttributes',
    accesslogs: 'LoadBalancerAttributes',
  },
  'AWS::ElasticLoadBalancingV2::TargetGroup': {
    healthcheck: 'HealthCheckEnabled',
    'healthcheck.path': 'HealthCheckPath',
    'healthcheck.interval': 'HealthCheckIntervalSeconds',
    'healthcheck.healthythreshold': 'HealthyThresholdCount',
    'healthcheck.unhealthythreshold': 'UnhealthyThresholdCount',
    deregistrationdelay: 'TargetGroupAttributes',
    stickiness: 'TargetGroupAttributes',
  },
  'AWS::ElasticLoadBalancingV2::Listener': {
    defaultaction: 'DefaultActions',
    certificatearn: 'Certificates',
  },
  'AWS::AutoScaling::AutoScalingGroup': {
    mincapacity: 'MinSize', // CDK
    maxcapacity: 'MaxSize', // CDK
    targetgrouparns: 'TargetGroupARNs',
    vpczoneidentifier: 'VPCZoneIdentifier',
    healthcheck: 'HealthCheckType', // CDK
  },
  'AWS::EC2::Subnet': {
    mappubliciponlaunch: 'MapPublicIpOnLaunch',
  },
};

/** Lower case without `_`, `-` or spaces: `point_in_time_recovery` and `pointInTimeRecovery` fold alike. */
export function foldPropertyName(name: string): string {
  return name.replace(/[-_\s]/g, '').toLowerCase();
}

/**
 * The CloudFormation path of a Terraform or CDK property path, when the
 * alias list knows a segment of it; undefined when every name is as written
 * (the property hover then matches `path` itself, ignoring case and separators).
 */
export function cfnPathFor(cfnType: string | undefined, path: readonly string[]): string[] | undefined {
  if (!cfnType || path.length === 0) return undefined;
  const aliases = Object.hasOwn(PROPERTY_ALIASES, cfnType) ? PROPERTY_ALIASES[cfnType] : undefined;
  if (!aliases) return undefined;
  let changed = false;
  const mapped: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = foldPropertyName(path[i]);
    const nested = i + 1 < path.length ? `${key}.${foldPropertyName(path[i + 1])}` : undefined;
    if (nested !== undefined && Object.hasOwn(aliases, nested)) {
      mapped.push(...aliases[nested].split('.'));
      changed = true;
      i++;
    } else if (i === 0 && Object.hasOwn(aliases, key)) {
      mapped.push(aliases[key]);
      changed = true;
    } else {
      mapped.push(path[i]);
    }
  }
  return changed ? mapped : undefined;
}
