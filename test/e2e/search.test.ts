/** The command-palette search over every note section. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Search Notes command', () => {
  const workbench = useWorkbench();

  it('lists relevant sections for a query and opens the chosen one', async () => {
    await workbench().runCommand('AWS Notes: Search Notes');
    await workbench().typeInQuickInput('placement group');
    const rows = workbench().quickInputRows();
    const relevant = rows.filter({ hasText: /placement/i });
    await relevant.first().waitFor({ state: 'visible' });
    assert.ok(await rows.count() >= 1);
    await workbench().moveMouseAway();
    await workbench().screenshot('search-placement-group');

    assert.equal(await workbench().tabCount(), 0, 'no editor is open before choosing');
    await relevant.first().click();
    const tab = workbench().activeTab();
    await tab.waitFor({ state: 'visible' });
    assert.ok((await tab.innerText()).trim().length > 0, 'choosing a result opened an editor');
    assert.match(await workbench().activeEditorContent(), /placement/i, 'the opened section is about placement groups');
    await workbench().screenshot('search-result-opened');
  });
});
