import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_CATALOG, ServiceCatalog } from '../../src/core/catalog';
import { repoRoot } from './support/paths';

describe('service catalog', () => {
  const catalog = new ServiceCatalog();

  describe('resolveResourceType', () => {
    const cases: [string, string][] = [
      ['AWS::S3::Bucket', 's3'],
      ['AWS::DynamoDB::Table', 'dynamodb'],
      ['AWS::EC2::SecurityGroup', 'security-groups'],
      ['AWS::EC2::SecurityGroupIngress', 'security-groups'],
      ['AWS::EC2::Instance', 'ec2'],
      ['AWS::EC2::Volume', 'ebs'],
      ['AWS::EC2::VPC', 'vpc'],
      ['AWS::EC2::FlowLog', 'vpc-flow-logs'],
      ['AWS::EC2::NatGateway', 'nat-gateway'],
      ['AWS::EC2::PlacementGroup', 'placement-groups'],
      ['AWS::Serverless::Function', 'lambda'],
      ['AWS::Serverless::Api', 'api-gateway'],
      ['AWS::Serverless::SimpleTable', 'dynamodb'],
      ['AWS::Serverless::StateMachine', 'step-functions'],
      ['AWS::Logs::LogGroup', 'cloudwatch-logs'],
      ['AWS::Events::Rule', 'eventbridge'],
      ['AWS::KinesisFirehose::DeliveryStream', 'firehose'],
      ['AWS::CertificateManager::Certificate', 'acm'],
      ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'elb'],
      ['AWS::ElasticLoadBalancing::LoadBalancer', 'elb'],
      // A launch template describes the instances a group starts; it is not a scaling policy.
      ['AWS::EC2::LaunchTemplate', 'auto-scaling'],
      ['AWS::AutoScaling::LaunchConfiguration', 'auto-scaling'],
      ['AWS::AutoScaling::ScalingPolicy', 'auto-scaling-policies'],
    ];
    for (const [type, entryId] of cases) {
      it(`${type} → ${entryId}`, () => {
        const resolution = catalog.resolveResourceType(type);
        assert.equal(resolution?.entryId, entryId);
        assert.equal(resolution?.fallbackFromNamespace, false);
        assert.equal(resolution?.resource?.type, type);
        assert.ok(catalog.get(entryId), `${entryId} is an entry`);
      });
    }

    it('falls back to the namespace for a misspelt type', () => {
      assert.deepEqual(catalog.resolveResourceType('AWS::EC2::Bukcet'), { entryId: 'ec2', fallbackFromNamespace: true });
      assert.deepEqual(catalog.resolveResourceType('AWS::S3::Buckett'), { entryId: 's3', fallbackFromNamespace: true });
    });

    it('knows nothing of unknown namespaces, pseudo parameters and the SAM transform', () => {
      for (const text of ['AWS::Nope::Thing', 'AWS::Serverless-2016-10-31', 'AWS::StackName', 'AWS::Region', '', 'S3', 'AWS::S3::Bucket::Extra::More']) {
        assert.equal(catalog.resolveResourceType(text), undefined, text);
      }
    });

    it('gives official one-liners and docs URLs', () => {
      assert.deepEqual(catalog.resourceType('AWS::DynamoDB::Table'), {
        type: 'AWS::DynamoDB::Table',
        description: 'The AWS::DynamoDB::Table resource creates a DynamoDB table.',
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html',
      });
      assert.equal(catalog.resourceType('AWS::Serverless::Function')?.docsUrl,
        'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html');
      assert.match(catalog.resourceType('AWS::Serverless::Function')?.description ?? '', /Lambda function/);
      assert.equal(catalog.resourceType('AWS::OpsWorks::ElasticLoadBalancerAttachment')?.docsUrl,
        'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-elbattachment.html');
    });
  });

  describe('resolveTerm', () => {
    const cases: [string, string][] = [
      ['S3', 's3'], ['s3', 's3'], ['Simple Storage Service', 's3'], ['ddb', 'dynamodb'], ['DDB', 'dynamodb'], ['Dynamo DB', 'dynamodb'],
      ['ALB', 'alb'], ['alb', 'alb'], ['Route53', 'route53'], ['route 53', 'route53'], ['AWS Config', 'config'], ['config', 'config'],
      ['security-groups', 'security-groups'], ['placement groups', 'placement-groups'], ['AWS::S3', 's3'], ['AWS::EC2::Volume', 'ebs'],
      ['Event Brigde', 'eventbridge'], ['Elastic Kubernates Service', 'eks'], ['Eastic Load Balancer', 'elb'],
    ];
    for (const [term, entryId] of cases) {
      it(`"${term}" → ${entryId}`, () => assert.equal(catalog.resolveTerm(term), entryId));
    }
    it('does not resolve plain English or nonsense', () => {
      for (const term of ['function', 'queue', 'team', 'design', '', '   ', 'AWS::Serverless-2016-10-31']) {
        assert.equal(catalog.resolveTerm(term), undefined, term);
      }
    });
  });

  describe('curation', () => {
    it('has no name claimed by two entries', () => {
      assert.deepEqual(catalog.phraseConflicts, []);
    });

    it('points every curated namespace, parent and refinement at something real', () => {
      for (const entry of catalog.entries.values()) {
        for (const namespace of entry.namespaces) assert.ok(GENERATED_CATALOG.namespaces[namespace], `${entry.id}: ${namespace}`);
        if (entry.parent !== undefined) assert.ok(catalog.get(entry.parent), `${entry.id}: parent ${entry.parent}`);
        assert.ok(catalog.categories().includes(entry.category), `${entry.id}: ${entry.category}`);
        // The matcher folds case for ASCII only.
        for (const name of [...entry.aliases, ...entry.abbreviations]) assert.match(name, /^[\x20-\x7e]+$/, `${entry.id}: ${name}`);
      }
    });

    it('gives every CloudFormation namespace an entry', () => {
      for (const namespace of Object.keys(GENERATED_CATALOG.namespaces)) {
        assert.ok(catalog.resolveTerm(namespace), namespace);
      }
    });

    it('lists AWS categories in display order, Compute first', () => {
      const categories = catalog.categories();
      assert.equal(categories[0], 'Compute');
      for (const name of ['Storage', 'Database', 'Networking & Content Delivery', 'Application Integration', 'Machine Learning',
        'Security, Identity & Compliance', 'Management & Governance', 'Migration & Transfer', 'Cloud Financial Management']) {
        assert.ok(categories.includes(name), name);
      }
    });

    it('recognises every topic of the solutions-architect notes contents list, as the notes spell it', () => {
      const notes = fs.readFileSync(path.join(repoRoot(), 'notes', 'solutions-architect-associate.md'), 'utf8');
      const contents = notes.slice(notes.indexOf('## Contents'), notes.indexOf('### Docs'));
      const topics = [...contents.matchAll(/^\s*- \[([^\]]+)\]/gm)].map((match) => match[1]);
      assert.ok(topics.length >= 90, `only ${topics.length} topics`);
      const missing = topics.filter((topic) => catalog.findMentions(topic).length === 0);
      assert.deepEqual(missing, []);
    });

    it('files the misspelt headings under the right services', () => {
      assert.equal(catalog.findMentions('Elastic Kubernates Service')[0]?.entryId, 'eks');
      assert.equal(catalog.findMentions('Eastic Load Balancer')[0]?.entryId, 'elb');
      assert.equal(catalog.findMentions('Event Brigde')[0]?.entryId, 'eventbridge');
      assert.equal(catalog.findMentions('Aws backup')[0]?.entryId, 'backup');
    });
  });
});
