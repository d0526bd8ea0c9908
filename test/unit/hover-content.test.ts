import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { ServiceCatalog } from '../../src/core/catalog';
import { HOVER_COMMANDS, HoverContentCache, buildHoverContent, commandUri, type HoverContent, type HoverOptions } from '../../src/core/hover-content';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { bundledNoteFiles } from './support/paths';

/** Renders like a trusting viewer would: every link kept, so the test sees every link the hover holds. */
const viewer = new MarkdownIt({ html: true });
viewer.validateLink = () => true;

interface Link {
  href: string;
  text: string;
}

function links(markdown: string): Link[] {
  const html = viewer.render(markdown);
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => ({ href: decodeHtml(m[1]), text: m[2] }));
}

function decodeHtml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The arguments of a command link, decoded the way VS Code decodes them. */
function commandArgs(href: string): unknown[] {
  const query = href.slice(href.indexOf('?') + 1);
  return JSON.parse(decodeURIComponent(query)) as unknown[];
}

/** Visible text of the rendered hover, for assertions on what a user reads. */
function visibleText(markdown: string): string {
  return viewer
    .render(markdown)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'");
}

const OPTIONS: HoverOptions = { maxSections: 3, indexComplete: true };

describe('hover-content (real notes, real catalog)', () => {
  let catalog: ServiceCatalog;
  let index: NoteIndex;

  before(() => {
    catalog = new ServiceCatalog();
    index = new NoteIndex(catalog, parseNotes);
    for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  });

  function hover(text: string, options: Partial<HoverOptions> = {}): HoverContent | undefined {
    const entryId = text.includes('::') ? (catalog.resolveResourceType(text)?.entryId ?? 'unknown') : catalog.resolveTerm(text);
    assert.ok(entryId, `the catalog does not know ${text}`);
    return buildHoverContent({ entryId, text }, catalog, index, { ...OPTIONS, ...options });
  }

  function sectionTitles(content: HoverContent): string[] {
    return content.sectionIds.map((id) => index.get(id)?.title ?? '?');
  }

  describe('resource types', () => {
    it('AWS::S3::Bucket: S3 header, the official line, a docs link, and S3 notes first', () => {
      const content = hover('AWS::S3::Bucket');
      assert.ok(content);
      const text = visibleText(content.markdown);
      assert.match(text, /^Amazon S3 · Storage/);
      assert.match(text, /AWS::S3::Bucket — The AWS::S3::Bucket resource creates an Amazon S3 bucket/);
      const docs = links(content.markdown).find((l) => l.text === 'AWS docs');
      assert.ok(docs);
      assert.match(docs.href, /^https:\/\/docs\.aws\.amazon\.com\/.*aws-resource-s3-bucket\.html$/);
      assert.equal(content.sectionIds.length, 3);
      const first = index.get(content.sectionIds[0]);
      assert.ok(first);
      assert.equal(first.services[0], 's3', `first section "${first.title}" is not mainly about S3`);
    });

    it('AWS::EC2::SecurityGroup: security-group notes first, not generic EC2 ones', () => {
      const content = hover('AWS::EC2::SecurityGroup');
      assert.ok(content);
      assert.equal(content.entryId, 'security-groups');
      assert.match(visibleText(content.markdown), /^Security groups · /);
      const first = index.get(content.sectionIds[0]);
      assert.ok(first);
      assert.match(first.title, /security group/i);
      assert.ok(first.concepts.includes('security-groups'));
    });

    it('a known type with no notes shows its official line and "No notes yet", and no other notes', () => {
      const content = hover('AWS::Grafana::Workspace');
      assert.ok(content);
      const text = visibleText(content.markdown);
      assert.match(text, /AWS::Grafana::Workspace — Specifies a workspace/);
      assert.match(text, /No notes yet on /);
      assert.deepEqual(content.sectionIds, []);
      assert.ok(!links(content.markdown).some((l) => l.href.startsWith(`command:${HOVER_COMMANDS.openSection}`)));
    });

    it('says the index is still being built instead of "No notes yet" while it is', () => {
      const content = hover('AWS::Grafana::Workspace', { indexComplete: false });
      assert.ok(content);
      assert.match(visibleText(content.markdown), /still being indexed/);
      assert.doesNotMatch(visibleText(content.markdown), /No notes yet/);
    });

    it('a misspelt type in a known namespace falls back to the namespace and says so', () => {
      const content = hover('AWS::EC2::Instanse');
      assert.ok(content);
      assert.equal(content.entryId, 'ec2');
      const text = visibleText(content.markdown);
      assert.match(text, /Unknown resource type AWS::EC2::Instanse; showing notes on Amazon EC2/);
      assert.ok(content.sectionIds.length > 0);
      assert.ok(content.sectionIds.every((id) => index.get(id)?.services.includes('ec2')));
      assert.ok(!links(content.markdown).some((l) => l.text === 'AWS docs'), 'no docs link for a type that does not exist');
    });

    it('a refinement with no notes of its own says so and shows its parent service', () => {
      const content = hover('AWS::Lambda::LayerVersion');
      assert.ok(content);
      const text = visibleText(content.markdown);
      assert.match(text, /No notes on Lambda layers yet; showing notes on AWS Lambda\./i);
      assert.ok(content.sectionIds.every((id) => index.get(id)?.services.includes('lambda')));
    });

    it('shows no hover for the SAM transform or an unknown namespace', () => {
      assert.equal(buildHoverContent({ entryId: 'lambda', text: 'AWS::Serverless-2016-10-31' }, catalog, index, OPTIONS), undefined);
      assert.equal(buildHoverContent({ entryId: 's3', text: 'AWS::NoSuchService::Thing' }, catalog, index, OPTIONS), undefined);
    });
  });

  describe('names, abbreviations and concepts', () => {
    it('ALB shows load balancer notes under the Application Load Balancer header', () => {
      const content = hover('ALB');
      assert.ok(content);
      assert.match(visibleText(content.markdown), /^Application Load Balancer · /);
      assert.match(sectionTitles(content)[0], /load balancer|ALB|ELB/i);
    });

    it('a concept says it is a concept', () => {
      const content = hover('Multi-AZ');
      assert.ok(content);
      assert.match(visibleText(content.markdown).split('\n')[0], /· concept$/);
    });

    it('a name with no notes gets no hover at all', () => {
      const content = buildHoverContent({ entryId: 'managed-grafana', text: 'Managed Grafana' }, catalog, index, OPTIONS);
      assert.equal(content, undefined);
    });
  });

  describe('sections, footer and links', () => {
    it('lists at most maxSections sections', () => {
      assert.equal(hover('AWS::S3::Bucket', { maxSections: 1 })?.sectionIds.length, 1);
      assert.equal(hover('AWS::S3::Bucket', { maxSections: 5 })?.sectionIds.length, 5);
    });

    it('links each title to awsNotes.openSection with that section id', () => {
      const content = hover('AWS::DynamoDB::Table');
      assert.ok(content);
      const opens = links(content.markdown).filter((l) => l.href.startsWith(`command:${HOVER_COMMANDS.openSection}?`));
      assert.deepEqual(
        opens.map((l) => commandArgs(l.href)),
        content.sectionIds.map((id) => [id]),
      );
      assert.deepEqual(
        opens.map((l) => visibleText(l.text).trim()),
        sectionTitles(content),
      );
    });

    it('excerpts an exam scenario from its answer, not from the conversation that opens it', () => {
      const scenario = index.lookup('AWS::S3::Bucket').find((s) => s.title === 'S3, CloudFront, Elastic Beanstalk, CloudSearch, and Amazon Textract');
      assert.ok(scenario, 'the bundled scenario is about S3');
      assert.match(scenario.body, /^Your confusion/, 'it opens with the conversation');
      const content = hover('AWS::S3::Bucket', { maxSections: 10 });
      assert.ok(content && content.sectionIds.includes(scenario.id));
      const text = visibleText(content.markdown);
      const block = text.slice(text.indexOf(scenario.title));
      assert.doesNotMatch(block.slice(0, 400), /Your confusion/);
      assert.match(block.slice(0, 400), /Store the scanned images in S3/, 'it shows the answer under "Correct Solution: …"');
    });

    it('names the source file of each section', () => {
      const content = hover('AWS::DynamoDB::Table');
      assert.ok(content);
      const text = visibleText(content.markdown);
      for (const id of content.sectionIds) {
        const label = index.get(id)?.breadcrumb[0];
        assert.ok(label && text.includes(label), `source ${label} not shown`);
      }
    });

    it('footer: "N more notes on S3" opens the search filtered to S3, "Show in sidebar" reveals S3', () => {
      const content = hover('AWS::S3::Bucket');
      assert.ok(content);
      const all = links(content.markdown);
      const more = all.find((l) => /more notes on S3/.test(l.text));
      assert.ok(more, 'no "more notes" link');
      const total = index.sectionsFor('s3').length;
      assert.equal(more.text, `${total - content.sectionIds.length} more notes on S3`);
      assert.deepEqual(commandArgs(more.href), ['s3: ']);
      assert.ok(more.href.startsWith(`command:${HOVER_COMMANDS.search}?`));
      const sidebar = all.find((l) => l.text === 'Show in sidebar');
      assert.ok(sidebar);
      assert.ok(sidebar.href.startsWith(`command:${HOVER_COMMANDS.showInSidebar}?`));
      assert.deepEqual(commandArgs(sidebar.href), ['s3']);
    });

    it('every link is one of our three commands or an https page', () => {
      const allowed = Object.values(HOVER_COMMANDS).map((c) => `command:${c}?`);
      for (const term of ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'ALB', 'Aurora Serverless', 'AWS::RDS::DBInstance', 'SQS', 'AWS::Serverless::Function']) {
        const content = hover(term, { maxSections: 10 });
        assert.ok(content, term);
        for (const link of links(content.markdown)) {
          assert.ok(link.href.startsWith('https://') || allowed.some((a) => link.href.startsWith(a)), `${term}: unexpected link ${link.href}`);
        }
      }
    });

    it('skips the section the cursor is in', () => {
      const first = hover('AWS::S3::Bucket');
      assert.ok(first);
      const skipped = hover('AWS::S3::Bucket', { skipSectionId: first.sectionIds[0] });
      assert.ok(skipped);
      assert.ok(!skipped.sectionIds.includes(first.sectionIds[0]));
      assert.equal(skipped.sectionIds[0], first.sectionIds[1]);
    });

    it('shows no hover for a name whose only note is the section the cursor is in (with its passages)', () => {
      const only = index.sectionsFor('appflow').filter((s) => s.section.parentId === undefined);
      assert.equal(only.length, 1, 'fixture assumption: one section is about AppFlow');
      assert.ok(index.sectionsFor('appflow').some((s) => s.section.parentId === only[0].section.id), 'fixture assumption: and one of its passages');
      assert.ok(hover('AppFlow'), 'a hover elsewhere');
      assert.equal(hover('AppFlow', { skipSectionId: only[0].section.id }), undefined);
      const typeHover = hover('AWS::AppFlow::Flow', { skipSectionId: only[0].section.id });
      assert.ok(typeHover);
      assert.match(visibleText(typeHover.markdown), /No notes yet on AppFlow/);
    });
  });

  describe('user notes', () => {
    const userFile = path.join(path.sep, 'home', 'me', 'notes', 'my-s3.md');

    afterEach(() => index.removeFile(userFile));

    it('marks the user\'s own notes as theirs', () => {
      index.setFile(userFile, '# S3 bucket policies and S3 encryption\n\nS3 bucket policies grant access. S3 SSE-KMS encrypts. S3 S3 S3 S3 S3.\n', 'user');
      const content = hover('AWS::S3::Bucket', { maxSections: 10 });
      assert.ok(content);
      const mine = content.sectionIds.find((id) => index.get(id)?.origin === 'user');
      assert.ok(mine, 'the user note is listed');
      assert.match(visibleText(content.markdown), /my-s3\.md · your notes/);
    });

    it('keeps a hostile user note inert: its links and HTML never become live', () => {
      const hostile = [
        '# S3 tricks',
        '',
        'S3 S3 S3 S3 [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(1)</script>',
        '[open](command:awsNotes.openSection?%5B%22x%22%5D) [js](javascript:alert(1)) <command:awsNotes.search>',
        '[ref][1]',
        '',
        '[1]: command:workbench.action.terminal.new',
      ].join('\n');
      index.setFile(userFile, hostile, 'user');
      const content = hover('AWS::S3::Bucket', { maxSections: 10 });
      assert.ok(content);
      assert.ok(content.sectionIds.some((id) => index.get(id)?.origin === 'user'), 'the hostile note is listed');
      const all = links(content.markdown);
      const opens = all.filter((l) => l.href.startsWith(`command:${HOVER_COMMANDS.openSection}`));
      assert.equal(opens.length, content.sectionIds.length, 'only our own title links open sections');
      for (const link of all) {
        assert.ok(!/workbench|javascript|\["x"\]/.test(decodeURIComponent(link.href)), `live note link ${link.href}`);
      }
      const html = viewer.render(content.markdown);
      assert.doesNotMatch(html, /<(?:img|script)\b/);
    });
  });

  describe('cache', () => {
    it('returns the same hover until the index changes, then rebuilds', () => {
      const cache = new HoverContentCache();
      const subject = { entryId: 's3', text: 'AWS::S3::Bucket' };
      const first = cache.get(subject, catalog, index, OPTIONS);
      assert.ok(first);
      assert.equal(cache.get(subject, catalog, index, OPTIONS), first);
      const userFile = path.join(path.sep, 'tmp', 'cache-test.md');
      index.setFile(userFile, '# S3 notes\n\nS3 S3 S3 S3 S3 S3 S3.\n', 'user');
      try {
        const second = cache.get(subject, catalog, index, OPTIONS);
        assert.ok(second);
        assert.notEqual(second, first);
      } finally {
        index.removeFile(userFile);
      }
    });

    it('keys on the options too', () => {
      const cache = new HoverContentCache();
      const subject = { entryId: 's3', text: 'AWS::S3::Bucket' };
      assert.equal(cache.get(subject, catalog, index, { ...OPTIONS, maxSections: 1 })?.sectionIds.length, 1);
      assert.equal(cache.get(subject, catalog, index, { ...OPTIONS, maxSections: 2 })?.sectionIds.length, 2);
    });
  });

  it('commandUri percent-encodes everything that could end a link or add an argument', () => {
    const uri = commandUri('awsNotes.openSection', ['notes (copy).md#a) "b" [c]']);
    assert.doesNotMatch(uri.slice('command:awsNotes.openSection?'.length), /[()"[\] ]/);
    assert.deepEqual(commandArgs(uri), ['notes (copy).md#a) "b" [c]']);
  });
});
