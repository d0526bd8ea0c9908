/**
 * Proves the harness itself: the VS Code server serves a workbench with the
 * fixture workspace, Quick Open opens a CloudFormation template in an editor
 * and the screenshot lands in test-results/screenshots/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { useWorkbench } from './workbench';

describe('Workbench', () => {
  const workbench = useWorkbench();

  it('opens a YAML template from the fixture workspace in an editor', async () => {
    await workbench().openFile('templates/web-app.yaml');
    const text = await workbench().editorText();
    assert.match(text, /AWSTemplateFormatVersion/);
    assert.match(text, /Type: AWS::S3::Bucket/);
    const languageStatus = workbench().page.locator('.statusbar-item[id="status.editor.mode"]');
    assert.equal((await languageStatus.innerText()).trim(), 'YAML');
    const shot = await workbench().screenshot('workbench-yaml-template');
    assert.ok(fs.statSync(shot).size > 10_000, `screenshot ${shot} is suspiciously small`);
  });

  it('shows an editor hover under the mouse (a link in the Markdown doc)', async () => {
    await workbench().openFile('docs/architecture.md');
    const hover = await workbench().hoverOverText('reliability-pillar/welcome.html');
    assert.match(await hover.innerText(), /Follow link/);
  });

  it('switches side bar views from the activity bar', async () => {
    const sideBar = await workbench().clickActivityBarItem('Search');
    assert.match(await sideBar.locator('.composite.title').innerText(), /SEARCH/);
    await workbench().clickActivityBarItem('Explorer');
    await workbench().explorerItem('templates').waitFor({ state: 'visible' });
  });
});
