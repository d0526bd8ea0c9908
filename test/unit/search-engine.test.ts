import * as assert from 'node:assert/strict';
import { SearchEngine, type SearchCatalog } from '../../src/core/search';
import type { CatalogEntry, NoteSection } from '../../src/core/types';

/** A small catalog with the shapes the real one has: abbreviations, a refinement, categories. */
function smallCatalog(): SearchCatalog {
  const list: CatalogEntry[] = [
    entry('s3', 'Amazon S3', 'S3', 'Storage', ['simple storage service'], ['S3']),
    entry('ebs', 'Amazon EBS', 'EBS', 'Storage', ['elastic block store'], ['EBS']),
    entry('dynamodb', 'Amazon DynamoDB', 'DynamoDB', 'Databases', ['dynamo', 'dynamodb'], ['DDB']),
    entry('rds', 'Amazon RDS', 'RDS', 'Databases', ['relational database service'], ['RDS']),
    entry('elb', 'Elastic Load Balancing', 'ELB', 'Networking & Content Delivery', ['load balancer', 'elastic load balancer'], ['ELB']),
    entry('alb', 'Application Load Balancer', 'ALB', 'Networking & Content Delivery', ['application load balancer'], ['ALB'], 'elb'),
    entry('nlb', 'Network Load Balancer', 'NLB', 'Networking & Content Delivery', ['network load balancer'], ['NLB'], 'elb'),
    entry('sqs', 'Amazon SQS', 'SQS', 'Application Integration', ['simple queue service'], ['SQS']),
    entry('sns', 'Amazon SNS', 'SNS', 'Application Integration', ['simple notification service'], ['SNS']),
    entry('ec2', 'Amazon EC2', 'EC2', 'Compute', ['elastic compute cloud'], ['EC2']),
    { ...entry('placement-groups', 'Placement groups', 'Placement groups', 'Compute', ['placement group'], []), kind: 'concept' },
  ];
  const entries = new Map(list.map((e) => [e.id, e]));
  return {
    entries,
    get: (id) => entries.get(id),
    categories: () => ['Compute', 'Storage', 'Databases', 'Networking & Content Delivery', 'Application Integration'],
    resolveTerm(term) {
      for (const e of list) {
        if (e.id === term.toLowerCase() || e.abbreviations.includes(term)) return e.id;
        if (e.aliases.includes(term.toLowerCase()) || e.name.toLowerCase() === term.toLowerCase()) return e.id;
      }
      return undefined;
    },
  };
}

function entry(id: string, name: string, shortName: string, category: string, aliases: string[], abbreviations: string[], parent?: string): CatalogEntry {
  return { id, name, shortName, kind: 'service', category, aliases, abbreviations, namespaces: [], ...(parent ? { parent } : {}) };
}

