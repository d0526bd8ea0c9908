import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import {
  DEFAULT_NOTE_TEMPLATE,
  candidateFileNames,
  expandNoteTemplate,
  fileNameProblem,
  headingFor,
  headingInsertion,
  headingsAreAbout,
  localDate,
  noteFileStem,
  noteHeadings,
  pickServiceNoteFile,
  resolveNoteSubject,
  resourceTypesIn,
  resourceTypesOf,
} from '../../src/core/notes-authoring';
import { bundledNoteFiles, repoRoot } from './support/paths';

const catalog = new ServiceCatalog();
const webApp = fs.readFileSync(path.join(repoRoot(), 'test/fixtures/workspace/templates/web-app.yaml'), 'utf8');
const samApi = fs.readFileSync(path.join(repoRoot(), 'test/fixtures/workspace/templates/sam-api.yaml'), 'utf8');
const entriesNamedIn = (text: string) => catalog.findMentions(text).map((m) => m.entryId);

describe('notes authoring', () => {
  describe('what a new note is about', () => {
    it('resolves a resource type to its service and keeps the exact type', () => {
      const subject = resolveNoteSubject('AWS::DynamoDB::Table', catalog);
      assert.equal(subject?.entry.id, 'dynamodb');
      assert.equal(subject?.resourceType, 'AWS::DynamoDB::Table');
    });

    it('follows the catalog refinements (a security group is a VPC concept, not EC2)', () => {
      assert.equal(resolveNoteSubject('AWS::EC2::SecurityGroup', catalog)?.entry.id, catalog.resolveResourceType('AWS::EC2::SecurityGroup')?.entryId);
      assert.notEqual(resolveNoteSubject('AWS::EC2::SecurityGroup', catalog)?.entry.id, 'ec2');
    });

    it('resolves ids, aliases, abbreviations and concepts, without a type heading', () => {
      for (const [term, id] of [['dynamodb', 'dynamodb'], ['ALB', catalog.resolveTerm('ALB')], ['Route 53', catalog.resolveTerm('Route 53')], ['placement group', catalog.resolveTerm('placement group')]] as const) {
        const subject = resolveNoteSubject(term, catalog);
        assert.ok(id, `${term} is in the catalog`);
        assert.equal(subject?.entry.id, id, term);
        assert.equal(subject?.resourceType, undefined, term);
      }
    });

    it('takes a misspelt type as its namespace service, but writes no heading for a type that does not exist', () => {
      const subject = resolveNoteSubject('AWS::S3::Bukket', catalog);
      assert.equal(subject?.entry.id, 's3');
      assert.equal(subject?.resourceType, undefined);
    });

    it('takes a tree node or an { entryId, resourceType } object', () => {
      assert.equal(resolveNoteSubject({ entry: { id: 'sqs' } }, catalog)?.entry.id, 'sqs');
      const typed = resolveNoteSubject({ entryId: 'sqs', resourceType: 'AWS::SQS::Queue' }, catalog);
      assert.equal(typed?.resourceType, 'AWS::SQS::Queue');
      // A type of another service than the one named is not written into that service's note.
      assert.equal(resolveNoteSubject({ entryId: 'sqs', resourceType: 'AWS::S3::Bucket' }, catalog)?.resourceType, undefined);
    });

    it('gives nothing for unknown terms, pseudo parameters, plain words and junk', () => {
      for (const junk of ['', '   ', 'AWS::Region', 'AWS::Serverless-2016-10-31', 'Foo::Bar::Baz', 'the', 42, null, undefined, {}, [], { entry: { id: 7 } }, 'x'.repeat(10_000)]) {
        assert.equal(resolveNoteSubject(junk, catalog), undefined, JSON.stringify(junk)?.slice(0, 40));
      }
    });
  });

  describe('resource types the active template uses', () => {
    it('lists the web app template\'s types of one service, each once, in order', () => {
      assert.deepEqual(resourceTypesOf(webApp, 'sqs', catalog), ['AWS::SQS::Queue']);
      assert.deepEqual(resourceTypesOf(webApp, 'dynamodb', catalog), ['AWS::DynamoDB::Table']);
      // Parameter types (AWS::EC2::VPC::Id) and refined types (security groups) are not EC2's resources.
      assert.ok(!resourceTypesOf(webApp, 'ec2', catalog).includes('AWS::EC2::SecurityGroup'));
      assert.ok(resourceTypesOf(webApp, 'ec2', catalog).every((t) => /^AWS::EC2::[A-Za-z0-9]+$/.test(t)));
    });

    it('lists every known type of a SAM template once, with its entry', () => {
      const found = resourceTypesIn(samApi, catalog);
      const types = found.map((f) => f.type);
      assert.equal(new Set(types).size, types.length);
      for (const type of ['AWS::Serverless::Function', 'AWS::S3::Bucket', 'AWS::SQS::Queue']) assert.ok(types.includes(type), type);
      assert.equal(found.find((f) => f.type === 'AWS::SQS::Queue')?.entryId, 'sqs');
      assert.ok(!types.includes('Api') && !types.includes('Task'));
    });
  });

  describe('file names', () => {
    it('names a note after the service id, in kebab case', () => {
      assert.equal(noteFileStem(catalog.get('dynamodb')!), 'dynamodb');
      assert.equal(noteFileStem({ id: 'Security Groups/Rules', shortName: '', name: '' }), 'security-groups-rules');
      assert.equal(noteFileStem({ id: 'con', shortName: 'Con', name: '' }), 'aws-note');
      assert.equal(noteFileStem({ id: '***', shortName: '', name: 'Amazon Élastic' }), 'amazon-elastic');
    });

    it('gives every catalog entry a name every file system accepts', () => {
      for (const entry of catalog.entries.values()) {
        const name = candidateFileNames(noteFileStem(entry))[0];
        assert.equal(fileNameProblem(name), undefined, `${entry.id} → ${name}`);
      }
    });

    it('offers numbered alternatives when the natural name is taken', () => {
      const names = candidateFileNames('s3');
      assert.deepEqual(names.slice(0, 3), ['s3.md', 's3-2.md', 's3-3.md']);
      assert.equal(new Set(names).size, names.length);
    });

    it('says why a name would be refused', () => {
      for (const bad of ['', 'a/b.md', 'a\\b.md', 'what?.md', 'con.md', 'x'.repeat(300), 'note.', '..']) assert.ok(fileNameProblem(bad), bad);
    });
  });

  describe('the new-note template', () => {
    const values = { service: 'Amazon DynamoDB', category: 'Database', resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'], date: '2026-12-02' };

    it('writes the official name and one heading per resource type, and a user template gets category and date', () => {
      const { text } = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, values);
      assert.match(text, /^# Amazon DynamoDB\n\n## AWS::DynamoDB::Table\n/);
      assert.match(expandNoteTemplate('# ${service}\n${category} · ${date}\n', values).text, /^# Amazon DynamoDB\nDatabase · 2026-12-02\n/);
      assert.deepEqual(noteHeadings(text).map((h) => h.text), ['Amazon DynamoDB', 'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable']);
      assert.ok(!text.includes('${'));
    });

    it('puts the cursor under the heading of the asked type', () => {
      const { text, cursorOffset } = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, values, 'AWS::DynamoDB::GlobalTable');
      assert.deepEqual(text.slice(0, cursorOffset).split('\n').slice(-3), ['## AWS::DynamoDB::GlobalTable', '', '']);
      const first = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, values, 'AWS::DynamoDB::Table');
      assert.deepEqual(first.text.slice(0, first.cursorOffset).split('\n').slice(-3), ['## AWS::DynamoDB::Table', '', '']);
      assert.match(first.text.slice(first.cursorOffset), /^\n\n## AWS::DynamoDB::GlobalTable\n/);
    });

    it('with no type asked, puts the cursor at ${cursor}, else under the first type, else in a new paragraph at the end', () => {
      const none = { ...values, resourceTypes: [] };
      const { text, cursorOffset } = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, none);
      assert.equal(text, '# Amazon DynamoDB\n\n\n');
      assert.equal(cursorOffset, text.length - 1);
      const plain = expandNoteTemplate('# ${service}', none);
      assert.equal(plain.text, '# Amazon DynamoDB\n\n\n');
      assert.equal(plain.cursorOffset, plain.text.length - 1);
      const marked = expandNoteTemplate('# ${service}\n\nSummary: ${cursor}\n\n${resourceTypes}', values);
      assert.equal(marked.text.slice(0, marked.cursorOffset), '# Amazon DynamoDB\n\nSummary: ');
      const first = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, values);
      assert.deepEqual(first.text.slice(0, first.cursorOffset).split('\n').slice(-3), ['## AWS::DynamoDB::Table', '', '']);
      assert.equal(expandNoteTemplate('# ${service}', values).text, '# Amazon DynamoDB\n\n\n', 'a template without ${resourceTypes} still ends');
    });

    it('ends the file with one line break, not the blank lines after the last heading', () => {
      const { text } = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, values, 'AWS::DynamoDB::Table');
      assert.match(text, /## AWS::DynamoDB::GlobalTable\n$/);
      const last = expandNoteTemplate(DEFAULT_NOTE_TEMPLATE, values, 'AWS::DynamoDB::GlobalTable');
      assert.match(last.text, /## AWS::DynamoDB::GlobalTable\n\n\n$/);
      assert.equal(last.cursorOffset, last.text.length - 1);
    });

    it('keeps a CRLF template in CRLF, drops its BOM, and leaves unknown placeholders as written', () => {
      const { text } = expandNoteTemplate('\uFEFF# ${service}\r\n\r\n${resourceTypes}${unknown} $service ${date}\r\n', values);
      assert.equal(text, '# Amazon DynamoDB\r\n\r\n## AWS::DynamoDB::Table\r\n\r\n\r\n\r\n## AWS::DynamoDB::GlobalTable\r\n\r\n\r\n\r\n${unknown} $service 2026-12-02\r\n');
    });

    it('never expands a placeholder twice (a service name holding "${date}" stays literal)', () => {
      const { text } = expandNoteTemplate('# ${service} ${date}', { ...values, service: 'Odd ${date}' });
      assert.ok(text.startsWith('# Odd ${date} 2026-12-02\n'), text);
    });

    it('formats the local date', () => {
      assert.equal(localDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    });
  });

  describe('resource type headings in an existing note', () => {
    const note = '# Amazon SQS\n\nVisibility timeout must exceed the consumer\'s run time.\n\n## `AWS::SQS::QueuePolicy`\n\nWho may send.\n';

    it('finds a heading that names the type, with or without backticks, and not a longer type', () => {
      assert.equal(headingFor(note, 'AWS::SQS::QueuePolicy')?.line, 4);
      assert.equal(headingFor(note, 'aws::sqs::queuepolicy')?.line, 4);
      assert.equal(headingFor(note, 'AWS::SQS::Queue'), undefined);
      assert.equal(headingFor('Queue\n=====\n\nAWS::SQS::Queue in a body line is no heading\n', 'AWS::SQS::Queue'), undefined);
      assert.equal(headingFor('```\n# AWS::SQS::Queue\n```\n', 'AWS::SQS::Queue'), undefined, 'a comment in a code block is no heading');
      assert.equal(headingFor('AWS::SQS::Queue notes\n---\n', 'AWS::SQS::Queue')?.level, 2, 'setext');
    });

    it('adds a heading one level under the title, at the end, without losing a byte', () => {
      const insertion = headingInsertion(note, 'AWS::SQS::Queue');
      assert.ok(insertion);
      const after = note.slice(0, insertion.offset) + insertion.insert + note.slice(insertion.offset);
      assert.ok(after.startsWith(note), 'the note is kept whole');
      assert.ok(after.endsWith('Who may send.\n\n## AWS::SQS::Queue\n\n'));
      assert.equal(insertion.cursorOffset, after.length);
    });

    it('never duplicates a heading: the second insertion is refused', () => {
      const first = headingInsertion(note, 'AWS::SQS::Queue')!;
      const after = note + first.insert;
      assert.equal(headingInsertion(after, 'AWS::SQS::Queue'), undefined);
      assert.equal(headingInsertion(note, 'AWS::SQS::QueuePolicy'), undefined);
    });

    it('keeps CRLF, and handles a note without a final newline or without headings', () => {
      assert.equal(headingInsertion('# SQS\r\nbody', 'AWS::SQS::Queue')?.insert, '\r\n\r\n## AWS::SQS::Queue\r\n\r\n');
      assert.equal(headingInsertion('just text\n', 'AWS::SQS::Queue')?.insert, '\n## AWS::SQS::Queue\n\n');
      assert.equal(headingInsertion('', 'AWS::SQS::Queue')?.insert, '## AWS::SQS::Queue\n\n');
      assert.equal(headingInsertion('###### deep\n\n', 'AWS::SQS::Queue')?.insert, '###### AWS::SQS::Queue\n\n');
    });
  });

  describe('the file already holding the user\'s notes on a service', () => {
    const folder = '/notes';
    const index = new NoteIndex(catalog, parseNotes);
    index.setFile('/notes/sqs.md', '# Amazon SQS\n\nSQS queues: visibility timeout, DLQs, long polling. SQS FIFO for order.\n\n## Dead-letter queues\n\nSQS moves a message after maxReceiveCount.\n', 'user');
    index.setFile('/notes/lambda.md', '# AWS Lambda\n\nLambda functions triggered by an SQS queue scale with the backlog.\n\n## Cold starts\n\nProvisioned concurrency.\n', 'user');
    index.setFile('/notes/everything.md', '# Study log\n\n## SQS\n\nSQS SQS SQS standard queues.\n\n## S3\n\nS3 buckets.\n\n## EC2\n\nEC2.\n\n## RDS\n\nRDS.\n', 'user');
    index.setFile('/elsewhere/sqs.md', '# Amazon SQS\n\nSQS SQS SQS SQS SQS SQS.\n', 'user');
    for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
    const inFolder = (file: string) => file.startsWith(`${folder}/`);

    it('picks the dedicated file over a study log and a note that names the service in passing', () => {
      assert.equal(pickServiceNoteFile('sqs', index.sectionsFor('sqs'), inFolder), '/notes/sqs.md');
      assert.equal(pickServiceNoteFile('lambda', index.sectionsFor('lambda'), inFolder), '/notes/lambda.md');
    });

    it('never picks a bundled note, a file outside the notes folders, or a passing mention', () => {
      assert.equal(pickServiceNoteFile('dynamodb', index.sectionsFor('dynamodb'), inFolder), undefined, 'only bundled notes are about DynamoDB');
      assert.equal(pickServiceNoteFile('sqs', index.sectionsFor('sqs'), (file) => file.startsWith('/elsewhere/') || file.startsWith('/notes/l')), '/elsewhere/sqs.md');
      const passing = [{ section: { file: '/notes/lambda.md', origin: 'user' as const, services: ['lambda', 'sqs'], concepts: [] }, score: 1 }];
      assert.equal(pickServiceNoteFile('sqs', passing, inFolder), undefined);
    });

    it('tells the user\'s note on a service from an unrelated file of the same name', () => {
      assert.ok(headingsAreAbout('# Amazon SQS\n\nbody\n', 'sqs', entriesNamedIn));
      assert.ok(headingsAreAbout('# Notes\n\n## AWS::SQS::Queue\n', 'sqs', entriesNamedIn));
      assert.ok(!headingsAreAbout('# Shopping list\n\nSQS is mentioned only in a body line.\n', 'sqs', entriesNamedIn));
      assert.ok(!headingsAreAbout('', 'sqs', entriesNamedIn));
    });
  });
});
