import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { decodeNote, looksBinary } from '../../src/core/decode-note';
import { bundledNoteFiles } from './support/paths';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeNote', () => {
  it('reads every bundled note as clean UTF-8 with no remarks', () => {
    for (const file of bundledNoteFiles()) {
      const decoded = decodeNote(fs.readFileSync(file));
      assert.ok(decoded.ok, file);
      assert.deepEqual(decoded.remarks, [], file);
      assert.equal(decoded.text, fs.readFileSync(file, 'utf8'));
    }
  });

  it('drops a UTF-8 byte order mark and says so', () => {
    const decoded = decodeNote(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# S3\nBuckets')]));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, '# S3\nBuckets');
    assert.match(decoded.remarks.join(), /byte order mark/);
  });

  it('keeps indexing invalid UTF-8 with replacement characters', () => {
    const decoded = decodeNote(new Uint8Array([...utf8('# RDS\nMulti-AZ '), 0xc3, 0x28, ...utf8(' failover')]));
    assert.ok(decoded.ok);
    assert.match(decoded.text, /Multi-AZ \uFFFD\( failover/);
    assert.match(decoded.remarks.join(), /invalid UTF-8/);
  });

  it('decodes UTF-16 files that carry a BOM', () => {
    const body = Buffer.from('# DynamoDB\nPartition keys', 'utf16le');
    const decoded = decodeNote(new Uint8Array([0xff, 0xfe, ...body]));
    assert.ok(decoded.ok);
    assert.equal(decoded.text, '# DynamoDB\nPartition keys');
  });

  it('notes CRLF and lone-CR line endings but keeps the text intact', () => {
    const crlf = decodeNote(utf8('# SQS\r\nQueues\r\n'));
    assert.ok(crlf.ok);
    assert.equal(crlf.text, '# SQS\r\nQueues\r\n');
    assert.match(crlf.remarks.join(), /CRLF/);
    const cr = decodeNote(utf8('# SNS\rTopics'));
    assert.ok(cr.ok);
    assert.match(cr.remarks.join(), /\(CR\)/);
  });

  it('accepts empty and blank files with a remark', () => {
    const empty = decodeNote(new Uint8Array());
    assert.ok(empty.ok);
    assert.equal(empty.text, '');
    assert.match(empty.remarks.join(), /empty/);
    const blank = decodeNote(utf8('\n\n   \n'));
    assert.ok(blank.ok);
    assert.match(blank.remarks.join(), /no text/);
  });

  it('rejects binary files, even when named like notes', () => {
    // A gzip of a real note: what a user gets after compressing notes.md "in place".
    const gzipped = zlib.gzipSync(fs.readFileSync(bundledNoteFiles()[0]));
    const rejected = decodeNote(gzipped);
    assert.equal(rejected.ok, false);
    assert.ok(!rejected.ok && /binary/.test(rejected.reason));
    assert.equal(looksBinary(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 65, 66])), true);
  });

  it('remarks on a multi-megabyte single line', () => {
    const decoded = decodeNote(utf8('S3 '.repeat(400_000)));
    assert.ok(decoded.ok);
    assert.match(decoded.remarks.join(), /single line of 1,200,000 characters/);
  });
});
