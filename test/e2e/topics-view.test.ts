/** The AWS Notes activity-bar container and its Topics tree. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('AWS Notes activity-bar view', () => {
  const workbench = useWorkbench();

  it('shows categories, and clicking a section opens it', async () => {
    const sideBar = await workbench().clickActivityBarItem('AWS Notes');
    assert.match(await sideBar.locator('.composite.title').innerText(), /AWS NOTES/i);
    const rows = workbench().treeRows(sideBar);
    const categories = rows.and(workbench().page.locator('[aria-level="1"]'));
    await categories.first().waitFor({ state: 'visible' });
    assert.ok(await categories.count() >= 2, 'more than one category at the top level');

    // Category → service → section: expand down the first branch and open the first leaf.
    await workbench().expandTreeRow(categories.first());
    const service = rows.and(workbench().page.locator('[aria-level="2"]')).first();
    await service.waitFor({ state: 'visible' });
    await workbench().expandTreeRow(service);
    const section = rows.and(workbench().page.locator('[aria-level="3"]')).first();
    await section.waitFor({ state: 'visible' });
    const sectionLabel = (await section.locator('.label-name').first().innerText()).trim();
    assert.equal(await workbench().tabCount(), 0, 'no editor is open before the click');
    await section.click();

    const tab = workbench().activeTab();
    await tab.waitFor({ state: 'visible' });
    assert.ok((await tab.innerText()).trim().length > 0, `clicking "${sectionLabel}" opened an editor`);
    assert.ok((await workbench().activeEditorContent()).includes(sectionLabel), `the opened editor shows the section "${sectionLabel}"`);
    await workbench().screenshot('topics-view-section-opened');
  });
});
