import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dialectFor, parseTemplate, type TemplateDocument } from '../../src/core/templates';
import { TERRAFORM_DIALECT, TERRAFORM_JSON_LIMIT } from '../../src/core/templates/terraform';
import { terraformModule, terraformResource } from '../../src/core/templates/terraform-names';
import { repoRoot } from './support/paths';

const fixtures = path.join(repoRoot(), 'test', 'fixtures', 'workspace', 'terraform');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

function parse(text: string, fileName = 'main.tf', languageId = 'plaintext'): TemplateDocument {
  const doc = parseTemplate({ languageId, fileName, text });
  assert.ok(doc, 'parsed');
  return doc;
}

function subjectAt(doc: TemplateDocument, text: string, needle: string, offset = 0) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" in the text`);
  return doc.at(index + offset);
}

describe('Terraform dialect', () => {
  it('claims .tf and .tf.json files whatever their language id, and only those', () => {
    assert.equal(dialectFor({ languageId: 'plaintext', fileName: '/w/main.tf', text: '' })?.id, 'terraform');
    assert.equal(dialectFor({ languageId: 'json', fileName: '/w/main.tf.json', text: '{}' })?.id, 'terraform');
    assert.equal(dialectFor({ languageId: 'terraform', fileName: 'untitled:1', text: '' })?.id, 'terraform');
    assert.equal(TERRAFORM_DIALECT.accepts({ languageId: 'hcl', fileName: '/w/build.pkr.hcl', text: 'source "amazon-ebs" "x" {}' }), false);
    assert.equal(TERRAFORM_DIALECT.accepts({ languageId: 'plaintext', fileName: '/w/notes.txt', text: 'resource "aws_s3_bucket" "x" {}' }), false);
  });

  it('maps provider names to CloudFormation types from the generated table, and others to their namespace', () => {
    assert.equal(terraformResource('aws_dynamodb_table', 'resource')?.cfnType, 'AWS::DynamoDB::Table');
    assert.equal(terraformResource('aws_instance', 'resource')?.cfnType, 'AWS::EC2::Instance');
    assert.equal(terraformResource('aws_lb_listener', 'resource')?.cfnType, 'AWS::ElasticLoadBalancingV2::Listener');
    assert.equal(terraformResource('aws_rds_cluster', 'resource')?.cfnType, 'AWS::RDS::DBCluster');
    assert.equal(terraformResource('aws_iam_policy', 'resource')?.cfnType, 'AWS::IAM::ManagedPolicy');
    const versioning = terraformResource('aws_s3_bucket_versioning', 'resource');
    assert.equal(versioning?.cfnType, undefined);
    assert.equal(versioning?.cfnNamespace, 'AWS::S3');
    assert.equal(terraformResource('aws_s3_bucket', 'data')?.docsUrl, 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/s3_bucket');
    assert.equal(terraformResource('aws_region', 'data'), undefined, 'aws_region names no service');
    assert.equal(terraformResource('google_storage_bucket', 'resource'), undefined);
    assert.equal(terraformModule('terraform-aws-modules/s3-bucket/aws')?.cfnType, 'AWS::S3::Bucket');
    assert.equal(terraformModule('terraform-aws-modules/eventbridge/aws')?.cfnNamespace, 'AWS::Events');
    assert.equal(terraformModule('registry.terraform.io/terraform-aws-modules/iam/aws//modules/iam-assumable-role')?.cfnNamespace, 'AWS::IAM');
    assert.equal(terraformModule('terraform-aws-modules/not-a-service/aws'), undefined);
    assert.equal(terraformModule('./modules/vpc'), undefined);
  });

  it('reads the fixture stack: types, logical ids, properties with their values, in document order', () => {
    const text = read('main.tf');
    const doc = parse(text);
    const declared = doc.declarations();
    assert.equal(declared.length, 29);
    const table = declared.find((d) => d.logicalId === 'sessions');
    assert.equal(table?.resource.cfnType, 'AWS::DynamoDB::Table');
    assert.deepEqual(table?.properties.map((p) => p.path.join('.')).slice(0, 4), ['name', 'billing_mode', 'hash_key', 'attribute']);
    assert.equal(table?.properties.find((p) => p.path.join('.') === 'billing_mode')?.value, 'PAY_PER_REQUEST');
    const logical = subjectAt(doc, text, '"sessions"', 1);
    assert.deepEqual(logical && logical.kind === 'logicalId' ? logical.logicalId : undefined, 'sessions');
    const key = subjectAt(doc, text, 'multi_az');
    assert.equal(key?.kind, 'propertyKey');
    assert.deepEqual(key && 'value' in key ? key.value : undefined, 'true');
    assert.deepEqual(key?.span, { start: text.indexOf('multi_az'), end: text.indexOf('multi_az') + 'multi_az'.length });
  });

  it('counts a dynamic block as its label and leaves meta-arguments and lifecycle out', () => {
    const text = read('main.tf');
    const doc = parse(text);
    const group = doc.declarations().find((d) => d.logicalId === 'alb' && d.resource.cfnType === 'AWS::EC2::SecurityGroup');
    const paths = group?.properties.map((p) => p.path.join('.')) ?? [];
    assert.ok(paths.includes('ingress.from_port'), paths.join(', '));
    assert.ok(!paths.some((p) => p.includes('for_each') || p.includes('content')), paths.join(', '));
    const asg = doc.declarations().find((d) => d.resource.cfnType === 'AWS::AutoScaling::AutoScalingGroup');
    assert.ok(!asg?.properties.some((p) => p.path[0] === 'lifecycle'));
  });

  it('reads .tf.json resources and module sources', () => {
    const text = read('queues.tf.json');
    const doc = parse(text, 'queues.tf.json', 'json');
    assert.deepEqual(doc.declarations().map((d) => `${d.logicalId}:${d.resource.cfnType}`), ['audit:AWS::SQS::Queue', 'alerts:AWS::SNS::Topic']);
    const json = '{"module": {"net": {"source": "terraform-aws-modules/vpc/aws", "cidr": "10.0.0.0/16"}}}';
    const modules = parse(json, 'net.tf.json', 'json');
    assert.equal(modules.at(json.indexOf('terraform-aws-modules'))?.kind, 'resourceType');
    assert.equal(modules.at(json.indexOf('cidr')), undefined, 'module inputs are not properties');
  });

  describe('bad input never throws', () => {
    const cases: Record<string, string> = {
      'half-typed block': 'resource "aws_s3_bucket" "logs" {\n  bucket = \n  versioning {\n',
      'type being typed': 'resource "aws_dyn',
      'unbalanced braces': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n}\n}\nresource "aws_sns_topic" "t" {\n',
      'unclosed string and interpolation': 'resource "aws_sqs_queue" "q" {\n  name = "${var.x\n  delay_seconds = 5\n}\n',
      'heredoc': 'resource "aws_iam_policy" "p" {\n  policy = <<EOF\n{ "Statement": [ { "Effect": "Allow" } }\nresource "x" {\nEOF\n  name = "p"\n}\n',
      'unterminated heredoc': 'resource "aws_iam_policy" "p" {\n  policy = <<-EOT\n  {\n',
      'for_each and dynamic': 'resource "aws_security_group" "g" {\n  for_each = var.groups\n  dynamic "ingress" {\n    for_each = each.value.rules\n    iterator = rule\n    content {\n      from_port = rule.value\n    }\n  }\n}\n',
      'binary noise': '\u0000\u0001resource \u00ff "aws_s3_bucket" {{{{ "\u0000',
      'CRLF and BOM': '\ufeffresource "aws_s3_bucket" "b" {\r\n  bucket = "b"\r\n}\r\n',
    };
    for (const [name, text] of Object.entries(cases)) {
      it(name, () => {
        const doc = TERRAFORM_DIALECT.parse({ languageId: 'plaintext', fileName: 'x.tf', text });
        assert.ok(doc);
        for (let offset = 0; offset <= text.length; offset++) doc.at(offset);
        doc.declarations();
      });
    }

    it('keeps what it can of a half-typed file', () => {
      const text = 'resource "aws_s3_bucket" "logs" {\n  bucket = \n  versioning {\n';
      const doc = parse(text);
      assert.equal(doc.at(text.indexOf('aws_s3_bucket'))?.kind, 'resourceType');
      assert.equal(doc.at(text.indexOf('versioning'))?.kind, 'propertyKey');
    });

    it('reads CRLF files with the right offsets', () => {
      const text = '\ufeffresource "aws_s3_bucket" "b" {\r\n  bucket = "b"\r\n}\r\n';
      const doc = parse(text);
      const key = doc.at(text.indexOf('bucket ='));
      assert.equal(key?.kind, 'propertyKey');
      assert.deepEqual(key?.span, { start: text.indexOf('bucket ='), end: text.indexOf('bucket =') + 6 });
    });

    it('a 5 MB .tf.json is declined quickly, and one under the limit is read', () => {
      const resource = (n: number) => `"q${n}": {"name": "queue-${n}", "visibility_timeout_seconds": 30, "tags": {"team": "orders"}}`;
      const items: string[] = [];
      let size = 0;
      for (let n = 0; size < 5 * 1024 * 1024; n++) { const r = resource(n); items.push(r); size += r.length + 1; }
      const huge = `{"resource": {"aws_sqs_queue": {${items.join(',')}}}}`;
      const started = Date.now();
      assert.equal(TERRAFORM_DIALECT.parse({ languageId: 'json', fileName: 'big.tf.json', text: huge }), undefined);
      assert.ok(Date.now() - started < 50);
      const under = `{"resource": {"aws_sqs_queue": {${items.slice(0, Math.floor(items.length * (TERRAFORM_JSON_LIMIT / huge.length) * 0.9)).join(',')}}}}`;
      const doc = TERRAFORM_DIALECT.parse({ languageId: 'json', fileName: 'big.tf.json', text: under });
      assert.ok(doc && doc.declarations().length > 10_000);
      // Truncated JSON (a file cut short) is read as far as it goes.
      const cut = TERRAFORM_DIALECT.parse({ languageId: 'json', fileName: 'big.tf.json', text: under.slice(0, 5000) });
      assert.ok(cut && cut.declarations().length > 10);
    });
  });
});
