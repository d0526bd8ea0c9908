import * as assert from 'node:assert/strict';
import { matchCategory, parseQuery, type QueryVocabulary } from '../../src/core/search';

const vocabulary: QueryVocabulary = {
  resolveTerm: (term) => ({ s3: 's3', S3: 's3', DDB: 'dynamodb', dynamodb: 'dynamodb', 'route 53': 'route53' })[term],
  categories: () => ['Compute', 'Storage', 'Databases', 'Networking & Content Delivery', 'Machine Learning'],
};

describe('parseQuery', () => {
  it('takes a service filter off the front, by any name the catalog resolves', () => {
    assert.deepEqual(parseQuery('s3: lifecycle rules', vocabulary), { text: 'lifecycle rules', entryId: 's3', entryToken: 's3' });
    assert.equal(parseQuery('ddb:streams', vocabulary).entryId, 'dynamodb');
    assert.equal(parseQuery('ddb:streams', vocabulary).text, 'streams');
  });

  it('takes a category filter by prefix of the name or of one of its words', () => {
    assert.equal(parseQuery('@stor', vocabulary).category, 'Storage');
    assert.equal(parseQuery('@networking cdn', vocabulary).category, 'Networking & Content Delivery');
    assert.equal(parseQuery('@content cdn', vocabulary).category, 'Networking & Content Delivery');
    assert.equal(parseQuery('@machine-learning x', vocabulary).category, 'Machine Learning');
    assert.equal(parseQuery('@data', vocabulary).text, '');
  });

  it('combines both filters in either order', () => {
    const parsed = parseQuery('@data ddb: global tables', vocabulary);
    assert.equal(parsed.category, 'Databases');
    assert.equal(parsed.entryId, 'dynamodb');
    assert.equal(parsed.text, 'global tables');
  });

  it('leaves words that resolve to nothing in the text', () => {
    assert.deepEqual(parseQuery('note: something', vocabulary), { text: 'note: something' });
    assert.deepEqual(parseQuery('@zzz foo', vocabulary), { text: '@zzz foo' });
    assert.equal(parseQuery('AWS::S3::Bucket', vocabulary).entryId, undefined);
    assert.equal(parseQuery('@', vocabulary).category, undefined);
  });

  it('survives a catalog that throws', () => {
    const broken: QueryVocabulary = { resolveTerm: () => { throw new Error('boom'); }, categories: () => [] };
    assert.deepEqual(parseQuery('s3: x', broken), { text: 's3: x' });
  });
});

describe('matchCategory', () => {
  it('prefers a prefix of the whole name, then of a word', () => {
    assert.equal(matchCategory('comp', vocabulary.categories()), 'Compute');
    assert.equal(matchCategory('learn', vocabulary.categories()), 'Machine Learning');
    assert.equal(matchCategory('', vocabulary.categories()), undefined);
    assert.equal(matchCategory('xyz', vocabulary.categories()), undefined);
  });
});
