import * as assert from 'node:assert/strict';
import { parseNotes } from '../../src/core/parser';
import { sectionProblems } from '../../src/core/parser/invariants';
import type { ParsedSection } from '../../src/core/types';

/** Parses and checks the invariants every parse must keep, so each rule test also guards coverage. */
function parse(text: string): ParsedSection[] {
  const sections = parseNotes(text);
  assert.deepEqual(sectionProblems(text, sections), []);
  return sections;
}

function titles(text: string): string[] {
  return parse(text).map((section) => section.title);
}

describe('parseNotes rules', () => {
  describe('headings', () => {
    it('makes one section per ATX heading with parents from the hierarchy', () => {
      const sections = parse('# Storage\nAll about storage.\n## S3\nObjects.\n### Glacier\nArchive tier.\n## EBS\nBlocks.\n');
      assert.deepEqual(sections.map((s) => s.title), ['Storage', 'S3', 'Glacier', 'EBS']);
      assert.deepEqual(sections.map((s) => s.parents), [[], ['Storage'], ['Storage', 'S3'], ['Storage']]);
      assert.deepEqual(sections.map((s) => [s.startLine, s.endLine]), [[0, 1], [2, 3], [4, 5], [6, 8]]);
    });

    it('folds a heading with nothing under it into its first sub-heading', () => {
      const sections = parse('# Compute services\n\n## EC2\n\nVirtual servers.\n');
      assert.equal(sections.length, 1);
      assert.equal(sections[0].title, 'EC2');
      assert.deepEqual(sections[0].parents, ['Compute services']);
      assert.equal(sections[0].startLine, 0);
      assert.ok(!sections[0].body.includes('Compute services'), 'the parent heading is not repeated in the body');
    });

    it('keeps a table of contents as one section titled Contents', () => {
      const sections = parse('## Contents\n### Compute\n- [EC2](#ec2)\n### Storage\n- [S3](#s3)\n## EC2\nServers.\n');
      assert.deepEqual(sections.map((s) => s.title), ['Contents', 'EC2']);
      assert.deepEqual(sections[0].headings, ['Compute', 'Storage']);
    });

    it('does not let a Contents heading swallow chapters that hold text', () => {
      assert.deepEqual(titles('# Contents\n## Chapter one\nReal text.\n## Chapter two\nMore text.\n'), ['Chapter one', 'Chapter two']);
    });

    it('names a generic heading with nothing before it by what its text says', () => {
      assert.deepEqual(titles('## Conclusion\nUse SQS to decouple producers.\n'), ['Conclusion: Use SQS to decouple producers']);
    });

    it('reads setext headings and qualifies a generic one with the topic before it', () => {
      const sections = parse('Aurora Serverless\n=================\nACU based.\n\nArchitecture\n============\nProxy fleet.\n');
      assert.deepEqual(sections.map((s) => s.title), ['Aurora Serverless', 'Aurora Serverless: Architecture']);
    });

    it('qualifies a generic heading with its parent', () => {
      assert.deepEqual(titles('# DynamoDB\nTables.\n## Use case\nGaming.\n## Conclusion\nFast.\n'), [
        'DynamoDB', 'DynamoDB: Use case', 'DynamoDB: Conclusion',
      ]);
    });

    it('ignores headings inside fenced code', () => {
      assert.deepEqual(titles('# Script\n```bash\n# not a heading\n===\n```\n'), ['Script']);
    });
  });

  describe('separators', () => {
    it('tells a setext underline (short title above) from a separator (after a paragraph or blank line)', () => {
      const text = [
        'DNS', '===', 'A directory.', '', 'Use: alarms fire when CPU exceeds 80%.', '=============', '',
        'Placement Groups:', 'Cluster and spread.', '', '=============', '', 'CloudWatch:', 'Metrics.',
      ].join('\n');
      const sections = parse(text);
      assert.deepEqual(sections.map((s) => s.title), ['DNS', 'Placement Groups', 'CloudWatch']);
      assert.deepEqual(sections.map((s) => s.startLine), [0, 7, 12]);
      assert.ok(!sections[0].body.includes('====='), 'separator lines are left out of the body');
    });

    it('treats a long rule after the last short line of a paragraph as a separator', () => {
      const text = 'Example Ordering system:\nOrder inserts event-driven\nOrder status retrieval synchronously\n' + '='.repeat(70) + '\nQueue vs Pubsub:\nOne consumer.\n';
      assert.deepEqual(titles(text), ['Example Ordering system', 'Queue vs Pubsub']);
    });

    it('treats +=== as a separator, never an underline', () => {
      assert.deepEqual(titles('Choose Lambda when\n+=====================\n\nSecurity Groups vs. Network ACLs:\nStateful.\n'), [
        'Choose Lambda when', 'Security Groups vs. Network ACLs',
      ]);
    });

    it('splits Markdown blocks at --- after a list', () => {
      assert.deepEqual(titles('Intro to SQS.\n- queues\n---\nIntro to SNS.\n- topics\n'), ['Intro to SQS', 'Intro to SNS']);
    });
  });

  describe('numbered questions', () => {
    it('starts a topic at each "1)<TAB>" question, not at list items inside one', () => {
      const text = [
        '1)\tHow can you make your application scalable for a big traffic day?', 'Use an ASG.', 'Pre-warm the ELB.', 'Use RDS Proxy.',
        '2)\tQueue vs Pubsub', 'Queue: one consumer.', 'Pubsub: many consumers.', 'Streaming: Kinesis.',
        '3)\tTackling any Tuning/Troubleshooting:', '-\tMonitor', '1.\tLogs', '2.\tMetrics', '3.\tTraces',
      ].join('\n');
      const sections = parse(text);
      assert.deepEqual(sections.map((s) => s.title), [
        'How can you make your application scalable for a big traffic day?', 'Queue vs Pubsub', 'Tackling any Tuning/Troubleshooting',
      ]);
      assert.ok(sections.every((s) => s.kind === 'qa'));
    });

    it('handles "### Q1.", "2.Title" and "3. Title" questions between separators, with their inner lists', () => {
      const text = [
        '### Q1.What are the common reasons for DMS migration failures?', 'Connectivity.', '', '=========', '',
        '2.Handling Errors During Database Migration:', 'Identify the error.', '', '=========', '',
        '3. Full Load vs. Ongoing Replication in DMS:', 'Full load: bulk.', '', '=========', '',
        '4.Difference Between AWS EC2 and AWS Lambda:', '1. AWS EC2 (Elastic Compute Cloud):', 'Servers.', '', '2. AWS Lambda:', 'Functions.',
      ].join('\n');
      const sections = parse(text);
      assert.deepEqual(sections.map((s) => s.title), [
        'What are the common reasons for DMS migration failures?',
        'Handling Errors During Database Migration',
        'Full Load vs. Ongoing Replication in DMS',
        'Difference Between AWS EC2 and AWS Lambda',
      ]);
      assert.ok(sections.every((s) => s.kind === 'qa'));
      assert.deepEqual(sections[3].headings, ['AWS EC2 (Elastic Compute Cloud)', 'AWS Lambda']);
    });

    it('does not split numbered steps under a heading', () => {
      const text = 'DNS\n===\n\nDNS is a directory.\n\n1.Client sends a request\n2.The request goes to the resolver\n3.The resolver finds the name server\n4. The zone file has the record\n';
      assert.deepEqual(titles(text), ['DNS']);
    });
  });

  describe('free-text notes', () => {
    it('starts topics at top-level numbered notes and at "Term:" paragraphs, not at generic terms', () => {
      const text = [
        '1. S3 and IAM are global and not region scoped.', '2. AMI are built for a specific region. They are locked to it.', '',
        'ELB: --> redirects traffic to many instances', 'with health checks.', '', 'Note: sticky sessions exist.', '',
        'AutoScaling==========', 'Default termination policy.',
      ].join('\n');
      const sections = parse(text);
      assert.deepEqual(sections.map((s) => s.title), [
        'S3 and IAM are global and not region scoped', 'AMI are built for a specific region', 'ELB', 'AutoScaling',
      ]);
      assert.ok(sections[2].body.includes('Note: sticky sessions exist.'));
    });
  });

  describe('plain free text', () => {
    it('starts a topic at a short line standing alone above a paragraph', () => {
      assert.deepEqual(titles('S3\n\nObject storage.\nBuckets hold objects.\n\nEC2 Instances\n\nVirtual servers.\n'), ['S3', 'EC2 Instances']);
    });

    it('makes "Q: …" lines question topics', () => {
      const sections = parse('Q: What is the max size of an S3 object?\nA: 5 TB.\n\nQ: Which service caches at the edge?\nA: CloudFront.\n');
      assert.deepEqual(sections.map((s) => [s.title, s.kind]), [
        ['What is the max size of an S3 object?', 'qa'], ['Which service caches at the edge?', 'qa'],
      ]);
    });

    it('starts a topic at a bold line when nothing else structures the file', () => {
      assert.deepEqual(titles('**S3**\nObject storage.\n\n**EC2**\nVirtual servers.\n'), ['S3', 'EC2']);
    });
  });

  describe('sub-headings', () => {
    it('keeps __Bold__ and **Bold** lines inside the topic as headings', () => {
      const sections = parse('## EC2\n\n__EC2 Instance Types__\n\nGeneral purpose.\n\n**Placement Groups**\n\nCluster.\n');
      assert.equal(sections.length, 1);
      assert.deepEqual(sections[0].headings, ['EC2 Instance Types', 'Placement Groups']);
    });
  });

  describe('exam scenarios', () => {
    const scenarios = [
      'Your confusion seems to stem from choosing a queue.',
      '',
      '### Understanding the Scenario',
      '- **Problem**: Orders are lost.',
      '### Analyzing Your Chosen Solution: Amazon SNS',
      '- Push only.',
      '### Correct Solution: Amazon SQS with a Dead-Letter Queue',
      '1. **Queue**: buffer orders.',
      '### Conclusion',
      'Use SQS.',
      '',
      '---',
      '',
      'Your question involves selecting a cost-effective connection between a data center and AWS. More text.',
      '',
      '### Understanding the Requirements',
      '- Cheap.',
      '### Key Points for Similar Scenarios',
      '- Think of cost.',
      '### Conclusion',
      'Use VPN.',
    ].join('\n');

    /** The first walk-through (up to its conclusion's paragraph), then `lines` with no separator, then the second block. */
    const withFollowUp = (lines: string[]): string => {
      const scenarioLines = scenarios.split('\n');
      return [...scenarioLines.slice(0, 10), '', ...lines, '', '---', ...scenarioLines.slice(12)].join('\n');
    };

    it('makes each --- block with walk-through headings one scenario section', () => {
      const sections = parse(scenarios);
      assert.deepEqual(sections.map((s) => [s.startLine, s.endLine]), [[0, 11], [12, 20]]);
      assert.ok(sections.every((s) => s.kind === 'scenario'));
      assert.ok(sections[0].headings.includes('Conclusion'));
    });

    it('titles a block from "Correct Solution: …", else from its first sentence, never "Conclusion"', () => {
      assert.deepEqual(titles(scenarios), [
        'Amazon SQS with a Dead-Letter Queue',
        'Selecting a cost-effective connection between a data center and AWS',
      ]);
    });

    it('splits off a follow-up topic that goes on after the conclusion without a separator', () => {
      const sections = parse(
        withFollowUp([
          "Let's delve deeper into why Aurora Global Database beats cross-region read replicas.",
          '',
          '### Multi-AZ Failover and Cross-Region Replication in RDS',
          '- Multi-AZ stays in one Region.',
          '### Why Aurora Global Database Over RDS Cross-Region Replication',
          '- Replication under a second.',
        ]),
      );
      assert.deepEqual(sections.map((s) => [s.startLine, s.endLine]), [[0, 10], [11, 18], [19, 27]]);
      assert.deepEqual(sections.map((s) => s.title), [
        'Amazon SQS with a Dead-Letter Queue',
        'Why Aurora Global Database Over RDS Cross-Region Replication',
        'Selecting a cost-effective connection between a data center and AWS',
      ]);
    });

    it('titles a follow-up after its first specific heading, not its long opening sentence', () => {
      const followUp = withFollowUp([
        "Let's explore why using Amazon CloudFront to route static requests straight to S3 is more efficient than sending them through the ALB.",
        '',
        '### CloudFront for Direct Routing to S3',
        '- Edge caching.',
        '### Conclusion',
        'Route static paths to S3.',
      ]);
      assert.deepEqual(titles(followUp), [
        'Amazon SQS with a Dead-Letter Queue',
        'CloudFront for Direct Routing to S3',
        'Selecting a cost-effective connection between a data center and AWS',
      ]);
    });

    it('keeps a conclusion\'s closing list and paragraphs in its own block', () => {
      const closing = scenarios.replace('Use SQS.', 'Use SQS.\n\n- **Orders**: go to the queue.\n\nThat is the whole answer.');
      assert.equal(parse(closing).length, 2);
    });
  });

  describe('tables', () => {
    it('turns tab-separated comparison rows into a Markdown table', () => {
      const sections = parse('4)\tSQL vs NoSQL\nSQL Database\tNoSQL Database\nFixed schema\tSchemaless\nJoins | fine\tNo joins\n');
      assert.equal(sections[0].body, [
        '4)\tSQL vs NoSQL', '', '| SQL Database | NoSQL Database |', '| --- | --- |', '| Fixed schema | Schemaless |', '| Joins \\| fine | No joins |',
      ].join('\n'));
    });

    it('leaves tab-aligned drawings alone', () => {
      const body = parse('Diagram\n\t\t\tEndpoint1---\\\nVPC -> VGW\t\t\tCGW\n')[0].body;
      assert.ok(!body.includes('| --- |'));
    });
  });

  describe('text encodings and line endings', () => {
    const lf = '# S3\nObjects.\n\n# EBS\nBlocks.\n';

    it('gives the same sections for LF, CRLF and lone CR', () => {
      const expected = parse(lf);
      assert.deepEqual(parse(lf.replace(/\n/g, '\r\n')), expected);
      assert.deepEqual(parse(lf.replace(/\n/g, '\r')), expected);
    });

    it('counts mixed line endings as one line each', () => {
      assert.deepEqual(parse('# A\r\ntext\r# B\ntext').map((s) => s.startLine), [0, 2]);
    });

    it('strips a leading BOM without shifting line numbers', () => {
      const sections = parse('\uFEFF# S3\nObjects.\n# EBS\nBlocks.');
      assert.deepEqual(sections.map((s) => [s.title, s.startLine]), [['S3', 0], ['EBS', 2]]);
    });

    it('gives no sections for empty or blank-only text', () => {
      assert.deepEqual(parse(''), []);
      assert.deepEqual(parse('\n\n   \n\t\r\n'), []);
    });

    it('puts leading and trailing blank lines into the first and last sections', () => {
      const sections = parse('\n\n# S3\nObjects.\n\n\n');
      assert.deepEqual(sections.map((s) => [s.startLine, s.endLine]), [[0, 6]]);
    });
  });

  describe('titles', () => {
    it('cuts a long first line at a clause boundary, with an ellipsis', () => {
      const line = 'Amazon ElastiCache is a fully managed in-memory caching service, supporting flexible real-time use cases and a lot more words here';
      const [section] = parse(line + '\nmore\n');
      assert.ok(section.title.length <= 91, section.title);
      assert.ok(section.title.endsWith('…'), section.title);
      assert.ok(section.title.startsWith('Amazon ElastiCache is a fully managed in-memory caching service'));
    });

    it('removes markup and numbering from titles', () => {
      assert.deepEqual(titles('## **Q3.** `S3` Versioning ##\ntext\n## __Bold__ heading:\ntext\n'), ['S3 Versioning', 'Bold heading']);
    });
  });
});
