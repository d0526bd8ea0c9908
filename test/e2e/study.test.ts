/** Study mode as a person uses it: pick a deck, read the question, Space reveals the answer, a digit rates it. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Study panel', () => {
  const workbench = useWorkbench();

  it('shows a question, reveals its answer on Space, and moves on when rated with a digit', async () => {
    const page = workbench().page;
    await workbench().runCommand('AWS Notes: Study…');
    await workbench().typeInQuickInput('Fargate');
    const deck = workbench().quickInputRows().filter({ hasText: /Fargate/ }).first();
    await deck.waitFor({ state: 'visible' });
    await deck.click();

    const tab = workbench().activeTab();
    await tab.waitFor({ state: 'visible' });
    assert.match((await tab.innerText()).trim(), /^Study: .*Fargate/);
    const frame = page.frameLocator('iframe.webview.ready:visible').frameLocator('#active-frame');
    const question = frame.locator('#question');
    await question.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await frame.locator('#progress').innerText(), /^1 of \d+, /);
    assert.ok((await question.innerText()).trim().length > 20, 'the question has text');
    assert.equal(await frame.locator('#answer-box').isVisible(), false, 'the answer is hidden until revealed');
    assert.equal(await frame.locator('#reveal').isVisible(), true);
    await workbench().moveMouseAway();
    await workbench().screenshot('study-question');

    // Focus the panel as a click would, then Space.
    await question.click();
    await page.keyboard.press('Space');
    const answer = frame.locator('#answer');
    await answer.waitFor({ state: 'visible' });
    assert.ok((await answer.innerText()).trim().length > 20, 'the answer has text');
    assert.match(await frame.locator('#source').innerText(), /^From: /);
    assert.equal(await frame.locator('#ratings button').count(), 4);
    assert.match(await frame.locator('#ratings').innerText(), /Again[\s\S]*Hard[\s\S]*Good[\s\S]*Easy/);
    await workbench().moveMouseAway();
    await workbench().screenshot('study-answer');

    // The deck has one card: Good sends a new card 10 minutes ahead, inside the session's learn-ahead, so it comes back.
    await page.keyboard.press('3');
    await frame.locator('#progress', { hasText: /^2 of 2/ }).waitFor({ state: 'visible' });
    assert.equal(await frame.locator('#answer-box').isVisible(), false, 'the card starts again with its answer hidden');
    await page.keyboard.press('Space');
    await answer.waitFor({ state: 'visible' });
    await page.keyboard.press('4');
    const empty = frame.locator('#empty');
    await empty.waitFor({ state: 'visible' });
    assert.match(await empty.innerText(), /All done for now[\s\S]*2 reviews done in Fargate/);
  });
});