let lineCounter = 0;
function section(title: string, body: string, tags: { services?: string[]; concepts?: string[]; parents?: string[]; file?: string } = {}): NoteSection {
  const file = tags.file ?? '/notes/test.md';
  const line = (lineCounter += 10);
  return {
    id: `${file}#${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title,
    breadcrumb: ['test.md', ...(tags.parents ?? [])],
    file,
    line,
    endLine: line + 5,
    services: tags.services ?? [],
    concepts: tags.concepts ?? [],
    snippet: body.slice(0, 100),
    body,
    headings: [],
    kind: 'note',
    origin: 'bundled',
  };
}

const SECTIONS = [
  section('Placement groups', 'Cluster placement keeps EC2 instances on the same rack for low latency. Spread and partition placement reduce correlated failure.', { services: ['ec2'], concepts: ['placement-groups'] }),
  section('DynamoDB', 'DynamoDB is a serverless key-value and document database with single-digit millisecond latency. Use on-demand capacity for spiky traffic.', { services: ['dynamodb'] }),
  section('DynamoDB Accelerator (DAX)', 'DAX is an in-memory cache in front of DynamoDB tables.', { services: ['dynamodb'], parents: ['DynamoDB'] }),
  section('Difference between SQS and SNS', 'SQS is a pull-based queue; SNS pushes notifications to many subscribers (fan-out).', { services: ['sqs', 'sns'] }),
  section('SQS visibility timeout', 'A message stays invisible to other consumers while one consumer processes it.', { services: ['sqs'] }),
  section('SNS fan-out', 'Publish once, deliver to many SQS queues, Lambda functions and endpoints.', { services: ['sns', 'sqs'] }),
  section('ALB vs NLB', 'The Application Load Balancer routes HTTP at layer 7; the Network Load Balancer handles TCP and UDP at layer 4 with static IPs.', { services: ['alb', 'nlb', 'elb'] }),
  section('Elastic Load Balancer', 'ELB spreads traffic across targets in several Availability Zones and health-checks them.', { services: ['elb'] }),
  section('S3 storage classes', 'Standard, Intelligent-Tiering, Standard-IA, One Zone-IA, Glacier and Deep Archive trade retrieval time for price.', { services: ['s3'] }),
  section('S3 bucket policies', 'A bucket policy grants access to buckets and objects; block public access overrides it.', { services: ['s3'] }),
  section('EBS volume types', 'gp3, io2, st1 and sc1 volumes differ in IOPS and throughput.', { services: ['ebs', 'ec2'] }),
  section('RDS Multi-AZ', 'A synchronous standby in another Availability Zone takes over on failure.', { services: ['rds'] }),
];

function engineWith(sections = SECTIONS): SearchEngine {
  const engine = new SearchEngine(smallCatalog());
  engine.addSections(sections);
  return engine;
}

function titles(engine: SearchEngine, query: string, limit = 5): string[] {
  return engine.search(query, { limit }).map((hit) => hit.section.title);
}

describe('SearchEngine', () => {
  const engine = engineWith();

  it('puts the section whose title names the topic first', () => {
    assert.equal(titles(engine, 'placement groups')[0], 'Placement groups');
    assert.equal(titles(engine, 'storage classes')[0], 'S3 storage classes');
  });

  it('tolerates typos', () => {
    assert.equal(titles(engine, 'placment gorup ')[0], 'Placement groups');
    assert.equal(titles(engine, 'dynamdb ')[0], 'DynamoDB');
    assert.equal(titles(engine, 'visibilty timeout')[0], 'SQS visibility timeout');
  });

  it('expands abbreviations through the catalog', () => {
    const ddb = titles(engine, 'ddb');
    assert.ok(ddb.slice(0, 2).includes('DynamoDB'), ddb.join(' | '));
    assert.ok(ddb.includes('DynamoDB Accelerator (DAX)'));
    assert.ok(!ddb.includes('S3 bucket policies'));
  });

  it('answers comparisons with the section that compares them', () => {
    assert.equal(titles(engine, 'sqs vs sns')[0], 'Difference between SQS and SNS');
    assert.equal(titles(engine, 'alb vs nlb')[0], 'ALB vs NLB');
  });

  it('ignores word order', () => {
    assert.equal(titles(engine, 'groups placement')[0], 'Placement groups');
    assert.equal(titles(engine, 'timeout visibility sqs')[0], 'SQS visibility timeout');
  });

  it('matches the word being typed as a prefix', () => {
    assert.equal(titles(engine, 'visib')[0], 'SQS visibility timeout');
    assert.equal(titles(engine, 'bucket pol')[0], 'S3 bucket policies');
  });

  it('finds a multi-word catalog name (load balancer) through its tags', () => {
    const hits = titles(engine, 'application load balancer', 3);
    assert.equal(hits[0], 'ALB vs NLB');
  });

  it('lists titles with a matching initial for a one-letter query', () => {
    const hits = titles(engine, 'p', 20);
    assert.equal(hits[0], 'Placement groups');
    for (const title of hits) assert.match(title, /(^|[^a-z0-9])p/i);
  });

  it('restricts to a service with a `service:` prefix, including its refinements', () => {
    const s3 = titles(engine, 's3: policies', 10);
    assert.deepEqual(s3, ['S3 bucket policies']);
    const elb = titles(engine, 'elb:', 10);
    assert.ok(elb.includes('ALB vs NLB') && elb.includes('Elastic Load Balancer'), elb.join(' | '));
    const ddb = titles(engine, 'ddb: cache', 10);
    assert.deepEqual(ddb, ['DynamoDB Accelerator (DAX)']);
  });

  it('restricts to a category with an `@category` prefix', () => {
    const storage = titles(engine, '@storage', 20);
    assert.deepEqual(new Set(storage), new Set(['S3 storage classes', 'S3 bucket policies', 'EBS volume types']));
    const databases = titles(engine, '@data latency', 20);
    assert.ok(databases.length > 0);
    assert.ok(databases.every((t) => t.includes('DynamoDB') || t.includes('RDS')), databases.join(' | '));
  });

  it('returns match ranges inside the title and a snippet centred on the match', () => {
    const [hit] = engine.search('deep archive', { limit: 1 });
    assert.equal(hit.section.title, 'S3 storage classes');
    assert.ok(hit.snippet.includes('Deep Archive'), hit.snippet);
    const marked = hit.snippetMatches.map(([start, end]) => hit.snippet.slice(start, end).toLowerCase());
    assert.ok(marked.includes('deep') && marked.includes('archive'), marked.join(','));
    const [titled] = engine.search('volume types', { limit: 1 });
    assert.deepEqual(titled.titleMatches.map(([s, e]) => titled.section.title.slice(s, e)), ['volume', 'types']);
  });

  it('does not spend the snippet on a line that only repeats the title', () => {
    const restated = section('AWS Placement Groups', 'AWS Placement Groups:\nA placement group controls where instances land: cluster, spread or partition.', { services: ['ec2'] });
    const numbered = section('Security Groups vs. Network ACLs', '5.Security Groups vs. Network ACLs:\nSecurity groups are stateful; network ACLs are stateless.', { services: ['ec2'] });
    const live = engineWith([restated, numbered]);
    assert.match(live.search('placement groups', { limit: 1 })[0].snippet, /^A placement group controls/);
    assert.match(live.search('security groups nacl', { limit: 1 })[0].snippet, /^Security groups are stateful/);
  });

  it('shows a short label line together with the line it introduces', () => {
    const labelled = section('Placement group strategies', 'Cluster Placement Group:\nPacks instances close together for low latency.', { services: ['ec2'] });
    const hit = engineWith([labelled]).search('cluster placement', { limit: 1 })[0];
    assert.equal(hit.snippet, 'Cluster Placement Group: Packs instances close together for low latency.');
    assert.deepEqual(hit.snippetMatches.map(([start, end]) => hit.snippet.slice(start, end)), ['Cluster', 'Placement']);
  });

  it('centres the snippet on a match deep inside a long paragraph', () => {
    const filler = 'Lorem ipsum dolor sit amet consectetur. '.repeat(60);
    const long = section('Long paragraph', `${filler}The quorum of witnesses decides the leader. ${filler}`);
    const live = engineWith([...SECTIONS, long]);
    const [hit] = live.search('quorum witnesses', { limit: 1 });
    assert.equal(hit.section.title, 'Long paragraph');
    assert.ok(hit.snippet.length <= 124, hit.snippet);
    assert.ok(hit.snippet.startsWith('…') && hit.snippet.endsWith('…'), hit.snippet);
    const marked = hit.snippetMatches.map(([start, end]) => hit.snippet.slice(start, end));
    assert.deepEqual(marked, ['quorum', 'witnesses']);
  });

  it('caps the number of hits', () => {
    assert.ok(engine.search('a', { limit: 3 }).length <= 3);
    assert.equal(engine.search('s', { limit: 2 }).length, 2);
  });

  it('never throws on empty, garbage or hostile queries', () => {
    const queries = ['', '   ', '@', '@@@', ':', 's3:', 'zzzzqqq', '\u0000\uffff', '((*[', 'a'.repeat(10_000), '🙂 🙂', 'AWS::S3::Bucket', '@nope foo', '$(search)'];
    for (const query of queries) {
      const hits = engine.search(query);
      assert.ok(Array.isArray(hits), query);
    }
    assert.deepEqual(engine.search(''), []);
    assert.deepEqual(engine.search('zzzzqqq xxyyzz'), []);
    assert.deepEqual(engine.search(undefined as unknown as string), []);
  });

  it('applies incremental changes: added sections become searchable, removed ones vanish', () => {
    const live = engineWith();
    const added = section('Kinesis shards', 'Each shard takes 1 MB/s in and 2 MB/s out.', { file: '/notes/new.md' });
    live.apply({ removedFiles: [], added: [added], removedIds: [] });
    assert.equal(titles(live, 'kinesis shard')[0], 'Kinesis shards');

    const replaced = { ...added, title: 'Kinesis Data Streams shards', body: 'Resharding splits or merges shards.' };
    live.apply({ removedFiles: [added.file], added: [replaced], removedIds: [added.id] });
    assert.equal(titles(live, 'resharding')[0], 'Kinesis Data Streams shards');
    assert.equal(titles(live, '2 MB/s out').includes('Kinesis shards'), false);

    live.apply({ removedFiles: [added.file], added: [], removedIds: [replaced.id] });
    assert.deepEqual(titles(live, 'kinesis'), []);
    assert.equal(live.size, SECTIONS.length);
  });

  it('keeps `s3:` and `@storage` listings current as sections come and go', () => {
    const live = engineWith();
    const before = titles(live, 's3:', 10);
    assert.deepEqual([...before].sort(), ['S3 bucket policies', 'S3 storage classes']);
    assert.ok(!titles(live, '@storage', 10).includes('S3 lifecycle rules'));
    const added = section('S3 lifecycle rules', 'Transition objects to Glacier after 90 days.', { services: ['s3'], file: '/notes/lifecycle.md' });
    live.apply({ removedFiles: [], added: [added], removedIds: [] });
    assert.ok(titles(live, 's3:', 10).includes('S3 lifecycle rules'), 'a new S3 section joins the s3: listing');
    assert.ok(titles(live, '@storage', 10).includes('S3 lifecycle rules'), 'and the @storage listing');
    assert.ok(titles(live, 's3: glacier', 10).includes('S3 lifecycle rules'), 'and the filtered search');
    live.apply({ removedFiles: [added.file], added: [], removedIds: [added.id] });
    assert.deepEqual(titles(live, 's3:', 10), before);
    assert.ok(!titles(live, '@storage', 10).includes('S3 lifecycle rules'));
  });

  it('stays correct after removing most sections (compaction renumbers slots)', () => {
    const many: NoteSection[] = [];
    for (let i = 0; i < 2500; i++) many.push(section(`Filler topic ${i}`, `Filler body number ${i} about nothing in particular.`, { file: `/notes/f${i}.md` }));
    const live = engineWith([...SECTIONS, ...many]);
    live.removeSections(many.map((s) => s.id));
    assert.equal(live.size, SECTIONS.length);
    assert.deepEqual(titles(live, 'filler'), []);
    assert.equal(titles(live, 'placement groups')[0], 'Placement groups');
    assert.equal(titles(live, 's3: bucket')[0], 'S3 bucket policies');
  });
  it('matches words written with accents, ligatures or full-width letters as their plain spelling', () => {
    const notes = engineWith([
      ...SECTIONS,
      section('Résumé of Glacier tiers', 'The ﬁle lands in Ｓ３ Glacier Déep Archive after 180 days; naïve restores cost more.'),
    ]);
    assert.equal(titles(notes, 'resume glacier')[0], 'Résumé of Glacier tiers');
    assert.equal(titles(notes, 'file lands')[0], 'Résumé of Glacier tiers');
    assert.equal(titles(notes, 'naive restores')[0], 'Résumé of Glacier tiers');
    assert.equal(titles(notes, 'deep archive 180 days')[0], 'Résumé of Glacier tiers');
  });

  it('indexes every word of a body longer than a megabyte, including those far into it', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(45_000);
    const huge = section('Huge dump', `${filler}zzqxneedle in a haystack, then a café and more ${filler}zzqxtail`);
    const notes = engineWith([...SECTIONS, huge]);
    assert.equal(titles(notes, 'zzqxneedle haystack')[0], 'Huge dump');
    assert.equal(titles(notes, 'cafe')[0], 'Huge dump');
    assert.equal(titles(notes, 'zzqxtail')[0], 'Huge dump');
  });

  it('skips a malformed section without disturbing the ones after it', () => {
    const broken = { ...section('Broken', 'Glacier Glacier Glacier'), title: 42, body: { not: 'text' } } as unknown as NoteSection;
    const after = section('Kinesis shards', 'Each shard takes 1 MB/s in and 2 MB/s out.');
    const notes = engineWith([...SECTIONS, broken, after]);
    assert.equal(notes.size, SECTIONS.length + 1);
    assert.equal(titles(notes, 'kinesis shard')[0], 'Kinesis shards');
    // The broken section's words never reached the index, under its slot or another's.
    assert.deepEqual(titles(notes, 'broken'), []);
    assert.equal(titles(notes, 'glacier')[0], 'S3 storage classes');
  });
  it('stays correct when replacing sections compacts the index in the middle of a batch', () => {
    const fillers: NoteSection[] = [];
    for (let i = 0; i < 3000; i++) fillers.push(section(`Filler topic ${i}`, `Filler body number ${i} about nothing in particular.`, { file: `/notes/f${i}.md` }));
    const live = engineWith([...SECTIONS, ...fillers]);
    live.removeSections(fillers.slice(0, 900).map((s) => s.id));
    // Each replacement marks a slot dead; past 1,000 dead slots outnumbering live ones the index compacts mid-batch.
    live.addSections(fillers.slice(900, 2400).map((s, i) => ({ ...s, body: `Rewritten body ${900 + i} about zzqxrewrite.` })));
    assert.equal(live.size, SECTIONS.length + 2100);
    assert.equal(titles(live, 'zzqxrewrite 2399')[0], 'Filler topic 2399');
    assert.equal(titles(live, 'zzqxrewrite 901')[0], 'Filler topic 901');
    assert.equal(titles(live, 'filler body number 2450')[0], 'Filler topic 2450');
    // A rewritten section no longer matches its old body; an untouched one still does.
    const oldBody = titles(live, 'particular', 1000);
    assert.equal(oldBody.length, 600);
    assert.equal(oldBody.includes('Filler topic 1500'), false);
    assert.equal(oldBody.includes('Filler topic 2999'), true);
    assert.equal(titles(live, 'filler topic 5').includes('Filler topic 5'), false);
    assert.equal(titles(live, 'placement groups')[0], 'Placement groups');
  });
});
