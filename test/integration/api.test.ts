/**
 * The public API that `activate()` returns, as another extension would use it.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AwsNotesApi } from '../../src/api';
import { getExtension } from './helpers';

describe('Public API', () => {
  let api: AwsNotesApi;

  before(async () => {
    api = (await getExtension().activate()) as AwsNotesApi;
    await api.ready;
  });

  it('reports the bundled notes in stats() once ready', () => {
    const stats = api.stats();
    assert.ok(stats.files >= 5, JSON.stringify(stats));
    assert.ok(stats.sections > 100, JSON.stringify(stats));
    assert.ok(stats.services > 50, JSON.stringify(stats));
  });

  it('looks up a resource type, an abbreviation and a concept', () => {
    const bucket = api.lookup('AWS::S3::Bucket');
    assert.ok(bucket.length > 0);
    assert.ok(bucket[0].services.includes('s3'), JSON.stringify(bucket[0]));
    const alb = api.lookup('ALB');
    assert.ok(alb.some((s) => /load balancer|alb/i.test(s.title)), alb.map((s) => s.title).join(' | '));
    const placement = api.lookup('placement group');
    assert.match(placement[0].title, /placement group/i);
  });

  it('searches with typos and returns sections that carry every documented field', () => {
    const hits = api.search('placment gorup', 5);
    assert.ok(hits.length > 0 && hits.length <= 5);
    assert.match(hits[0].title, /placement group/i);
    for (const field of ['id', 'title', 'breadcrumb', 'file', 'line', 'services', 'snippet'] as const) {
      assert.ok(field in hits[0], `missing ${field}`);
    }
    assert.ok(path.isAbsolute(hits[0].file));
    assert.equal(typeof hits[0].line, 'number');
  });

  it('returns nothing, and never throws, for plain words and garbage', () => {
    assert.deepEqual(api.lookup('function'), []);
    assert.deepEqual(api.lookup(''), []);
    assert.doesNotThrow(() => api.search('\u0000\uFFFF((*[', 5));
  });
});
