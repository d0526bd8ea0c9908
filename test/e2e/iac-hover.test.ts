/** The hover a person sees over a Terraform resource and a CDK construct (the README's screenshots). */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Hover in Terraform and CDK code', () => {
  const workbench = useWorkbench();

  it('shows DynamoDB notes and the Terraform docs link for aws_dynamodb_table', async () => {
    await workbench().openFile('terraform/main.tf');
    const hover = await workbench().hoverOverMatch('resource "aws_dynamodb_table"', 0.6);
    const text = await hover.innerText();
    assert.match(text, /DynamoDB/, 'the hover is about DynamoDB');
    assert.match(text, /aws_dynamodb_table/);
    assert.match(text, /Terraform docs/);
    assert.ok(text.length > 200, `hover text is too short to hold notes:\n${text}`);
    await workbench().screenshot('hover-terraform');
  });

  it('shows S3 notes and the CDK API reference for new s3.Bucket(', async () => {
    await workbench().openFile('cdk-ts/lib/orders-stack.ts');
    const hover = await workbench().hoverOverMatch('new s3.Bucket(', 0.7);
    const text = await hover.innerText();
    assert.match(text, /S3/, 'the hover is about S3');
    assert.match(text, /CDK API reference/);
    assert.ok(text.length > 200, `hover text is too short to hold notes:\n${text}`);
    await workbench().screenshot('hover-cdk');
  });
});
