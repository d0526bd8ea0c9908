/** The hover a person sees over a setting (a property key) in a CloudFormation template. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Property hover in a CloudFormation template', () => {
  const workbench = useWorkbench();

  it('shows the official line, the docs link and the notes on VisibilityTimeout', async () => {
    await workbench().openFile('templates/web-app.yaml');
    const hover = await workbench().hoverOverText('VisibilityTimeout');
    const text = await hover.innerText();
    assert.match(text, /VisibilityTimeout · SQS/, `the hover names the setting and its service:\n${text}`);
    assert.match(text, /unavailable after a message is delivered/, 'the official one-line description');
    assert.match(text, /AWS docs/);
    assert.match(text, /SQS: Configurations/, 'the passage on visibility timeout');
    await workbench().screenshot('property-hover-visibility-timeout');
  });
});
