/**
 * Writing a note from the hover (issue 17), as a person does it: hover a
 * resource type with no notes, click "Add a note", accept the offer of an
 * `aws-notes/` folder, write a line in the note that opens, save it, and see
 * it in the hover.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useWorkbench } from './workbench';

/** The fixture workspace the harness opens (the e2e tests run from out/test/e2e). */
const workspace = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace');
const templateFile = path.join(workspace, 'templates', 'new-note-e2e.yaml');
const notesFolder = path.join(workspace, 'aws-notes');
const settingsFolder = path.join(workspace, '.vscode');

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Description: A container web front end on App Runner, reaching the VPC through a connector.',
  'Resources:',
  '  Web:',
  '    Type: AWS::AppRunner::Service',
  '    Properties:',
  '      ServiceName: storefront',
  '  Connector:',
  '    Type: AWS::AppRunner::VpcConnector',
  '    Properties:',
  '      Subnets: [subnet-0a1b2c3d]',
  '',
].join('\n');

describe('New note from the hover', () => {
  const workbench = useWorkbench();

  before(() => {
    assert.ok(!fs.existsSync(notesFolder) && !fs.existsSync(settingsFolder), 'the fixture workspace has no aws-notes/ or .vscode/ of its own');
    fs.writeFileSync(templateFile, TEMPLATE);
  });

  after(() => {
    for (const target of [templateFile, notesFolder, settingsFolder]) fs.rmSync(target, { recursive: true, force: true });
  });

  it('hovers a type with no notes, adds a note from the link, and the note is in the hover once saved', async () => {
    const page = workbench().page;
    const sideBar = await workbench().clickActivityBarItem('AWS Notes');
    await workbench().openFile('templates/new-note-e2e.yaml');
    // "In this file" marks App Runner as having no notes.
    await sideBar.locator('.monaco-list-row', { hasText: 'no notes' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    // The activity bar's "AWS Notes" tooltip must be gone, or it is the hover found below.
    await workbench().moveMouseAway();

    const hover = await workbench().hoverOverText('AWS::AppRunner::Service');
    assert.match(await hover.innerText(), /No notes yet on App Runner/);
    const addNote = hover.locator('a', { hasText: 'Add a note' }).first();
    await addNote.waitFor({ state: 'visible' });
    await workbench().screenshot('new-note-hover');

    await addNote.click();
    const create = page.locator('.notifications-toasts .monaco-button', { hasText: 'Create aws-notes/' }).first();
    await create.waitFor({ state: 'visible' });
    await create.click();
    await workbench().activeTab().filter({ hasText: 'app-runner.md' }).waitFor({ state: 'visible' });
    await page.keyboard.type('App Runner scales down to zero requests; provisioned instances are still billed per second.');
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+S' : 'Control+S');
    const noteFile = path.join(notesFolder, 'app-runner.md');
    const deadline = Date.now() + 10_000;
    while (!fs.readFileSync(noteFile, 'utf8').includes('zero requests') && Date.now() < deadline) await page.waitForTimeout(100);
    const note = fs.readFileSync(noteFile, 'utf8');
    assert.match(note, /^# AWS App Runner\n\n## AWS::AppRunner::Service\n\nApp Runner scales down to zero[^\n]*\n\n## AWS::AppRunner::VpcConnector\n/);
    assert.ok(note.includes('## AWS::AppRunner::VpcConnector'), 'the template\'s other App Runner type has its heading');
    await workbench().moveMouseAway();
    await workbench().screenshot('new-note-created');

    // Back to the template through its tab (it is still open beside the note).
    await page.locator('.editor-group-container .tab', { hasText: 'new-note-e2e.yaml' }).first().click();
    await workbench().activeTab().filter({ hasText: 'new-note-e2e.yaml' }).waitFor({ state: 'visible' });
    const after = await workbench().hoverOverText('AWS::AppRunner::Service');
    assert.match(await after.innerText(), /scales down to zero/);
    await workbench().screenshot('new-note-in-hover');
  });
});
