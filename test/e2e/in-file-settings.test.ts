/** "In this file" on a template in a real workbench: under a service, the template's settings the notes cover. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('In this file for a template', () => {
  const workbench = useWorkbench();

  it('lists SQS › Visibility timeout with its passage', async () => {
    await workbench().openFile('templates/web-app.yaml');
    const sideBar = await workbench().clickActivityBarItem('AWS Notes');
    const rows = workbench().treeRows(sideBar);
    const inFile = rows.filter({ hasText: 'In this file' }).first();
    await inFile.waitFor({ state: 'visible' });
    await workbench().expandTreeRow(inFile);
    const sqs = rows.and(workbench().page.locator('[aria-level="2"]')).filter({ hasText: /^SQS/ }).first();
    await sqs.waitFor({ state: 'visible' });
    await workbench().expandTreeRow(sqs);
    const setting = rows.and(workbench().page.locator('[aria-level="3"]')).filter({ hasText: 'Visibility timeout' }).first();
    await setting.waitFor({ state: 'visible' });
    await workbench().expandTreeRow(setting);
    const passage = rows.and(workbench().page.locator('[aria-level="4"]')).first();
    await passage.waitFor({ state: 'visible' });
    assert.match(await passage.innerText(), /Message Visibility Timeout/, 'the passage on the setting, not its whole chapter');
    await workbench().screenshot('in-this-file-settings');
  });
});
