/** The hover's "Add a note" link (issue 17), kept apart from hover-content.test.ts so both can change freely. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { ServiceCatalog } from '../../src/core/catalog';
import { HOVER_COMMANDS, buildHoverContent, type HoverOptions } from '../../src/core/hover-content';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { bundledNoteFiles } from './support/paths';

const viewer = new MarkdownIt();
viewer.validateLink = () => true;

function links(markdown: string): { href: string; text: string }[] {
  return [...viewer.render(markdown).matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => ({ href: m[1].replace(/&amp;/g, '&'), text: m[2] }));
}

function args(href: string): unknown[] {
  return JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))) as unknown[];
}

const OPTIONS: HoverOptions = { maxSections: 3, indexComplete: true };

describe('hover "Add a note" link', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');

  function hover(text: string, options: Partial<HoverOptions> = {}) {
    const entryId = text.includes('::') ? (catalog.resolveResourceType(text)?.entryId ?? 'unknown') : catalog.resolveTerm(text)!;
    return buildHoverContent({ entryId, text }, catalog, index, { ...OPTIONS, ...options });
  }

  const addNote = (markdown: string) => links(markdown).filter((l) => l.text === 'Add a note');

  it('sits beside "No notes yet" and passes the exact resource type', () => {
    const content = hover('AWS::Grafana::Workspace');
    assert.ok(content);
    const [link, ...more] = addNote(content.markdown);
    assert.ok(link, content.markdown);
    assert.equal(more.length, 0, 'one link, not one per part');
    assert.ok(link.href.startsWith(`command:${HOVER_COMMANDS.newNote}?`));
    assert.deepEqual(args(link.href), ['AWS::Grafana::Workspace']);
    assert.match(content.markdown, /No notes yet on [^\n]*\[Add a note\]/);
  });

  it('is in the footer of a hover with notes, on the service when no exact type is hovered', () => {
    const typed = hover('AWS::S3::Bucket');
    assert.ok(typed);
    const footer = typed.markdown.split('\n\n---\n\n').at(-1)!;
    assert.deepEqual(addNote(footer).map((l) => args(l.href)), [['AWS::S3::Bucket']]);
    const named = hover('SQS');
    assert.ok(named);
    assert.deepEqual(addNote(named.markdown).map((l) => args(l.href)), [['sqs']]);
    const misspelt = hover('AWS::EC2::Instanse');
    assert.ok(misspelt);
    assert.deepEqual(addNote(misspelt.markdown).map((l) => args(l.href)), [[misspelt.entryId]]);
  });

  it('is not offered while the index is still being built (no notes may only mean "not yet")', () => {
    const content = hover('AWS::Grafana::Workspace', { indexComplete: false });
    assert.ok(content);
    assert.equal(addNote(content.markdown).length, 0);
  });

  it('encodes its argument so it can neither end the link nor add an argument', () => {
    const content = hover('AWS::S3::Bucket');
    assert.ok(content);
    const [link] = addNote(content.markdown);
    const query = link.href.slice(link.href.indexOf('?') + 1);
    assert.doesNotMatch(query, /[()[\]"' ]/);
  });

  it('grows the trusted command list by exactly awsNotes.newNote', () => {
    assert.deepEqual(Object.values(HOVER_COMMANDS).sort(), ['awsNotes.newNote', 'awsNotes.openSection', 'awsNotes.search', 'awsNotes.showInSidebar']);
  });
});
