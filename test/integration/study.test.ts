/**
 * Study mode in a real VS Code: review cards in the panel, then a second
 * session (a new state store over the same global storage, as the next window
 * makes it) finds the same due dates.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AwsNotesApi } from '../../src/api';
import { STUDY_STATE_FILE, StudyStateStore } from '../../src/core/study';
import type { TreeNode } from '../../src/core/tree-model';
import type { StudyFeature } from '../../src/study';
import type { TopicTree } from '../../src/topic-tree';
import { getExtension, openFixture, waitFor } from './helpers';

interface Internals {
  study: StudyFeature;
  topicTree: TopicTree;
  globalStorageUri: vscode.Uri;
}

/** Figures for the handoff note, written beside the harness's results file. */
function writeFigures(figures: Record<string, unknown>): void {
  const results = process.env.AWS_NOTES_TEST_RESULTS;
  if (results) fs.writeFileSync(path.join(path.dirname(results), 'study-timings.json'), `${JSON.stringify(figures, null, 2)}\n`);
}

describe('Study mode', function () {
  this.timeout(60_000);
  let api: AwsNotesApi & { internals: Internals };
  let stateFile = '';

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi & { internals: Internals };
    await api.ready;
    stateFile = path.join(api.internals.globalStorageUri.fsPath, STUDY_STATE_FILE);
    fs.rmSync(stateFile, { force: true });
    await api.internals.study.book.reload();
  });

  after(async () => {
    api.internals.study.panel.webviewPanel?.dispose();
    await api.internals.study.book.flush();
  });

  it('lists the bundled cards through the API, filtered by service alias and category', () => {
    const all = api.cards();
    assert.ok(all.length >= 44, `${all.length} cards`);
    assert.ok(all.every((card) => card.question.trim() && card.answer.trim() && card.sectionId));
    const dynamo = api.cards({ service: 'ddb' });
    assert.ok(dynamo.length > 0 && dynamo.length < all.length);
    assert.ok(dynamo.every((card) => card.services.includes('dynamodb')));
    const storage = api.cards({ category: 'Storage' });
    assert.ok(storage.some((card) => card.services.includes('s3')));
    assert.ok(storage.length < all.length);
  });

  it('reviews cards in the panel and, after a reload of the state, the due dates persist', async () => {
    const { study } = api.internals;
    const shown = () => new Promise<string | null>((resolve) => {
      const listener = study.panel.onDidShow((id) => {
        listener.dispose();
        resolve(id);
      });
    });
    const firstShown = shown();
    await vscode.commands.executeCommand('awsNotes.study', { kind: 'entry', entryId: 'lambda', label: 'Lambda' });
    const firstId = await firstShown;
    assert.ok(firstId, 'the panel showed a card');
    assert.equal(study.panel.webviewPanel?.title, 'Study: Lambda');
    const openMs = { ...study.panel.timings };

    const rated: string[] = [];
    const rateMs: number[] = [];
    for (const rating of ['good', 'easy', 'again'] as const) {
      const card = study.panel.currentCard;
      assert.ok(card, 'a card is on show');
      assert.ok(card.services.includes('lambda') || card.concepts.includes('lambda'), `card of ${card.services.join(',')} in the Lambda deck`);
      const next = shown();
      assert.ok(study.panel.rate(rating, card.id));
      await next;
      rated.push(card.id);
      rateMs.push(study.panel.timings.rateMs ?? NaN);
    }
    await study.book.flush();
    assert.ok(fs.existsSync(stateFile), `${stateFile} was written`);

    const dueBefore = new Map(api.cards().filter((card) => rated.includes(card.id)).map((card) => [card.id, card.due]));
    assert.equal(dueBefore.size, 3);
    for (const due of dueBefore.values()) assert.ok(due && Number.isFinite(Date.parse(due)), `due ${due}`);
    assert.ok(Date.parse(dueBefore.get(rated[1]) as string) - Date.now() > 20 * 3_600_000, 'Easy schedules a new card days ahead');

    // The card rated Again is due again within minutes: the status bar counts it.
    await study.refreshStatus();
    assert.match(study.statusBar?.text ?? '', /^\$\(mortar-board\) [1-9]\d*$/);
    assert.equal(await study.dueToday(), Number((study.statusBar?.text ?? '').split(' ').pop()));

    // The next window: a new store over the same global storage folder.
    const lines: string[] = [];
    const reloaded = new StudyStateStore(api.internals.globalStorageUri.fsPath, (line) => lines.push(line));
    await reloaded.load();
    for (const [id, due] of dueBefore) assert.equal(reloaded.get(id)?.due, due);
    assert.deepEqual(lines, []);

    // Opening again once the workbench has made a webview before: what every open but the window's first costs.
    const warmOpens: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      study.panel.webviewPanel?.dispose();
      const again = shown();
      await vscode.commands.executeCommand('awsNotes.study', { kind: 'all' });
      await again;
      warmOpens.push({ ...study.panel.timings });
    }
    writeFigures({
      firstOpenMs: openMs,
      warmOpenMs: warmOpens,
      rateMs,
      note: 'openMs: awsNotes.study command → the webview reports the first card shown (first = first webview of the window); rateMs: rate() → the webview reports the next card shown',
    });
  });

  it('studies a category from the Topics tree context menu, and a template deck from the Study… command', async () => {
    const { study, topicTree } = api.internals;
    const roots = (await topicTree.getChildren()) as TreeNode[];
    const category = roots.find((node) => node.kind === 'category' && node.name === 'Compute');
    assert.ok(category, 'a Compute category');
    await vscode.commands.executeCommand('awsNotes.studyTopic', category);
    assert.equal(study.panel.webviewPanel?.title, 'Study: Compute');

    await openFixture('templates/sam-api.yaml');
    const cards = api.cards();
    assert.ok(cards.length > 0);
    await vscode.commands.executeCommand('awsNotes.study', { kind: 'template', entryIds: ['dynamodb'], label: 'sam-api.yaml' });
    assert.equal(study.panel.webviewPanel?.title, 'Study: sam-api.yaml');
    await waitFor(() => study.panel.currentCard?.services.includes('dynamodb'), 'a DynamoDB card on show');
  });
});
