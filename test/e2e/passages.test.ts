/** Passages in a real workbench: found by search, listed in a hover, opened in the preview at the passage. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Passages in the workbench', () => {
  const workbench = useWorkbench();

  it('search "s3 versioning" lists the versioning passage first, and opening it shows it in its chapter', async () => {
    await workbench().runCommand('AWS Notes: Search Notes');
    await workbench().typeInQuickInput('s3 versioning');
    const first = workbench().quickInputRows().first();
    await first.filter({ hasText: 'Versioning' }).waitFor({ state: 'visible' });
    const text = await first.innerText();
    assert.match(text.split('\n')[0], /^Versioning/, `the first row is the passage:\n${text}`);
    assert.match(text, /version/i, 'with an excerpt about versioning');
    await workbench().moveMouseAway();
    await workbench().screenshot('search-s3-versioning');

    await first.click();
    const content = await workbench().activeEditorContent();
    assert.match(content, /S3: introduction/, 'the text before the passage is folded above it');
    assert.match(content, /version your files/i, 'the passage is shown');
    await workbench().moveMouseAway();
    await workbench().screenshot('preview-passage');
  });

  it('the hover over AWS::EC2::SecurityGroup in a template lists passage titles', async () => {
    await workbench().openFile('templates/web-app.yaml');
    const hover = await workbench().hoverOverText('AWS::EC2::SecurityGroup');
    const text = await hover.innerText();
    assert.match(text, /Security groups/i, 'the hover is about security groups');
    assert.match(text, /Security group\s*·\s*solutions-architect-associate\.md › EC2/, 'it lists the passage of the EC2 chapter, by its title');
    await workbench().screenshot('hover-passages');
  });
});
