import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dialectFor, parseTemplate, type TemplateDocument, type TemplateSubject } from '../../src/core/templates';
import { CDK_DIALECT } from '../../src/core/templates/cdk';
import { repoRoot } from './support/paths';

const workspace = path.join(repoRoot(), 'test', 'fixtures', 'workspace');

function parse(text: string, fileName: string, languageId: string): TemplateDocument {
  const doc = parseTemplate({ languageId, fileName, text });
  assert.ok(doc, `${fileName} parsed`);
  return doc;
}

function at(doc: TemplateDocument, text: string, needle: string, offset = 0): TemplateSubject | undefined {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" in the text`);
  return doc.at(index + offset);
}

const typeOf = (subject: TemplateSubject | undefined) =>
  subject?.kind === 'resourceType' ? (subject.resource.cfnType ?? `ns:${subject.resource.cfnNamespace}`) : subject?.kind;

describe('CDK dialect', () => {
  it('claims TypeScript, JavaScript and Python only when they name aws-cdk-lib', () => {
    assert.equal(dialectFor({ languageId: 'typescript', fileName: 'a.ts', text: "import * as s3 from 'aws-cdk-lib/aws-s3';" })?.id, 'cdk');
    assert.equal(dialectFor({ languageId: 'python', fileName: 'a.py', text: 'from aws_cdk import aws_s3 as s3' })?.id, 'cdk');
    assert.equal(dialectFor({ languageId: 'typescript', fileName: 'a.ts', text: "import { Queue } from './queue';" }), undefined);
    assert.equal(dialectFor({ languageId: 'python', fileName: 'a.py', text: 'from queue import Queue' }), undefined);
    assert.equal(CDK_DIALECT.accepts({ languageId: 'markdown', fileName: 'a.md', text: "import * as s3 from 'aws-cdk-lib/aws-s3'" }), false);
  });

  it('knows L2 constructs, L1 Cfn classes, listed L2s and named imports', () => {
    const text = fs.readFileSync(path.join(workspace, 'cdk-ts', 'lib', 'orders-stack.ts'), 'utf8');
    const doc = parse(text, 'orders-stack.ts', 'typescript');
    assert.equal(typeOf(at(doc, text, 's3.Bucket(')), 'AWS::S3::Bucket');
    assert.equal(typeOf(at(doc, text, 's3.CfnBucket(', 5)), 'AWS::S3::Bucket');
    assert.equal(typeOf(at(doc, text, 'rds.DatabaseInstance(', 5)), 'AWS::RDS::DBInstance');
    assert.equal(typeOf(at(doc, text, "Queue(this, 'OrdersQueue'")), 'AWS::SQS::Queue');
    const bucket = at(doc, text, 's3.Bucket(');
    assert.equal(bucket?.kind === 'resourceType' ? bucket.resource.docsUrl : '', 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html');
    assert.equal(bucket?.kind === 'resourceType' ? bucket.resource.written : '', 's3.Bucket');
    const names = doc.declarations().map((d) => d.logicalId);
    assert.deepEqual(names, ['Network', 'AlbSecurityGroup', 'WebAlb', 'WebFleet', 'ApiTargets', 'OrdersDb', 'Sessions', 'Assets', 'AccessLogs', 'OrdersDlq', 'OrdersQueue', 'Worker']);
  });

  it('reads props as property keys with their values, enum members included', () => {
    const text = fs.readFileSync(path.join(workspace, 'cdk-ts', 'lib', 'orders-stack.ts'), 'utf8');
    const doc = parse(text, 'orders-stack.ts', 'typescript');
    const billing = at(doc, text, 'billingMode');
    assert.equal(billing?.kind, 'propertyKey');
    assert.equal(billing && 'value' in billing ? billing.value : undefined, 'PAY_PER_REQUEST');
    const member = at(doc, text, 'PAY_PER_REQUEST');
    assert.equal(member?.kind, 'propertyValue');
    const pitr = at(doc, text, 'pointInTimeRecovery');
    assert.deepEqual(pitr && 'cfnPath' in pitr ? pitr.cfnPath : undefined, ['PointInTimeRecoverySpecification']);
    assert.equal(at(doc, text, 'TABLE_NAME')?.kind, 'propertyKey', 'keys of a nested object are a deeper path');
    assert.equal(at(doc, text, "'Sessions'", 1)?.kind, 'logicalId');
    assert.equal(at(doc, text, 'sessions.grantReadWriteData'), undefined);
    assert.equal(at(doc, text, 'ec2.SubnetType.PUBLIC', 4), undefined, 'an enum class is no resource');
  });

  it('reads Python: aliases, kwargs, nested struct calls, and never the lambda keyword', () => {
    const text = fs.readFileSync(path.join(workspace, 'cdk-py', 'orders', 'orders_stack.py'), 'utf8');
    const doc = parse(text, 'orders_stack.py', 'python');
    assert.equal(typeOf(at(doc, text, '_lambda.Function(')), 'AWS::Lambda::Function');
    assert.equal(typeOf(at(doc, text, 'aws_s3 as s3')), 'ns:AWS::S3');
    const nested = at(doc, text, 'point_in_time_recovery_enabled');
    assert.deepEqual(nested?.kind === 'propertyKey' ? nested.path : undefined, ['point_in_time_recovery_specification', 'point_in_time_recovery_enabled']);
    assert.equal(at(doc, text, 'lambda item'), undefined);
    const bucket = at(doc, text, 's3.Bucket(');
    assert.equal(bucket?.kind === 'resourceType' ? bucket.resource.docsUrl : '', 'https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_s3/Bucket.html');
  });

  it('understands every import form', () => {
    const forms: [string, string, string][] = [
      ['ts', "import { aws_sqs as sqs } from 'aws-cdk-lib';\nnew sqs.Queue(this, 'Q');", 'sqs.Queue'],
      ['ts', "import * as cdk from 'aws-cdk-lib';\nnew cdk.aws_sqs.Queue(this, 'Q');", 'cdk.aws_sqs.Queue'],
      ['ts', "import { CfnQueue as RawQueue } from 'aws-cdk-lib/aws-sqs';\nnew RawQueue(this, 'Q', {});", 'RawQueue'],
      ['js', "const sqs = require('aws-cdk-lib/aws-sqs');\nnew sqs.Queue(this, 'Q');", 'sqs.Queue'],
      ['js', "const { aws_sqs: queues } = require('aws-cdk-lib');\nnew queues.Queue(this, 'Q');", 'queues.Queue'],
      ['js', "const { Queue } = require('aws-cdk-lib/aws-sqs');\nnew Queue(this, 'Q');", 'Queue(this'],
      ['py', 'import aws_cdk.aws_sqs as sqs\nsqs.Queue(self, "Q")', 'sqs.Queue'],
      ['py', 'import aws_cdk as cdk\ncdk.aws_sqs.Queue(self, "Q")', 'cdk.aws_sqs.Queue'],
      ['py', 'from aws_cdk.aws_sqs import Queue\nQueue(self, "Q")', 'Queue(self'],
      ['py', 'from aws_cdk import Stack, aws_sqs\naws_sqs.Queue(self, "Q")', 'aws_sqs.Queue'],
    ];
    for (const [language, text, needle] of forms) {
      const fileName = `stack.${language}`;
      const doc = parse(text, fileName, language === 'py' ? 'python' : language === 'ts' ? 'typescript' : 'javascript');
      assert.equal(typeOf(at(doc, text, needle)), 'AWS::SQS::Queue', text);
      assert.equal(doc.declarations().length, 1, text);
    }
  });

  it('reads a construct whose id is a variable or a template, with its props', () => {
    const text = "import * as sqs from 'aws-cdk-lib/aws-sqs';\nexport class Queues extends Construct {\n  constructor(scope: Construct, id: string) {\n" +
      "    super(scope, id);\n    new sqs.Queue(this, id, { visibilityTimeout: Duration.seconds(30) });\n    new sqs.Queue(this, `${id}Dlq`, { fifo: true });\n  }\n}\n";
    const doc = parse(text, 'queues.ts', 'typescript');
    assert.equal(doc.declarations().length, 2);
    assert.ok(doc.declarations().every((d) => d.logicalId === undefined), 'no logical id from a variable or template');
    assert.equal(at(doc, text, 'visibilityTimeout')?.kind, 'propertyKey');
    assert.equal(at(doc, text, 'fifo')?.kind, 'propertyKey');
    const py = 'from aws_cdk import aws_sqs as sqs\nsqs.Queue(self, construct_id, visibility_timeout=Duration.seconds(30))\n';
    const pyDoc = parse(py, 'queues.py', 'python');
    assert.equal(at(pyDoc, py, 'visibility_timeout')?.kind, 'propertyKey');
  });

  it('names the service for a construct of a module that is no single resource, and nothing for non-constructs', () => {
    const text = "import * as patterns from 'aws-cdk-lib/aws-ecs-patterns';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n" +
      "new patterns.ApplicationLoadBalancedFargateService(this, 'Api', { memoryLimitMiB: 512 });\nconst t = new ec2.InstanceType('t3.micro');\n";
    const doc = parse(text, 'stack.ts', 'typescript');
    assert.equal(typeOf(at(doc, text, 'patterns.Application')), 'ns:AWS::ECS');
    assert.equal(at(doc, text, 'ec2.InstanceType'), undefined);
  });

  it('only what is imported from aws-cdk-lib counts', () => {
    const text = "import * as s3 from 'aws-cdk-lib/aws-s3';\nimport { Queue } from './local-queue';\n" +
      "// new s3.Bucket(this, 'InAComment')\nconst label = \"new s3.Bucket(this, 'InAString')\";\nnew Queue(this, 'Local', { visibilityTimeout: 3 });\nfoo.s3.Bucket;\n";
    const doc = CDK_DIALECT.parse({ languageId: 'typescript', fileName: 'a.ts', text });
    assert.ok(doc);
    assert.equal(doc.at(text.indexOf("s3.Bucket(this, 'InAComment'")), undefined);
    assert.equal(doc.at(text.indexOf("s3.Bucket(this, 'InAString'")), undefined);
    assert.equal(doc.at(text.indexOf('Queue(this')), undefined);
    assert.equal(doc.at(text.indexOf('visibilityTimeout')), undefined);
    assert.equal(doc.at(text.indexOf('s3.Bucket;')), undefined);
  });

  describe('bad input never throws', () => {
    const cdkLine = "import * as s3 from 'aws-cdk-lib/aws-s3';\n";
    const cases: Record<string, [string, string]> = {
      'code that does not compile': ['typescript', `${cdkLine}new s3.Bucket(this, 'B', { versioned: , encryption: s3.BucketEncryption.\n  }}}) ))\nclass {`],
      'a construct being typed': ['typescript', `${cdkLine}new s3.Bucket(this, 'B', {\n  versi`],
      'unclosed template and regex': ['typescript', `${cdkLine}const a = \`\${x} and \${ { y: '}' } \`;\nconst r = /[/]{2}/g; new s3.Bucket(this, \`B\${i}\`, { versioned: true });\nconst u = \`never closed`],
      'minified JavaScript': ['javascript', `"use strict";var s3=require("aws-cdk-lib/aws-s3"),c=require("aws-cdk-lib");class S extends c.Stack{constructor(e,t,o){super(e,t,o);new s3.Bucket(this,"B",{versioned:!0,lifecycleRules:[{expiration:c.Duration.days(9)}]}),/a\\/b/.test(t)&&new s3.CfnBucket(this,"C",{bucketName:"x"})}}exports.S=S;`.repeat(200)],
      'Python that does not parse': ['python', 'from aws_cdk import (aws_s3 as s3,\n\ns3.Bucket(self, "B", versioned=True, encryption=\n  def x(:\n"""unclosed'],
      'Python with f-strings and raw strings': ['python', 'from aws_cdk import aws_s3 as s3\ns3.Bucket(self, f"B{n}", bucket_name=rf"x\\{y}", versioned=True)\n'],
    };
    for (const [name, [languageId, text]] of Object.entries(cases)) {
      it(name, () => {
        const doc = CDK_DIALECT.parse({ languageId, fileName: languageId === 'python' ? 'x.py' : 'x.ts', text });
        assert.ok(doc, 'something usable is still found');
        for (let offset = 0; offset <= Math.min(text.length, 20_000); offset++) doc.at(offset);
        doc.declarations();
      });
    }

    it('finds the constructs of minified JavaScript', () => {
      const text = '"use strict";var s3=require("aws-cdk-lib/aws-s3");new s3.Bucket(this,"B",{versioned:!0});';
      const doc = parse(text, 'stack.js', 'javascript');
      assert.equal(typeOf(doc.at(text.indexOf('s3.Bucket'))), 'AWS::S3::Bucket');
      assert.equal(doc.at(text.indexOf('versioned'))?.kind, 'propertyKey');
    });
  });
});
