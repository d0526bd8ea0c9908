import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { buildPropertyHover, isStructuralKey, meaningfulValue, rankSettingPassages, settingQuery, settingWords, type PropertySetting } from '../../src/core/property-hover';
import type { NoteSection } from '../../src/core/types';
import { parseTemplate, type TemplateDocument, type TemplateSubject } from '../../src/core/templates';
import { PropertyDocs, type GeneratedPropertyDocs } from '../../src/core/templates/property-docs';
import { VALUE_WORDS, valueWords } from '../../src/core/templates/value-words';
import { bundledNoteFiles, repoRoot } from './support/paths';

interface SettingCase {
  type: string;
  path: string;
  value?: string;
  on: 'key' | 'value';
  expect: string[];
}

interface RelevanceSet {
  settings: SettingCase[];
  quiet: Array<{ type: string; path: string }>;
}

const fixture = (name: string) => path.join(repoRoot(), 'test', 'fixtures', 'templates', name);
const relevance = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'relevance', 'property-settings.json'), 'utf8')) as RelevanceSet;

/** Where the case's key (or value) is written in the template, found through the model's own declarations. */
function offsetOf(document: TemplateDocument, text: string, type: string, keyPath: string, on: 'key' | 'value', value?: string): number {
  for (const resource of document.declarations()) {
    if (resource.resource.cfnType !== type) continue;
    for (const property of resource.properties) {
      if (property.path.join('.') !== keyPath || (value !== undefined && property.value !== value)) continue;
      if (on === 'key' || property.value === undefined) return property.span.start + 1;
      // A value in a list (`[FARGATE]`) is declared at the value itself; a mapping's value follows its key.
      if (text.slice(property.span.start, property.span.end).includes(value ?? property.value)) return property.span.start + 1;
      return text.indexOf(value ?? property.value, property.span.end) + 1;
    }
  }
  throw new Error(`${type} ${keyPath}${value ? `=${value}` : ''} is not in the fixture`);
}

function settingOf(subject: TemplateSubject | undefined): PropertySetting | undefined {
  if (!subject || (subject.kind !== 'propertyKey' && subject.kind !== 'propertyValue')) return undefined;
  return { resourceType: subject.resource.cfnType, path: subject.cfnPath ?? subject.path, value: subject.value, onValue: subject.kind === 'propertyValue' };
}

