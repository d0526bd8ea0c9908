/**
 * What a CloudFormation resource type is called in prose, so a hover on it can
 * put the passages about that very resource first: `AWS::EC2::KeyPair` → "key
 * pair", `AWS::RDS::DBSubnetGroup` → "db subnet group". The words come from the
 * type's own name; {@link RESOURCE_SYNONYMS} adds the few names a note uses
 * that the type's name does not say (`AWS::Lambda::LayerVersion` → "layer").
 *
 * A type named by one word (`AWS::S3::Bucket`, `AWS::DynamoDB::Table`,
 * `AWS::Lambda::Function`) is its service's main resource: every note on the
 * service is about it, so it has no words of its own here and the hover keeps
 * the service's own order.
 */

import { tokenize } from './search/tokenize';

/**
 * Curated: what notes call a resource when its type's name does not say it,
 * or says more than people write. Keep it short; each row is a name people use.
 */
export const RESOURCE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'AWS::Lambda::LayerVersion': ['layer'],
  'AWS::Lambda::LayerVersionPermission': ['layer'],
  'AWS::Lambda::EventSourceMapping': ['event source mapping', 'event source'],
  'AWS::Lambda::Url': ['function url'],
  'AWS::EC2::EIP': ['elastic ip'],
  'AWS::EC2::EIPAssociation': ['elastic ip'],
  'AWS::EC2::VPCPeeringConnection': ['vpc peering', 'peering'],
  'AWS::EC2::VPCEndpoint': ['vpc endpoint', 'privatelink', 'gateway endpoint', 'interface endpoint'],
  'AWS::EC2::NetworkInterface': ['network interface', 'eni'],
  'AWS::EC2::SpotFleet': ['spot fleet', 'spot instance'],
  'AWS::EC2::PlacementGroup': ['placement group'],
  'AWS::RDS::DBProxy': ['rds proxy', 'db proxy'],
  'AWS::RDS::DBCluster': ['db cluster', 'aurora'],
  'AWS::S3::BucketPolicy': ['bucket policy'],
  'AWS::SQS::QueuePolicy': ['queue policy', 'access policy'],
  'AWS::CloudFront::OriginAccessControl': ['origin access control', 'oac'],
  'AWS::CloudFront::CloudFrontOriginAccessIdentity': ['origin access identity', 'oai'],
  'AWS::ElasticLoadBalancingV2::TargetGroup': ['target group'],
  'AWS::ElasticLoadBalancingV2::Listener': ['listener'],
  'AWS::ElasticLoadBalancingV2::ListenerRule': ['listener rule'],
  'AWS::DynamoDB::GlobalTable': ['global table'],
  'AWS::KMS::Alias': ['key alias'],
};

/** Words of a resource name: `DBSubnetGroup` → db, subnet, group; `VPCEndpoint` → vpc, endpoint. */
export function splitResourceName(name: string): string[] {
  return (name.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+/g) ?? []).map((word) => word.toLowerCase());
}

/**
 * The phrases, as stemmed tokens, that say a section is about this resource
 * type; empty for a service's main resource (a one-word name) or a type that
 * is not `AWS::Service::Name`.
 */
export function resourcePhrases(type: string): string[][] {
  const parts = type.trim().split('::');
  if (parts.length !== 3 || !parts[2]) return [];
  const phrases: string[] = [...(RESOURCE_SYNONYMS[type.trim()] ?? [])];
  const own = splitResourceName(parts[2]);
  if (own.length >= 2) phrases.unshift(own.join(' '));
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const phrase of phrases) {
    const tokens = tokenize(phrase);
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push(tokens);
  }
  return result;
}

/** True when the stemmed tokens of `text` contain one of the phrases as a run of consecutive words. */
export function namesPhrase(tokens: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= tokens.length; start++) {
      let matched = 0;
      while (matched < phrase.length && tokens[start + matched] === phrase[matched]) matched++;
      if (matched === phrase.length) return true;
    }
  }
  return false;
}
