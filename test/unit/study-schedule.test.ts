import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cardId,
  mergeSchedules,
  parseStudyState,
  ReviewSession,
  serializeStudyState,
  STUDY_STATE_FILE,
  StudyScheduler,
  StudyStateStore,
  type CardSchedule,
  type Clock,
  type StudyCard,
} from '../../src/core/study';
import { useTemporaryFolder } from './support/temporary-folder';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A clock that moves only when a test says so. */
class FakeClock implements Clock {
  constructor(public time: number) {}
  now(): Date {
    return new Date(this.time);
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

const START = Date.parse('2026-03-02T09:00:00.000Z');

function card(n: number, services: string[] = ['s3']): StudyCard {
  const question = `Question ${n}?`;
  const answer = `Answer ${n}.`;
  return { id: cardId('qa', question, answer), kind: 'qa', question, answer, sectionId: `s${n}`, sectionTitle: question, services, concepts: [], origin: 'bundled' };
}

class MapBook {
  readonly map = new Map<string, CardSchedule>();
  get(id: string) {
    return this.map.get(id);
  }
  record(id: string, schedule: CardSchedule) {
    this.map.set(id, schedule);
  }
}

describe('Study scheduling with FSRS (fake clock)', () => {
  it('steps a new card through learning (1 min, 10 min) into review, and grows the interval with each Good', () => {
    const clock = new FakeClock(START);
    const scheduler = new StudyScheduler(clock);
    const again = scheduler.rate(undefined, 'again');
    assert.equal(Date.parse(again.due) - START, 1 * MINUTE);
    assert.equal(again.state, 1, 'learning');

    const good = scheduler.rate(undefined, 'good');
    assert.equal(Date.parse(good.due) - START, 10 * MINUTE);
    assert.equal(good.lastReview, new Date(START).toISOString());

    clock.advance(10 * MINUTE);
    const graduated = scheduler.rate(good, 'good');
    assert.equal(graduated.state, 2, 'review');
    const firstInterval = Date.parse(graduated.due) - clock.time;
    assert.ok(firstInterval >= 1 * DAY, `first interval ${firstInterval / DAY} days`);

    clock.time = Date.parse(graduated.due);
    const second = scheduler.rate(graduated, 'good');
    const secondInterval = Date.parse(second.due) - clock.time;
    assert.ok(secondInterval > firstInterval * 1.5, `second interval ${secondInterval / DAY} days after ${firstInterval / DAY}`);
    assert.equal(second.reps, 3);
  });

  it('orders the ratings: Again < Hard < Good < Easy, and Easy skips learning', () => {
    const scheduler = new StudyScheduler(new FakeClock(START));
    const due = (['again', 'hard', 'good', 'easy'] as const).map((rating) => Date.parse(scheduler.rate(undefined, rating).due));
    assert.deepEqual([...due].sort((a, b) => a - b), due);
    assert.equal(scheduler.rate(undefined, 'easy').state, 2);
    assert.ok(due[3] - START >= DAY);
  });

  it('sends a forgotten review card to relearning with a lapse, due within minutes', () => {
    const clock = new FakeClock(START);
    const scheduler = new StudyScheduler(clock);
    const review = scheduler.rate(undefined, 'easy');
    clock.time = Date.parse(review.due) + DAY;
    const lapsed = scheduler.rate(review, 'again');
    assert.equal(lapsed.state, 3, 'relearning');
    assert.equal(lapsed.lapses, 1);
    assert.ok(Date.parse(lapsed.due) - clock.time <= 10 * MINUTE);
    assert.ok(lapsed.stability < review.stability);
  });
});

describe('Study review session', () => {
  it('shows overdue cards first (most overdue first), then new cards up to the limit, and counts "due today"', () => {
    const clock = new FakeClock(START);
    const book = new MapBook();
    const scheduler = new StudyScheduler(clock);
    const cards = [card(1), card(2), card(3), card(4), card(5)];
    book.record(cards[3].id, { ...scheduler.rate(undefined, 'easy'), due: new Date(START - DAY).toISOString() });
    book.record(cards[4].id, { ...scheduler.rate(undefined, 'easy'), due: new Date(START - 2 * DAY).toISOString() });
    book.record(cards[2].id, { ...scheduler.rate(undefined, 'easy'), due: new Date(START + 5 * DAY).toISOString() });
    const session = new ReviewSession(cards, book, scheduler, 1);
    assert.equal(session.current?.id, cards[4].id);
    assert.deepEqual(session.progress(), { position: 1, total: 3, dueToday: 2, newCards: 2 });
    session.rate('good');
    assert.equal(session.current?.id, cards[3].id);
    session.rate('good');
    assert.equal(session.current?.id, cards[0].id, 'then one new card');
    assert.deepEqual(session.progress(), { position: 3, total: 3, dueToday: 0, newCards: 2 });
  });

  it('brings a card rated Again back later in the same session, and ignores a rating meant for another card', () => {
    const book = new MapBook();
    const session = new ReviewSession([card(1), card(2)], book, new StudyScheduler(new FakeClock(START)), 10);
    assert.equal(session.rate('good', card(2).id), undefined, 'a stale click rates nothing');
    session.rate('again');
    assert.equal(session.current?.id, card(2).id);
    session.rate('easy');
    assert.equal(session.current?.id, card(1).id, 'the forgotten card comes back');
    assert.deepEqual(session.progress(), { position: 3, total: 3, dueToday: 1, newCards: 0 });
    session.rate('easy');
    assert.equal(session.current, undefined);
    assert.deepEqual(session.progress(), { position: 3, total: 3, dueToday: 0, newCards: 0 });
  });
});

describe('Study state file', () => {
  const scheduler = new StudyScheduler(new FakeClock(START));
  const schedule = scheduler.rate(undefined, 'good');

  it('round-trips schedules and drops entries that are not schedules', () => {
    const text = serializeStudyState(new Map([[card(1).id, schedule]]));
    const parsed = parseStudyState(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.ok && [...parsed.schedules], [[card(1).id, schedule]]);
    const withJunk = JSON.parse(text) as { cards: Record<string, unknown> };
    withJunk.cards['0123456789abcdef'] = { due: 'soon' };
    withJunk.cards['not-an-id'] = schedule;
    const reparsed = parseStudyState(JSON.stringify(withJunk));
    assert.ok(reparsed.ok && reparsed.dropped === 2 && reparsed.schedules.size === 1);
  });

  it('tells corrupt, foreign and newer files apart', () => {
    const reason = (text: string) => {
      const parsed = parseStudyState(text);
      return parsed.ok ? 'ok' : parsed.reason;
    };
    assert.equal(reason('{"format":"aws-notes-study-state","version":1,"cards":{'), 'corrupt');
    assert.equal(reason('\u0000\u0001binary'), 'corrupt');
    assert.equal(reason('{"recentlyOpened":[]}'), 'foreign');
    assert.equal(reason('[1,2]'), 'foreign');
    assert.equal(reason('{"format":"aws-notes-study-state","version":2,"cards":{}}'), 'newer');
    assert.equal(reason('\uFEFF{"format":"aws-notes-study-state","version":1,"cards":{}}'), 'ok');
  });

  it('merges per card: the latest rating wins, cards only one side has are kept', () => {
    const early = { ...schedule, lastReview: '2026-03-01T00:00:00.000Z', reps: 1 };
    const late = { ...schedule, lastReview: '2026-03-02T00:00:00.000Z', reps: 2 };
    const merged = mergeSchedules(new Map([['a', late], ['b', early]]), new Map([['a', early], ['c', early]]));
    assert.deepEqual([...merged].sort(), [['a', late], ['b', early], ['c', early]]);
  });
});

describe('Study state store on disk', () => {
  const folder = useTemporaryFolder('aws-notes-study-');
  const schedule = new StudyScheduler(new FakeClock(START)).rate(undefined, 'good');

  it('keeps ratings across a reload (a new store over the same folder)', async () => {
    const first = new StudyStateStore(folder.path, () => undefined);
    await first.load();
    await first.record(card(1).id, schedule);
    const second = new StudyStateStore(folder.path, () => undefined);
    await second.load();
    assert.deepEqual(second.get(card(1).id), schedule);
  });

  for (const [label, content, reason] of [
    ['a corrupt file', '{"format":"aws-notes-study-state","version":1,"cards":{"x', 'corrupt'],
    ['a foreign file', '{"some":"other tool"}', 'foreign'],
    ['a file from a newer version', '{"format":"aws-notes-study-state","version":7,"cards":{}}', 'newer'],
  ] as const) {
    it(`sets ${label} aside with one log line and starts afresh, never throwing`, async () => {
      fs.mkdirSync(folder.path, { recursive: true });
      fs.writeFileSync(path.join(folder.path, STUDY_STATE_FILE), content);
      const lines: string[] = [];
      const store = new StudyStateStore(folder.path, (line) => lines.push(line));
      await store.load();
      assert.equal(store.size, 0);
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /set it aside as study-state\.json\./);
      const aside = fs.readdirSync(folder.path).filter((name) => name.startsWith(`${STUDY_STATE_FILE}.${reason}-`));
      assert.equal(aside.length, 1);
      assert.equal(fs.readFileSync(path.join(folder.path, aside[0]), 'utf8'), content, 'the file is kept as it was');
      await store.record(card(1).id, schedule);
      assert.ok(parseStudyState(fs.readFileSync(path.join(folder.path, STUDY_STATE_FILE), 'utf8')).ok);
    });
  }

  it('lets two windows review at once: each keeps its cards, the later rating of a shared card wins, the file stays valid', async () => {
    const a = new StudyStateStore(folder.path, () => undefined);
    const b = new StudyStateStore(folder.path, () => undefined);
    await Promise.all([a.load(), b.load()]);
    const at = (minutes: number, reps: number) => ({ ...schedule, lastReview: new Date(START + minutes * MINUTE).toISOString(), reps });
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(a.record(card(100 + i).id, at(i, 1)));
      writes.push(b.record(card(200 + i).id, at(i, 1)));
    }
    writes.push(a.record(card(1).id, at(30, 5)), b.record(card(1).id, at(31, 6)));
    await Promise.all(writes);
    const fresh = new StudyStateStore(folder.path, () => undefined);
    await fresh.load();
    assert.equal(fresh.size, 41);
    assert.equal(fresh.get(card(1).id)?.reps, 6);
    assert.deepEqual(fs.readdirSync(folder.path), [STUDY_STATE_FILE], 'no temporary or lock file left');
  });

  it('never replaces a state file it cannot read at the moment (EBUSY): past reviews survive, and the next save writes both', async () => {
    const earlier = new StudyStateStore(folder.path, () => undefined);
    await earlier.load();
    await earlier.record(card(1).id, schedule);
    const file = path.join(folder.path, STUDY_STATE_FILE);
    const before = fs.readFileSync(file, 'utf8');
    const realReadFile = fs.promises.readFile;
    const busy = (target: unknown) => String(target) === file;
    fs.promises.readFile = (async (target: Parameters<typeof realReadFile>[0], ...rest: unknown[]) => {
      if (busy(target)) throw Object.assign(new Error(`EBUSY: resource busy or locked, open '${file}'`), { code: 'EBUSY' });
      return (realReadFile as (...args: unknown[]) => Promise<unknown>)(target, ...rest);
    }) as typeof realReadFile;
    const lines: string[] = [];
    const store = new StudyStateStore(folder.path, (line) => lines.push(line));
    try {
      await store.load();
      await store.record(card(2).id, schedule);
      await store.record(card(3).id, schedule);
    } finally {
      fs.promises.readFile = realReadFile;
    }
    assert.equal(fs.readFileSync(file, 'utf8'), before, 'the file is left as it was');
    assert.ok(store.get(card(2).id), 'the rating is kept in memory');
    assert.equal(lines.filter((line) => /could not read/.test(line)).length, 1, lines.join('\n'));
    await store.record(card(4).id, schedule);
    const reread = new StudyStateStore(folder.path, () => undefined);
    await reread.load();
    assert.deepEqual([1, 2, 3, 4].map((i) => Boolean(reread.get(card(i).id))), [true, true, true, true]);
  });

  it('logs, and keeps the ratings in memory, when the folder cannot be written', async () => {
    const blocked = path.join(folder.path, 'blocked');
    fs.writeFileSync(blocked, 'a file where the folder should be');
    const lines: string[] = [];
    const store = new StudyStateStore(blocked, (line) => lines.push(line));
    await store.load();
    await store.record(card(1).id, schedule);
    await store.record(card(2).id, schedule);
    assert.deepEqual(store.get(card(1).id), schedule);
    assert.equal(lines.length, 1, 'one line, not one per rating');
    assert.match(lines[0], /could not save the review state/);
  });
});

describe('Study state store while saving', () => {
  const folder = useTemporaryFolder('aws-notes-study-race-');

  it('keeps a rating recorded while an earlier save is still on disk', async () => {
    const store = new StudyStateStore(folder.path, () => undefined);
    await store.load();
    const scheduler = new StudyScheduler(new FakeClock(START));
    // Ratings arrive on later turns of the event loop, while earlier saves are between reading and renaming.
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      saves.push(store.record(card(i).id, scheduler.rate(undefined, 'good')));
      await new Promise((resolve) => setTimeout(resolve, i % 3));
    }
    await Promise.all(saves);
    for (let i = 0; i < 40; i++) assert.ok(store.get(card(i).id), `card ${i} still in memory`);
    const reread = new StudyStateStore(folder.path, () => undefined);
    await reread.load();
    assert.equal(reread.size, 40);
  });
});
