import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dialectFor, parseTemplate, type TemplateDocument, type TemplateSubject } from '../../src/core/templates';
import { repoRoot } from './support/paths';

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'templates', name), 'utf8');

function parse(text: string, languageId = 'yaml', fileName = 'template.yaml'): TemplateDocument | undefined {
  return parseTemplate({ languageId, fileName, text });
}

/** What stands on the `occurrence`-th `needle` of the text (1 character in, so the cursor is inside it). */
function at(document: TemplateDocument, text: string, needle: string, occurrence = 1): TemplateSubject | undefined {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} is in the text`);
  return document.at(offset + 1);
}

function describeSubject(subject: TemplateSubject | undefined): string {
  if (!subject) return 'nothing';
  switch (subject.kind) {
    case 'resourceType': return `type ${subject.resource.written}`;
    case 'logicalId': return `logical id ${subject.logicalId}`;
    case 'propertyKey': return `key ${subject.resource.cfnType} ${subject.path.join('.')}${subject.value !== undefined ? `=${subject.value}` : ''}`;
    case 'propertyValue': return `value ${subject.resource.cfnType} ${subject.path.join('.')}=${subject.value}`;
  }
}

/** Every offset of the text: no throw, and what a user could hover. */
function everySubject(document: TemplateDocument | undefined, text: string): TemplateSubject[] {
  if (!document) return [];
  const subjects: TemplateSubject[] = [];
  for (let offset = 0; offset <= text.length; offset++) {
    const subject = document.at(offset);
    if (subject) subjects.push(subject);
  }
  return subjects;
}

describe('template model: CloudFormation/SAM', () => {
  for (const format of ['yaml', 'json'] as const) {
    describe(`settings.${format}`, () => {
      const text = fixture(`settings.${format}`);
      const document = parse(text, format, `settings.${format}`)!;
      const key = (name: string) => (format === 'json' ? `"${name}"` : name);

      it('is claimed by the CloudFormation dialect and parses', () => {
        assert.equal(dialectFor({ languageId: format, fileName: `settings.${format}`, text })?.id, 'cloudformation');
        assert.ok(document);
      });

      it('sees a resource type, a logical id, a key at any depth and a value', () => {
        assert.equal(describeSubject(at(document, text, 'AWS::DynamoDB::Table')), 'type AWS::DynamoDB::Table');
        assert.equal(describeSubject(at(document, text, key('OrdersTable'))), 'logical id OrdersTable');
        assert.equal(describeSubject(at(document, text, key('BillingMode'))), 'key AWS::DynamoDB::Table BillingMode=PROVISIONED');
        assert.equal(describeSubject(at(document, text, 'PROVISIONED')), 'value AWS::DynamoDB::Table BillingMode=PROVISIONED');
        assert.equal(describeSubject(at(document, text, 'StorageClass')), 'key AWS::S3::Bucket LifecycleConfiguration.Rules.Transitions.StorageClass=GLACIER');
        assert.equal(describeSubject(at(document, text, 'GLACIER')), 'value AWS::S3::Bucket LifecycleConfiguration.Rules.Transitions.StorageClass=GLACIER');
        assert.equal(describeSubject(at(document, text, 'ReadCapacityUnits')), 'key AWS::DynamoDB::Table ProvisionedThroughput.ReadCapacityUnits=5');
        assert.equal(describeSubject(at(document, text, 'FARGATE', 2)), 'value AWS::ECS::TaskDefinition RequiresCompatibilities=FARGATE');
      });

      it('spans a value without its quotes, as the hover underlines it', () => {
        const subject = at(document, text, 'stickiness.enabled');
        assert.equal(subject?.kind, 'propertyValue');
        assert.equal(text.slice(subject.span.start, subject.span.end), 'stickiness.enabled');
        const quoted = at(document, text, format === 'json' ? '"1"' : "'1'", 1);
        assert.equal(quoted && text.slice(quoted.span.start, quoted.span.end), '1');
      });

      it('reads both branches of Fn::If as the value, and nothing inside other functions', () => {
        const maxSize = format === 'json' ? '"10"' : "'10'";
        assert.equal(describeSubject(at(document, text, maxSize)), 'value AWS::AutoScaling::AutoScalingGroup MaxSize=10');
        assert.equal(at(document, text, 'IsProd', 2), undefined, 'the condition name is not a value');
        // `TopicArn: !Ref OrderEvents`: the referenced logical id is not a setting.
        const ref = text.indexOf('OrderEvents', text.indexOf('TopicArn'));
        assert.equal(document.at(ref + 1), undefined);
      });

      it('says nothing outside Resources, and nothing on Type or Properties themselves', () => {
        assert.equal(at(document, text, 'AWSTemplateFormatVersion'), undefined);
        assert.equal(at(document, text, key('EnvironmentName')), undefined);
        assert.equal(at(document, text, key('QueueUrl')), undefined);
        assert.equal(at(document, text, key('Properties')), undefined);
        assert.equal(at(document, text, key('DeletionPolicy')), undefined);
      });

      it('declares every resource with its settings, in document order', () => {
        const resources = document.declarations();
        assert.equal(resources.length, 25);
        assert.deepEqual(resources.slice(0, 3).map((r) => `${r.logicalId} ${r.resource.cfnType}`), ['OrdersTable AWS::DynamoDB::Table', 'OrdersQueue AWS::SQS::Queue', 'OrdersDeadLetterQueue AWS::SQS::Queue']);
        const table = resources[0].properties.map((p) => p.path.join('.') + (p.value !== undefined ? `=${p.value}` : ''));
        assert.ok(table.includes('BillingMode=PROVISIONED'));
        assert.ok(table.includes('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled=true'));
        assert.ok(table.includes('Tags.Key=team'));
        assert.equal(text.slice(resources[0].typeSpan.start, resources[0].typeSpan.end), 'AWS::DynamoDB::Table');
      });
    });
  }

  it('JSON and YAML twins declare the same settings', () => {
    const flat = (document: TemplateDocument) => document.declarations().flatMap((r) => r.properties.map((p) => `${r.logicalId} ${p.path.join('.')}=${p.value ?? ''}`));
    const yaml = flat(parse(fixture('settings.yaml'))!);
    const json = flat(parse(fixture('settings.json'), 'json', 'settings.json')!);
    // YAML keeps `'true'` and `true` apart only by quotes; both read as the text the user typed.
    assert.deepEqual(json, yaml);
  });

  it('tolerates a half-typed template: a key without a value, a key still being typed, an unfinished resource', () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      VisibilityTimeout:',
      '      FifoQu',
      '  Table:',
      '    Type: AWS::DynamoDB::Table',
      '    Properties:',
      '      BillingMode: PAY_PER_REQUEST',
      '      StreamSpecification: {StreamViewType: NEW_IM',
      '  Half:',
      '    Type: AWS::S3::',
      '',
    ].join('\n');
    const document = parse(text)!;
    assert.equal(describeSubject(at(document, text, 'VisibilityTimeout')), 'key AWS::SQS::Queue VisibilityTimeout');
    assert.equal(describeSubject(at(document, text, 'PAY_PER_REQUEST')), 'value AWS::DynamoDB::Table BillingMode=PAY_PER_REQUEST');
    assert.equal(at(document, text, 'AWS::S3::'), undefined, 'a half-typed type is no resource type yet');
    everySubject(document, text);
  });

  it('tolerates a JSON template with a missing brace and a trailing comma', () => {
    const text = '{"Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 60, "FifoQueue": true,}}, "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"BillingMode": "PAY_PER_REQUEST"';
    const document = parse(text, 'json', 'template.json')!;
    assert.equal(describeSubject(at(document, text, 'FifoQueue')), 'key AWS::SQS::Queue FifoQueue=true');
    assert.equal(describeSubject(at(document, text, 'PAY_PER_REQUEST')), 'value AWS::DynamoDB::Table BillingMode=PAY_PER_REQUEST');
  });

  describe('bad input never throws', () => {
    const cases: Record<string, { text: string; languageId?: string }> = {
      'malformed YAML': { text: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "unclosed\n      Versioning: [a, b\n  Other: {{{\n' },
      'malformed JSON': { text: '{"Resources": {"Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": }}}}}}', languageId: 'json' },
      'duplicate keys': { text: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: true\n      FifoQueue: false\n  Bucket:\n    Type: AWS::S3::Bucket\n' },
      tabs: { text: 'Resources:\n\tBucket:\n\t\tType: AWS::S3::Bucket\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n\t  VisibilityTimeout: 30\n' },
      'anchors and aliases': { text: 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: &props\n      VisibilityTimeout: 30\n  B:\n    Type: AWS::SQS::Queue\n    Properties: *props\n  C:\n    Type: AWS::SQS::Queue\n    Properties:\n      <<: *props\n      DelaySeconds: *missing\n' },
      'nested !If': { text: 'Conditions:\n  A: !Equals [a, a]\nResources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      VolumeType: !If [A, !If [B, gp3, gp2], !If [C, {"Fn::If": [D, io1, io2]}, st1]]\n' },
      'Fn::Transform': { text: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Fn::Transform:\n        Name: AWS::Include\n        Parameters: {Location: s3://bucket/snippet.yaml}\n      Runtime: python3.12\n' },
      'top level an array (YAML)': { text: '- Resources:\n    Bucket:\n      Type: AWS::S3::Bucket\n' },
      'top level an array (JSON)': { text: '[{"Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}}]', languageId: 'json' },
      'CRLF and BOM': { text: '\uFEFFResources:\r\n  Bucket:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n      BucketName: b\r\n' },
      'empty': { text: '' },
      'binary-ish': { text: 'Resources:\u0000\u0001\u0002\n  \uFFFD\uFFFD: AWS::S3::Bucket\n' },
    };
    for (const [name, { text, languageId = 'yaml' }] of Object.entries(cases)) {
      it(name, () => {
        const document = parse(text, languageId, languageId === 'json' ? 't.json' : 't.yaml');
        everySubject(document, text);
        document?.declarations();
      });
    }

    it('reads both levels of a nested !If', () => {
      const { text } = cases['nested !If'];
      const document = parse(text)!;
      assert.equal(describeSubject(at(document, text, 'gp2')), 'value AWS::EC2::Volume VolumeType=gp2');
      assert.equal(describeSubject(at(document, text, 'io2')), 'value AWS::EC2::Volume VolumeType=io2');
      assert.equal(at(document, text, 'B,'), undefined);
    });

    it('sees nothing inside Fn::Transform, and keeps the rest of the resource', () => {
      const { text } = cases['Fn::Transform'];
      const document = parse(text)!;
      assert.equal(at(document, text, 'AWS::Include'), undefined);
      assert.equal(at(document, text, 'Location'), undefined);
      assert.equal(describeSubject(at(document, text, 'Runtime')), 'key AWS::Serverless::Function Runtime=python3.12');
    });

    it('keeps reading the other resources of a malformed YAML template', () => {
      const text = 'Resources:\n  Broken:\n    Type: AWS::S3::Bucket\n    Properties: {{{\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 30\n';
      assert.equal(describeSubject(at(parse(text)!, text, 'VisibilityTimeout')), 'key AWS::SQS::Queue VisibilityTimeout=30');
    });

    it('gives no model for a template whose top level is an array', () => {
      assert.equal(parse(cases['top level an array (JSON)'].text, 'json', 't.json'), undefined);
      assert.equal(parse(cases['top level an array (YAML)'].text), undefined);
    });

    it('offsets stay right after a BOM and CRLF line ends', () => {
      const { text } = cases['CRLF and BOM'];
      assert.equal(describeSubject(at(parse(text)!, text, 'BucketName')), 'key AWS::S3::Bucket BucketName=b');
    });
  });

  it('never throws on a template cut, spliced or scrambled anywhere (what typing leaves behind)', () => {
    let seed = 15;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const format of ['yaml', 'json'] as const) {
      const original = fixture(`settings.${format}`);
      for (let round = 0; round < 40; round++) {
        let text = original;
        for (let edit = 0; edit < 5; edit++) {
          const at = random(text.length);
          const cut = random(40);
          const insert = ['', ':', '- ', '{', '}', '[', '"', "'", '!If [', '\t', '&a ', '*a', '\n  ', '\r\n'][random(14)];
          text = text.slice(0, at) + insert + text.slice(at + cut);
        }
        const document = parse(text, format, `fuzz.${format}`);
        document?.declarations();
        for (let probe = 0; probe < 200; probe++) document?.at(random(text.length + 1));
      }
    }
  });

  for (const name of ['k8s-deployment.yaml', 'github-workflow.yml']) {
    it(`sees no property anywhere in a YAML file that is not CloudFormation (${name})`, () => {
      const text = fixture(name);
      const subjects = everySubject(parse(text, 'yaml', name), text);
      assert.deepEqual(subjects.map(describeSubject), []);
    });
  }

  it('leaves Markdown, plain text and other languages to the line reader', () => {
    const text = fixture('settings.yaml');
    assert.equal(dialectFor({ languageId: 'markdown', fileName: 'notes.md', text }), undefined);
    assert.equal(dialectFor({ languageId: 'plaintext', fileName: 'notes.txt', text }), undefined);
  });
});
