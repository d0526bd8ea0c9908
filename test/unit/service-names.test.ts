import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_CATALOG, GENERATED_SERVICE_NAMES, ServiceCatalog, matchableNames, type GeneratedServiceNames } from '../../src/core/catalog';
import { CURATED_CATALOG } from '../../src/core/catalog';
import { repoRoot } from './support/paths';

/** The entries `text` is tagged with, in order. */
function tags(catalog: ServiceCatalog, text: string): string[] {
  return catalog.findMentions(text).map((mention) => mention.entryId);
}

describe('generated service names as aliases', () => {
  const catalog = new ServiceCatalog();
  const entryOf = (type: string) => catalog.resolveResourceType(type)?.entryId ?? '';
  const medialive = entryOf('AWS::MediaLive::Channel');
  const lookout = entryOf('AWS::LookoutEquipment::InferenceScheduler');
  const pinpoint = entryOf('AWS::Pinpoint::App');
  const iotEvents = entryOf('AWS::IoTEvents::DetectorModel');
  const deviceFarm = entryOf('AWS::DeviceFarm::Project');
  const ivs = entryOf('AWS::IVS::Channel');

  describe('matchableNames', () => {
    it('matches prefixed names in any case and distinctive bare names as written', () => {
      assert.deepEqual(matchableNames(['AWS Elemental MediaLive', 'MediaLive']), { aliases: ['AWS Elemental MediaLive'], abbreviations: ['MediaLive'] });
      assert.deepEqual(matchableNames(['Amazon Lookout for Equipment', 'Lookout for Equipment', 'LookoutEquipment']),
        { aliases: ['Amazon Lookout for Equipment'], abbreviations: ['Lookout for Equipment', 'LookoutEquipment'] });
      assert.deepEqual(matchableNames(['AWS IoT SiteWise', 'IoT SiteWise']), { aliases: ['AWS IoT SiteWise'], abbreviations: ['IoT SiteWise'] });
      assert.deepEqual(matchableNames(['Amazon Interactive Video Service', 'IVS']), { aliases: ['Amazon Interactive Video Service'], abbreviations: ['IVS'] });
    });

    it('keeps bare names that could be English out: they need their prefix', () => {
      for (const name of ['Pinpoint', 'Device Farm', 'Supply Chain', 'Multi-party approval', 'Network Flow Monitor', 'Inference', 'IoT', 'IoT Events', 'DevOps Guru',
        'AI Operations', 'Clean Rooms ML', 'Connect Voice ID']) {
        assert.deepEqual(matchableNames([name]), { aliases: [], abbreviations: [] }, name);
      }
    });
  });

  describe('tagging prose', () => {
    it('tags a note on an uncurated service by its official name', () => {
      assert.deepEqual(tags(catalog, 'Live channels run on AWS Elemental MediaLive, packaged by MediaPackage.'), [medialive, entryOf('AWS::MediaPackage::Channel')]);
      assert.deepEqual(tags(catalog, 'amazon lookout for equipment flags anomalies in sensor data'), [lookout]);
      assert.deepEqual(tags(catalog, 'Lookout for Equipment needs at least 180 days of data.'), [lookout]);
      assert.deepEqual(tags(catalog, 'Campaigns go out through Amazon Pinpoint.'), [pinpoint]);
      assert.deepEqual(tags(catalog, 'An AWS IoT Events detector model watches the readings.'), [iotEvents]);
      assert.deepEqual(tags(catalog, 'Asset models live in IoT SiteWise.'), [entryOf('AWS::IoTSiteWise::Asset')]);
      assert.deepEqual(tags(catalog, 'Test the app on real phones in AWS Device Farm.'), [deviceFarm]);
      assert.deepEqual(tags(catalog, 'Streams are ingested by IVS.'), [ivs]);
    });

    it('stays silent on the English words the names are made of', () => {
      for (const text of [
        'Pinpoint the root cause before you change anything.',
        'The logs pinpoint which request failed.',
        'Keep a lookout for equipment failures on the floor.',
        'Devices send IoT events to the broker.',
        'IoT Events from the fleet are buffered before processing.',
        'We hired a DevOps Guru for the migration.',
        'iot events arrive every second',
        'a device farm of old phones',
        'Supply Chain and logistics teams',
        'medialive',
        'The inference endpoint scales to zero.',
        'AI Operations teams triage alerts.',
        'Add more RAM to the instance.',
      ]) {
        assert.deepEqual(tags(catalog, text), [], text);
      }
    });
  });

  it('lets search find the services by their names, a filter like "pinpoint:" included', () => {
    for (const [term, entryId] of [['MediaLive', medialive], ['lookout for equipment', lookout], ['Amazon Pinpoint', pinpoint], ['pinpoint', pinpoint],
      ['IoT Events', iotEvents], ['iot events', iotEvents], ['AWS Elemental MediaLive', medialive]] as const) {
      assert.equal(catalog.resolveTerm(term), entryId, term);
    }
  });

  describe('curated entries win', () => {
    it('keep their curated names and categories', () => {
      assert.equal(catalog.get('rds')?.name, 'Amazon RDS');
      assert.equal(catalog.get('s3')?.shortName, 'S3');
      assert.equal(catalog.get('ram')?.shortName, 'RAM');
    });

    it('gain only prefixed full names, never a bare one they left out on purpose', () => {
      // AWS::RAM's generated short name is "RAM"; the curation leaves bare RAM out as it is memory.
      assert.ok(!catalog.get('ram')?.abbreviations.includes('RAM'));
      assert.deepEqual(tags(catalog, 'Share subnets with AWS Resource Access Manager.'), ['ram']);
      assert.deepEqual(tags(catalog, 'Send mail with Amazon Pinpoint Email Service.'), ['ses']);
    });

    it('keep a name a generated one would shadow, and give a shared name to one service only', () => {
      // The curated OpenSearch entry owns "OpenSearch"; AWS::OpenSearch's generated "Amazon OpenSearch" must not take it elsewhere.
      assert.deepEqual(tags(catalog, 'Search logs with Amazon OpenSearch.'), ['opensearch']);
      assert.equal(entryOf('AWS::OpenSearch::DataSource'), 'opensearch');
      // AWS::ConnectCampaigns and AWS::ConnectCampaignsV2 are both "Amazon Connect Outbound Campaigns": the first keeps the name.
      assert.deepEqual(tags(catalog, 'Dial customers with Amazon Connect Outbound Campaigns.'), [entryOf('AWS::ConnectCampaigns::Campaign')]);
      assert.deepEqual(catalog.phraseConflicts, []);
    });
  });

  it('add no wrong tag to the five bundled notes: the one tag they add is Amazon Connect, where the notes name it', () => {
    // Before/after over the real notes: every mention the generated names add, reviewed by hand.
    const without = new ServiceCatalog(GENERATED_CATALOG, CURATED_CATALOG, { source: '', names: {}, unnamed: {} });
    const notesDir = path.join(repoRoot(), 'notes');
    const added: string[] = [];
    for (const file of fs.readdirSync(notesDir).sort()) {
      const text = fs.readFileSync(path.join(notesDir, file), 'utf8');
      const before = new Set(without.findMentions(text).map((m) => `${m.start}:${m.end}:${m.entryId}`));
      for (const mention of catalog.findMentions(text)) {
        if (!before.has(`${mention.start}:${mention.end}:${mention.entryId}`)) added.push(`${file}: ${text.slice(mention.start, mention.end)} → ${mention.entryId}`);
      }
    }
    assert.deepEqual(added, [`solutions-architect-associate.md: Amazon Connect → ${entryOf('AWS::Connect::Instance')}`]);
  });

  it('falls back to the namespace as a name when no source names it', () => {
    const empty: GeneratedServiceNames = { source: '', names: {}, unnamed: {} };
    const plain = new ServiceCatalog(GENERATED_CATALOG, CURATED_CATALOG, empty);
    const entry = plain.get(plain.resolveResourceType('AWS::MediaLive::Channel')?.entryId ?? '');
    assert.equal(entry?.name, 'MediaLive');
    assert.deepEqual(entry?.aliases, []);
    assert.deepEqual(tags(plain, 'AWS Elemental MediaLive'), []);
    assert.ok(Object.keys(GENERATED_SERVICE_NAMES.names).length > 300);
  });
});
