import * as assert from 'node:assert/strict';
import { ServiceCatalog } from '../../src/core/catalog';
import { isMappingKey } from '../../src/core/template-keys';

describe('isMappingKey: a template\'s own keys are not service mentions', () => {
  const catalog = new ServiceCatalog();
  /** Whether the catalog's mention of `word` on `line` is a mapping key. */
  const keyAt = (line: string, word: string): boolean => {
    const at = line.indexOf(word);
    const mention = catalog.mentionAt(line, at + 1);
    assert.ok(mention, `the catalog names something at "${word}" in ${JSON.stringify(line)}`);
    return isMappingKey(line, mention.start, mention.end);
  };

  it('treats property names that are service names as keys (an IoT rule\'s actions, AppFlow connectors)', () => {
    assert.equal(keyAt('        - Lambda:', 'Lambda'), true);
    assert.equal(keyAt('          S3:', 'S3'), true);
    assert.equal(keyAt('      Config:', 'Config'), true);
    assert.equal(keyAt('            "Kinesis": {', 'Kinesis'), true);
    assert.equal(keyAt('{"Actions": [{"Lambda": {"FunctionArn": "x"}}]}', 'Lambda'), true);
    assert.equal(keyAt("    'Redshift' : {}", 'Redshift'), true);
  });

  it('still counts names in values and descriptions', () => {
    assert.equal(keyAt('Description: Stores uploads in S3 and indexes them with Lambda', 'S3'), false);
    assert.equal(keyAt('Description: Stores uploads in S3 and indexes them with Lambda', 'Lambda'), false);
    assert.equal(keyAt('          Type: S3', 'S3'), false);
    assert.equal(keyAt('    "Type": "AWS::DynamoDB::Table",', 'AWS::DynamoDB::Table'), false);
    assert.equal(keyAt('    Type: AWS::S3::Bucket', 'AWS::S3::Bucket'), false);
    assert.equal(keyAt('Kinesis: the stream in front of Lambda', 'Lambda'), false);
  });

  it('reads a YAML colon without a following space as part of a value, not a key', () => {
    assert.equal(keyAt('      Endpoint: arn:aws:Lambda:us-east-1', 'Lambda'), false);
  });

  it('never throws on odd offsets', () => {
    assert.equal(isMappingKey('', 0, 0), false);
    assert.equal(isMappingKey('S3:', -1, 2), false);
    assert.equal(isMappingKey('S3:', 0, 99), false);
  });
});
