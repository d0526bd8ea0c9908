import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ServiceCatalog } from '../../src/core/catalog';
import { HoverContentCache, buildHoverContent } from '../../src/core/hover-content';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { bundledNoteFiles } from './support/paths';

const OPTIONS = { maxSections: 3, indexComplete: true };

describe('hover content for a resource Terraform or the CDK names', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');

  it('shows the CloudFormation type line, then the name as written with its Terraform registry link', () => {
    const content = buildHoverContent({
      entryId: 'dynamodb',
      text: 'AWS::DynamoDB::Table',
      written: { text: 'aws_dynamodb_table', docsUrl: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table' },
    }, catalog, index, OPTIONS);
    assert.ok(content);
    const header = content.markdown.split('\n---\n')[0];
    assert.match(header, /`AWS::DynamoDB::Table` — .*\[AWS docs\]/);
    assert.match(header, /`aws_dynamodb_table` · \[Terraform docs\]\(<https:\/\/registry\.terraform\.io\/providers\/hashicorp\/aws\/latest\/docs\/resources\/dynamodb_table> "aws_dynamodb_table: Terraform docs"\)/);
    assert.ok(content.sectionIds.length > 0, 'the DynamoDB notes follow');
  });

  it('labels a CDK API reference and a registry module, and links nothing that is not a web link', () => {
    const cdk = buildHoverContent({ entryId: 's3', text: 'AWS::S3::Bucket', written: { text: 's3.Bucket', docsUrl: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html' } }, catalog, index, OPTIONS);
    assert.match(cdk?.markdown ?? '', /`s3\.Bucket` · \[CDK API reference\]/);
    const vpc = buildHoverContent({ entryId: 'vpc', text: 'AWS::EC2::VPC', written: { text: 'terraform-aws-modules/vpc/aws', docsUrl: 'https://registry.terraform.io/modules/terraform-aws-modules/vpc/aws/latest' } }, catalog, index, OPTIONS);
    assert.match(vpc?.markdown ?? '', /\[Terraform module\]/);
    const unsafe = buildHoverContent({ entryId: 's3', text: 'AWS::S3::Bucket', written: { text: 'x`](command:evil)', docsUrl: 'javascript:alert(1)' } }, catalog, index, OPTIONS);
    assert.ok(unsafe && !unsafe.markdown.includes('javascript:'));
    // The name is inert code, whatever it holds; no link is made of it.
    assert.equal(unsafe.markdown.split('\n---\n')[0].split('  \n')[2].trim(), '``x`](command:evil)``');
  });

  it('a service without a single type shows its notes under the name as written, and nothing without notes', () => {
    const s3 = buildHoverContent({ entryId: 's3', text: 'Amazon S3', written: { text: 'aws_s3_bucket_versioning' } }, catalog, index, OPTIONS);
    assert.ok(s3 && s3.sectionIds.length > 0);
    assert.match(s3.markdown, /`aws_s3_bucket_versioning`/);
  });

  it('caches per written name: the same type written two ways is two hovers', () => {
    const cache = new HoverContentCache();
    const a = cache.get({ entryId: 's3', text: 'AWS::S3::Bucket', written: { text: 's3.Bucket' } }, catalog, index, OPTIONS);
    const b = cache.get({ entryId: 's3', text: 'AWS::S3::Bucket', written: { text: 'aws_s3_bucket' } }, catalog, index, OPTIONS);
    assert.notEqual(a?.markdown, b?.markdown);
  });
});
