/** The hover a person sees over a resource type in a CloudFormation template. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Hover in a CloudFormation template', () => {
  const workbench = useWorkbench();

  it('shows notes and links for AWS::S3::Bucket', async () => {
    await workbench().openFile('templates/web-app.yaml');
    const hover = await workbench().hoverOverText('AWS::S3::Bucket');
    const text = await hover.innerText();
    assert.match(text, /S3/, 'the hover is about S3');
    // Notes, not just the one-line type description: note text runs long.
    assert.ok(text.length > 200, `hover text is too short to hold notes:\n${text}`);
    const links = hover.locator('a');
    assert.ok(await links.count() >= 1, 'the hover has links (to the notes and the docs)');
    await workbench().screenshot('hover-s3-bucket');
  });
});
