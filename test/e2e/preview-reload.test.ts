/** The note preview survives a window reload, as VS Code's own Markdown preview does. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Note preview', () => {
  const workbench = useWorkbench();

  it('comes back with the same section after "Developer: Reload Window"', async () => {
    await workbench().runCommand('AWS Notes: Search Notes');
    await workbench().typeInQuickInput('multi-az');
    const first = workbench().quickInputRows().filter({ hasText: /multi-az/i }).first();
    await first.waitFor({ state: 'visible' });
    const title = (await first.locator('.label-name').first().innerText()).trim();
    await first.click();
    const tab = workbench().activeTab();
    await tab.waitFor({ state: 'visible' });
    assert.equal((await tab.innerText()).trim(), title, 'the preview tab is titled after the chosen section');
    const before = await workbench().activeEditorContent();

    await workbench().runCommand('Developer: Reload Window');
    // The page reloads; the restored tab and its content come back once the extension re-activates.
    const restoredTab = workbench().page.locator('.editor-group-container .tab', { hasText: title }).first();
    await restoredTab.waitFor({ state: 'visible', timeout: 60_000 });
    // A restored panel says "Loading your notes…" until the index is built.
    let after = await workbench().activeEditorContent();
    for (let tries = 0; /Loading your notes/.test(after) && tries < 60; tries++) {
      await workbench().page.waitForTimeout(250);
      after = await workbench().activeEditorContent();
    }
    assert.equal(await workbench().tabCount(), 1, 'one preview tab, restored');
    assert.ok(after.includes(before.split('\n').find((line) => line.trim().length > 20)?.trim() ?? title), 'the restored preview shows the same section text');
    await workbench().screenshot('preview-restored-after-reload');
  });
});