describe('property hover relevance (bundled notes, settings.yaml and settings.json)', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const docs = new PropertyDocs(JSON.parse(fs.readFileSync(path.join(repoRoot(), 'src', 'core', 'templates', 'generated', 'property-docs.json'), 'utf8')) as GeneratedPropertyDocs);
  const options = { maxSections: 3, indexComplete: true };

  it('is a set of at least 40 settings over 12 resource types, and 10 structural keys', () => {
    const withNotes = relevance.settings.filter((c) => c.expect.length > 0);
    assert.ok(withNotes.length >= 40, `only ${withNotes.length} settings with an expected passage`);
    assert.ok(new Set(relevance.settings.map((c) => c.type)).size >= 12);
    assert.ok(relevance.quiet.length >= 10);
    // Expectations name exact sections or passages by id, so "some passage of the chapter" is never a hit.
    for (const c of withNotes) for (const id of c.expect) assert.ok(index.get(id), `${c.type} ${c.path}: no section or passage ${id}`);
  });

  for (const format of ['yaml', 'json'] as const) {
    it(`lists the expected passage first for settings in ${format.toUpperCase()}, and nothing where the notes are silent`, () => {
      const text = fs.readFileSync(fixture(`settings.${format}`), 'utf8');
      const document = parseTemplate({ languageId: format, fileName: `settings.${format}`, text });
      assert.ok(document, 'the fixture parses');
      let listed = 0;
      let firstRight = 0;
      let found = 0;
      let silentNoise = 0;
      const misses: string[] = [];
      for (const c of relevance.settings) {
        const subject = document.at(offsetOf(document, text, c.type, c.path, c.on, c.value));
        const setting = settingOf(subject);
        assert.ok(setting, `${c.type} ${c.path}: the model sees a ${c.on}`);
        assert.equal(setting.path.join('.'), c.path);
        assert.equal(setting.onValue, c.on === 'value');
        const ids = buildPropertyHover(setting, catalog, index, docs, options)?.sectionIds ?? [];
        const titles = ids.map((id) => index.get(id)!.title);
        const wanted = new Set(c.expect);
        if (c.expect.length === 0) {
          if (titles.length > 0) {
            silentNoise++;
            misses.push(`  ${c.type} ${c.path}: expected no notes, got "${titles[0]}"`);
          }
          continue;
        }
        if (titles.length > 0) listed++;
        if (ids.length > 0 && wanted.has(ids[0])) firstRight++;
        else misses.push(`  ${c.type} ${c.path}${c.value ? `=${c.value}` : ''}: expected "${index.get(c.expect[0])?.title}", got ${titles.map((t) => `"${t}"`).join(', ') || '(nothing)'}`);
        if (ids.some((id) => wanted.has(id))) found++;
      }
      const expected = relevance.settings.filter((c) => c.expect.length > 0).length;
      const silent = relevance.settings.length - expected;
      const precision = firstRight / Math.max(1, listed);
      const recall = found / expected;
      console.log(`      ${format}: precision@1 ${(precision * 100).toFixed(0)}% (${firstRight}/${listed} listed), recall ${(recall * 100).toFixed(0)}% (${found}/${expected}), noise on silent settings ${silentNoise}/${silent}`);
      if (misses.length) console.log(misses.join('\n'));
      assert.ok(precision >= 0.9, `precision@1 ${precision}`);
      assert.ok(recall >= 0.9, `recall ${recall}`);
      assert.equal(silentNoise, 0);
    });

    it(`lists no notes on structural keys in ${format.toUpperCase()}`, () => {
      const text = fs.readFileSync(fixture(`settings.${format}`), 'utf8');
      const document = parseTemplate({ languageId: format, fileName: `settings.${format}`, text })!;
      for (const q of relevance.quiet) {
        const setting = settingOf(document.at(offsetOf(document, text, q.type, q.path, 'key')));
        assert.ok(setting, `${q.type} ${q.path} is a key`);
        const hover = buildPropertyHover(setting, catalog, index, docs, options);
        assert.deepEqual(hover?.sectionIds ?? [], [], `${q.type} ${q.path} lists notes`);
      }
    });
  }

  it('shows the official line and the docs link first, then the passages', () => {
    const hover = buildPropertyHover({ resourceType: 'AWS::SQS::Queue', path: ['VisibilityTimeout'], value: '300', onValue: false }, catalog, index, docs, options)!;
    const [header, passages] = hover.markdown.split('\n\n---\n\n');
    assert.match(header, /\*\*VisibilityTimeout\*\*/);
    assert.match(header, /unavailable after a message is delivered/);
    assert.ok(header.includes('[AWS docs](<https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html#cfn-sqs-queue-visibilitytimeout>'), header);
    assert.ok(header.indexOf('unavailable') < header.indexOf('[AWS docs]'));
    assert.match(passages, /SQS\\: Configurations/);
    assert.match(passages, /Visibility Timeout/);
  });

  it('shows the description alone where the notes say nothing, and no hover without either', () => {
    // The notes give Lambda's memory only in passing ("up to 10 GB of RAM" in a list of limits): no passage is about the setting.
    const alone = buildPropertyHover({ resourceType: 'AWS::Lambda::Function', path: ['MemorySize'], value: '512', onValue: false }, catalog, index, docs, options)!;
    assert.deepEqual(alone.sectionIds, []);
    assert.match(alone.markdown, /memory/i);
    assert.equal(buildPropertyHover({ resourceType: 'AWS::DynamoDB::Table', path: ['NoSuchSetting'], onValue: false }, catalog, index, docs, options), undefined);
    assert.equal(buildPropertyHover({ resourceType: 'Custom::Thing::Widget', path: ['Size'], onValue: false }, catalog, index, docs, options), undefined);
  });

  it('finds the docs whatever the spelling of the path (Terraform and CDK attribute names)', () => {
    assert.equal(docs.lookup('AWS::RDS::DBInstance', ['multi_az'])?.path.join('.'), 'MultiAZ');
    assert.equal(docs.lookup('AWS::RDS::DBInstance', ['multiAz'])?.path.join('.'), 'MultiAZ');
    const nested = docs.lookup('AWS::S3::Bucket', ['lifecycle_configuration', 'rules', 'transitions', 'storage_class']);
    assert.equal(nested?.path.join('.'), 'LifecycleConfiguration.Rules.Transitions.StorageClass');
    assert.match(nested!.docsUrl, /aws-properties-s3-bucket-transition\.html#cfn-s3-bucket-transition-storageclass$/);
    assert.equal(docs.lookup('AWS::S3::Bucket', ['NoSuch', 'Path']), undefined);
  });

  it('lists a passage or the section it was cut from, not both', () => {
    const section = (id: string, title: string, body: string, parentId?: string): NoteSection => ({
      id, title, body, breadcrumb: ['sqs.md', 'SQS'], file: '/notes/sqs.md', line: 0, endLine: 9, services: ['sqs'], concepts: ['visibility-timeout'],
      snippet: '', headings: [], kind: 'note', origin: 'user', ...(parentId ? { parentId } : {}),
    });
    const whole = section('whole', 'SQS settings', 'The visibility timeout hides a message. The visibility timeout defaults to 30 seconds.');
    const passage = section('passage', 'Visibility timeout', 'The visibility timeout hides a message.', 'whole');
    const other = section('other', 'Long polling', 'Long polling waits; the visibility timeout is separate.');
    const fakeIndex = { version: 1, lookupEntry: () => [whole, passage, other].map((s) => ({ section: s, score: 10 })) };
    const query = settingQuery({ resourceType: 'AWS::SQS::Queue', path: ['VisibilityTimeout'], onValue: false }, 'SQS', catalog, 'sqs');
    const ranked = rankSettingPassages(query, 'sqs', catalog, fakeIndex).map((s) => s.section.id);
    assert.deepEqual(ranked, ['passage', 'other']);
  });

  it('lists the passage that says the setting rather than its chapter, and keeps the chapter when its tags did the work', () => {
    const listed = (resourceType: string, key: string, value?: string) =>
      buildPropertyHover({ resourceType, path: key.split('.'), value, onValue: value !== undefined }, catalog, index, docs, options)?.sectionIds ?? [];
    // "S3 Storage Classes" names the setting; its chapter "S3" only holds it.
    assert.equal(listed('AWS::S3::Bucket', 'LifecycleConfiguration.Rules.Transitions.StorageClass', 'GLACIER')[0], 'solutions-architect-associate.md#storage-s3-s3-storage-classes');
    // Five passages of "Auto Scaling Group" tie it on their shared tags alone: the chapter is the answer, not one of them.
    assert.deepEqual(listed('AWS::AutoScaling::AutoScalingGroup', 'LaunchTemplate').slice(0, 1), ['solutions-architect-associate.md#high-availability-and-scalability-auto-scaling-group']);
    // Route 53's own health checks are not a target group's health check.
    assert.deepEqual(listed('AWS::ElasticLoadBalancingV2::TargetGroup', 'HealthCheckPath'), ['solutions-architect-associate.md#high-availability-and-scalability-elastic-load-balancer']);
    // Lambda's `Architectures` is the CPU (arm64), not the "architecture" of a design write-up.
    assert.deepEqual(listed('AWS::Lambda::Function', 'Architectures', 'arm64'), []);
  });

  it('reads an enum value the way notes write it (value-words.ts), within its own key, and brings nothing beside the setting', () => {
    // Every phrase of the table is written in the bundled notes, as the table claims.
    const notes = bundledNoteFiles().map((file) => ` ${settingWords(fs.readFileSync(file, 'utf8')).join(' ')} `).join(' ');
    for (const entry of VALUE_WORDS) {
      assert.ok(entry.why.length > 10, `${entry.key}: a why`);
      for (const phrase of entry.words) assert.ok(notes.includes(` ${settingWords(phrase).join(' ')} `), `"${phrase}" (${entry.key}) is not in the bundled notes`);
    }
    assert.deepEqual(valueWords('BillingMode', 'PAY_PER_REQUEST'), ['on-demand mode', 'on-demand capacity']);
    assert.deepEqual(valueWords('billing_mode', 'pay_per_request'), ['on-demand mode', 'on-demand capacity'], 'Terraform spelling');
    assert.deepEqual(valueWords('StreamMode', 'PAY_PER_REQUEST'), [], 'scoped to its key');
    assert.deepEqual(valueWords('BillingMode', undefined), []);
    assert.equal(meaningfulValue('aws:kms'), 'aws:kms', 'a known value names something despite its colon');
    assert.equal(meaningfulValue('arn:aws:kms:eu-west-1:111122223333:key/abc'), undefined);
    const listed = (resourceType: string, key: string, value: string) =>
      buildPropertyHover({ resourceType, path: key.split('.'), value, onValue: true }, catalog, index, docs, options)?.sectionIds ?? [];
    // "On-demand Backup" is another DynamoDB feature: the table says "on-demand mode", never "on-demand" alone.
    const onDemand = listed('AWS::DynamoDB::Table', 'BillingMode', 'PAY_PER_REQUEST');
    assert.equal(onDemand[0], 'solutions-architect-associate.md#elasticache-dynamodb-on-demand-mode');
    assert.ok(!onDemand.some((id) => /backup/.test(id)), onDemand.join(', '));
    // EMR is "integrated with Spot Instances": tagged with the concept, but not about a launch template's market type.
    assert.deepEqual(listed('AWS::EC2::LaunchTemplate', 'LaunchTemplateData.InstanceMarketOptions.MarketType', 'spot'), ['solutions-architect-associate.md#compute-services-ec2-ec2-spot-instances']);
    // The same value under a key the table does not know brings nothing new.
    assert.deepEqual(listed('AWS::EC2::LaunchTemplate', 'LaunchTemplateData.InstanceType', 'spot'), []);
  });

  it('reads a setting\'s words and values the way notes write them', () => {
    assert.deepEqual(settingWords('PointInTimeRecoverySpecification'), ['point', 'in', 'time', 'recovery', 'specification']);
    assert.deepEqual(settingWords('MultiAZ'), ['multi', 'az']);
    assert.deepEqual(settingWords('PAY_PER_REQUEST'), ['pay', 'per', 'request']);
    assert.deepEqual(settingWords('StorageClasses'), ['storage', 'class']);
    assert.deepEqual(settingWords('Access'), ['access']);
    assert.equal(meaningfulValue('true'), undefined);
    assert.equal(meaningfulValue('300'), undefined);
    assert.equal(meaningfulValue('arn:aws:s3:::bucket'), undefined);
    assert.equal(meaningfulValue('gp3'), 'gp3');
    assert.equal(isStructuralKey('TableName', 'AWS::DynamoDB::Table'), true);
    assert.equal(isStructuralKey('PlacementGroupName', 'AWS::EC2::Instance'), false);
  });
});
