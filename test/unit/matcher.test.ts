import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ServiceCatalog } from '../../src/core/catalog';
import { CHAR_CLASSES, isWordCode, isWordCodeByRanges, JOIN_GAP_CHAR, UPPER_ASCII_CHAR, WORD_CHAR, WORD_START_CHAR } from '../../src/core/catalog/mention-matcher';
import type { Mention } from '../../src/core/types';
import { bundledNoteFiles } from './support/paths';

const catalog = new ServiceCatalog();

/** Mentions as "text→entry" pairs, easy to read in a failure. */
function named(text: string, mentions: Mention[] = catalog.findMentions(text)): string[] {
  return mentions.map((mention) => `${text.slice(mention.start, mention.end)}→${mention.entryId}`);
}

describe('mention matcher', () => {
  describe('findMentions on sentences from the notes', () => {
    it('prefers the longest name across words', () => {
      assert.deepEqual(
        named("Let's explore why using Amazon CloudFront to directly route traffic to an S3 bucket for static content is more efficient than routing such requests through an Application Load Balancer (ALB) and then to S3."),
        ['Amazon CloudFront→cloudfront', 'S3 bucket→s3', 'Application Load Balancer→alb', 'ALB→alb', 'S3→s3'],
      );
      assert.deepEqual(named('    - Managed: AWS Lambda, Kinesis Data Firehose, Kinesis Data Analytics, '),
        ['AWS Lambda→lambda', 'Kinesis Data Firehose→firehose', 'Kinesis Data Analytics→kinesis-data-analytics']);
      assert.deepEqual(named('- __Aurora Serverless__'), ['Aurora Serverless→aurora-serverless']);
      assert.deepEqual(named('Horizontal Scaling: Load Balancer and Auto scaling'),
        ['Horizontal Scaling→scalability', 'Load Balancer→elb', 'Auto scaling→auto-scaling']);
    });

    it('finds concepts, in singular and plural', () => {
      assert.deepEqual(named('Low Latency: Cluster placement groups provide low-latency, high-throughput communication between instances.'),
        ['Cluster placement groups→placement-groups']);
      assert.deepEqual(named('### Multi-AZ Failover and Cross-Region Replication in RDS'),
        ['Multi-AZ→multi-az', 'Cross-Region Replication→cross-region-replication', 'RDS→rds']);
      assert.deepEqual(named('Ensure Provisioned Concurrency is enabled. It will prewarm certain number of lambdas.'),
        ['Provisioned Concurrency→provisioned-concurrency', 'lambdas→lambda']);
    });

    it('respects whole words and the case of abbreviations', () => {
      assert.deepEqual(named("the EC2's disk, (RDS), S3. and Route 53/Route53"), ["EC2→ec2", 'RDS→rds', 'S3→s3', 'Route 53→route53', 'Route53→route53']);
      assert.deepEqual(named('ALBUM s3cret my_s3_bucket rds alb sqs EC2x'), []);
      assert.deepEqual(named('Use AWS Glue or Glue to crawl; glue the parts together.'), ['AWS Glue→glue', 'Glue→glue']);
      assert.deepEqual(named('AWS Config records changes; the config file is YAML.'), ['AWS Config→config']);
      assert.deepEqual(named('Forecast demand with Amazon Forecast; the weather forecast is rain.'), ['Forecast→forecast', 'Amazon Forecast→forecast']);
    });

    it('gives no mentions in plain English prose', () => {
      const prose = 'The function reads each message from the queue, checks the cache, then writes a row to the database table. '
        + 'A stream of events reaches the team, whose design review covers config, backup, batch jobs and the pipeline. '
        + 'We connect, translate, inspect and shield the gateway, store the logs, and forecast the storage.';
      assert.deepEqual(named(prose), []);
    });

    it('reads resource types as one mention and ignores pseudo parameters and intrinsic functions', () => {
      assert.deepEqual(named('Resources: AWS::Lambda::Function, AWS::EC2::Volume, ${AWS::StackName}, Fn::GetAtt, AWS::Serverless-2016-10-31'),
        ['AWS::Lambda::Function→lambda', 'AWS::EC2::Volume→ebs']);
    });

    it('tags every bundled notes file without throwing', () => {
      for (const file of bundledNoteFiles()) {
        const text = fs.readFileSync(file, 'utf8');
        const mentions = catalog.findMentions(text);
        assert.ok(mentions.length > 100, `${file}: ${mentions.length}`);
        for (let index = 1; index < mentions.length; index++) assert.ok(mentions[index].start >= mentions[index - 1].end);
      }
    });

    it('visits, without building them, the same mentions it lists', () => {
      for (const file of bundledNoteFiles()) {
        const text = fs.readFileSync(file, 'utf8');
        const visited: Mention[] = [];
        catalog.forEachMention(text, (entryId, start, end) => visited.push({ entryId, start, end }));
        assert.deepEqual(visited, catalog.findMentions(text), file);
      }
      // Words that pass the first-letters test but name nothing, a folded non-ASCII first letter, and a resource type.
      for (const text of ['S3 s3 sqs SQS Sqs \u212Aendra AWS::S3::Bucket ec2 EC2s e c', 'x', '']) {
        const visited: Mention[] = [];
        catalog.forEachMention(text, (entryId, start, end) => visited.push({ entryId, start, end }));
        assert.deepEqual(visited, catalog.findMentions(text), text);
      }
    });

    it('classifies every UTF-16 code unit by its table exactly as by the ranges that define it', () => {
      const joinGaps = new Set([0x20, 0x09, 0xa0, 0x2d, 0x2f, 0x40, 0x26]);
      let words = 0;
      for (let code = 0; code <= 0xffff; code++) {
        const word = isWordCodeByRanges(code);
        if (word) words++;
        assert.equal(isWordCode(code), word, `isWordCode(${code})`);
        assert.equal((CHAR_CLASSES[code] & WORD_CHAR) !== 0, word, `word bit of ${code}`);
        assert.equal((CHAR_CLASSES[code] & WORD_START_CHAR) !== 0, word && code !== 0x5f, `word-start bit of ${code}`);
        assert.equal((CHAR_CLASSES[code] & JOIN_GAP_CHAR) !== 0, joinGaps.has(code), `join-gap bit of ${code}`);
        // The matcher folds case by adding this bit times four: A-Z and nothing else.
        assert.equal(code + ((CHAR_CLASSES[code] & UPPER_ASCII_CHAR) << 2), code >= 65 && code <= 90 ? code + 32 : code, `folding of ${code}`);
      }
      // Letters, digits and _ of ASCII; every non-ASCII unit but the listed punctuation, symbol and surrogate ranges.
      assert.equal(words, 63 + 3 + (0x10000 - 0xc0) - 2 - 0xc00 - 0x40 - 0x800 - 0x20 - 0x10 - 7 - 6 - 11 - 1);
      // Past the end of a text charCodeAt gives NaN, which has always counted as a word character (a resource type's end relies on it).
      assert.equal(isWordCode(Number.NaN), isWordCodeByRanges(Number.NaN));
      assert.equal(isWordCode(-1), isWordCodeByRanges(-1));
    });

    it('copes with odd input', () => {
      for (const text of ['', '\uFEFF', '\u0000\u0001', '\uD800S3', 'S3\r\nEC2', '::', 'AWS::', 'AWS::::S3', '😀S3😀', 'x'.repeat(100_000)]) {
        assert.doesNotThrow(() => catalog.findMentions(text));
      }
      assert.deepEqual(named('S3\r\nEC2 naïve café'), ['S3→s3', 'EC2→ec2']);
    });
  });

  describe('mentionAt on template and document lines', () => {
    function at(line: string, needle: string, offset = 1): string | undefined {
      const mention = catalog.mentionAt(line, line.indexOf(needle) + offset);
      return mention && `${line.slice(mention.start, mention.end)}→${mention.entryId}`;
    }

    it('finds resource types in YAML and JSON', () => {
      assert.equal(at('    Type: AWS::S3::Bucket', 'S3'), 'AWS::S3::Bucket→s3');
      assert.equal(at('    Type: AWS::S3::Bucket', 'Bucket'), 'AWS::S3::Bucket→s3');
      assert.equal(at('      "Type": "AWS::S3::Bucket",', 'AWS'), 'AWS::S3::Bucket→s3');
      assert.equal(at("    Type: 'AWS::DynamoDB::Table'", 'Table'), 'AWS::DynamoDB::Table→dynamodb');
      assert.equal(at('    Type: AWS::Serverless::Function', 'Function'), 'AWS::Serverless::Function→lambda');
    });

    it('stays quiet on intrinsic functions, pseudo parameters and the transform', () => {
      const line = "      BucketName: !Sub '${AWS::StackName}-data'";
      for (const needle of ['BucketName', 'Sub', 'AWS', 'StackName', 'data']) assert.equal(at(line, needle), undefined, needle);
      assert.equal(at('Transform: AWS::Serverless-2016-10-31', 'Serverless'), undefined);
      assert.equal(at('      Role: !GetAtt LambdaRole.Arn', 'GetAtt'), undefined);
      assert.equal(at('      Queue: !Ref OrdersQueue', 'Queue'), undefined);
      assert.equal(at('  TableName: !Ref TableName', 'Table'), undefined);
    });

    it('finds services and concepts in Markdown prose', () => {
      const line = 'Put an ALB in front, with Route 53 failover, a Multi-AZ database and a cluster placement group.';
      assert.equal(at(line, 'ALB'), 'ALB→alb');
      assert.equal(at(line, 'Route 53', 6), 'Route 53→route53');
      assert.equal(at(line, 'Multi-AZ', 6), 'Multi-AZ→multi-az');
      assert.equal(at(line, 'placement group', 10), 'cluster placement group→placement-groups');
      assert.equal(at(line, 'database'), undefined);
      assert.equal(catalog.mentionAt(line, line.length), undefined);
      assert.equal(catalog.mentionAt(line, -1), undefined);
    });

    it('looks only at a window of a huge line, with offsets in the line', () => {
      const filler = 'word '.repeat(400_000);
      const line = `${filler}Type: AWS::EC2::Volume ${filler}`;
      const character = filler.length + 'Type: AWS::EC2'.length;
      assert.deepEqual(catalog.mentionAt(line, character), { entryId: 'ebs', start: filler.length + 6, end: filler.length + 22 });
      const noSpaces = 'x'.repeat(3_000_000);
      assert.equal(catalog.mentionAt(noSpaces, 1_500_000), undefined);
    });
  });
});
