import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, isWebLink, markdownLinkTarget, safeExcerpt, toSafeMarkdown } from '../../src/core/markdown-safe';
import { bundledNoteFiles } from './support/paths';

/**
 * A deliberately permissive renderer: raw HTML on, every link scheme allowed.
 * If our output still renders without a dangerous link or tag here, it cannot
 * produce one in VS Code's (stricter) hover renderer either.
 */
const permissive = new MarkdownIt({ html: true, linkify: false });
permissive.validateLink = () => true;

function render(markdown: string): string {
  return permissive.render(markdown);
}

/** Every href/src in rendered HTML. */
function targets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
}

/** Asserts that rendered output holds no HTML that came from the note and no link other than http(s). */
function assertInert(markdown: string): void {
  const html = render(markdown);
  for (const target of targets(html)) assert.match(target, /^https?:\/\//, `unsafe link target ${target} in ${markdown}`);
  assert.doesNotMatch(html, /<(?:script|img|iframe|object|embed|style|svg|form|input)\b/i, `raw HTML in ${html}`);
  assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i, `event handler attribute in ${html}`);
}

const ATTACKS = [
  '[x](command:workbench.action.terminal.new)',
  '[run](command:awsNotes.openSection?%5B%22x%22%5D)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](  javascript:alert(1) )',
  '<command:workbench.action.terminal.new>',
  '<javascript:alert(1)>',
  '[x][1]\n\n[1]: command:workbench.action.terminal.new',
  '[x]\n\n[x]: <command:workbench.action.terminal.new> "title"',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[file](file:///etc/passwd)',
  '[vs](vscode://settings/foo)',
  '![pic](command:workbench.action.terminal.new)',
  '<a href="command:workbench.action.terminal.new">click</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#91;x&#93;&#40;command:workbench.action.terminal.new&#41;',
  '[x](<command:workbench.action.terminal.new>)',
  '| a | b |\n|---|---|\n| [x](command:foo) | <img src=x onerror=alert(1)> |',
  '- [x](command:foo)\n- <script>alert(1)</script>',
  '> [x](javascript:alert(1))',
  '```\n[x](command:foo)\n```\n[y](command:bar)',
  '**[x](command:foo)**',
  '[`code`](command:foo)',
  '\\[x](command:foo)',
];

describe('markdown-safe', () => {
  describe('note text that tries injection stays inert', () => {
    for (const attack of ATTACKS) {
      it(`neutralises ${JSON.stringify(attack)}`, () => {
        assertInert(safeExcerpt(attack));
        assertInert(toSafeMarkdown(attack));
      });
    }

    it('keeps the text of a rejected link visible rather than silently dropping it', () => {
      const html = render(safeExcerpt('see [x](command:workbench.action.terminal.new) here'));
      assert.match(html, /see \[x\]\(command:workbench\.action\.terminal\.new\) here/);
      assert.doesNotMatch(html, /<a /);
    });

    it('shows a script tag as text', () => {
      assert.match(render(safeExcerpt('<script>alert(1)</script>')), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    });

    it('does not let a reference definition turn into a link', () => {
      const html = render(safeExcerpt('[x][1]\n\n[1]: command:workbench.action.terminal.new'));
      assert.doesNotMatch(html, /<a /);
      assert.match(html, /\[x\]\[1\]/);
    });

    it('escapes theme-icon syntax so a note cannot show an icon', () => {
      assert.equal(escapeMarkdown('$(zap)'), '\\$\\(zap\\)');
    });
  });

  describe('keeps what is safe', () => {
    it('keeps https links as links', () => {
      const out = safeExcerpt('Read [the S3 docs](https://docs.aws.amazon.com/s3/) first.');
      const html = render(out);
      assert.match(html, /<a href="https:\/\/docs\.aws\.amazon\.com\/s3\/">the S3 docs<\/a>/);
    });

    it('keeps emphasis and inline code', () => {
      const html = render(safeExcerpt('Use **versioning** and *MFA delete* with `aws s3api`.'));
      assert.match(html, /<strong>versioning<\/strong>/);
      assert.match(html, /<em>MFA delete<\/em>/);
      assert.match(html, /<code>aws s3api<\/code>/);
    });

    it('keeps a table a table, with its alignment', () => {
      const table = '| Class | Retrieval |\n|:--|--:|\n| Standard | ms |\n| Glacier | hours |';
      const html = render(safeExcerpt(table));
      assert.match(html, /<table>/);
      assert.match(html, /<th style="text-align:left">Class<\/th>/);
      assert.match(html, /<td style="text-align:right">hours<\/td>/);
    });

    it('shares the table width between columns, so a two-column table keeps more of each cell', () => {
      const sentence = 'Can implement rate limiting and bursting for the API';
      const narrow = render(safeExcerpt(`| a | b | c | d |\n|---|---|---|---|\n| ${sentence} | x | y | z |`));
      const wide = render(safeExcerpt(`| a | b |\n|---|---|\n| ${sentence} | x |`));
      const cellLength = (html: string) => /<td>([^<]*)<\/td>/.exec(html)?.[1].length ?? 0;
      assert.ok(cellLength(wide) > cellLength(narrow), `${cellLength(wide)} should exceed ${cellLength(narrow)}`);
    });

    it('caps a long table with a note of how many rows are left', () => {
      const rows = Array.from({ length: 12 }, (_, i) => `| row ${i} | value ${i} |`).join('\n');
      const out = safeExcerpt(`| Name | Value |\n|---|---|\n${rows}`);
      const html = render(out);
      assert.equal((html.match(/<tr>/g) ?? []).length, 1 + 4 + 1, 'header, four rows, the "more rows" row');
      assert.match(html, /8 more rows/);
    });

    it('caps wide tables and long cells', () => {
      const header = '| a | b | c | d | e | f |';
      const long = 'x'.repeat(30) + ' ' + 'y'.repeat(30);
      const out = safeExcerpt(`${header}\n|---|---|---|---|---|---|\n| ${long} | 2 | 3 | 4 | 5 | 6 |`);
      const html = render(out);
      const headerCells = (html.match(/<th>/g) ?? []).length;
      assert.equal(headerCells, 5, 'four columns and an ellipsis column');
      assert.ok(!html.includes('y'.repeat(30)), 'the long cell is cut');
      assert.match(html, /<td>x{10,}…<\/td>/);
    });

    it('keeps pipes inside table code spans inside their cell', () => {
      const html = render(safeExcerpt('| cmd | note |\n|---|---|\n| `a|b` | c |'));
      assert.equal((html.match(/<td>/g) ?? []).length, 2);
    });

    it('writes code fences long enough for the backticks they hold', () => {
      const out = toSafeMarkdown('````\n```\ninner\n```\n````');
      const html = render(out);
      assert.match(html, /<pre><code>```\ninner\n```\n<\/code><\/pre>/);
    });
  });

  describe('excerpt budget', () => {
    it('stops after a few lines and cuts a long paragraph at a word with an ellipsis', () => {
      const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
      const out = safeExcerpt(words, { limits: { maxLines: 2, maxLineChars: 50 } });
      assert.ok(out.length <= 110, `excerpt too long: ${out.length}`);
      assert.match(out, /word\d+…$/);
    });

    it('skips a first line that only repeats the title', () => {
      const out = safeExcerpt('### Q1.What is Amazon S3?\nObject storage with eleven nines of durability.', { title: 'What is Amazon S3?' });
      assert.doesNotMatch(out, /What is Amazon S3/);
      assert.match(out, /Object storage/);
    });

    it('drops a repeated title line inside a paragraph, and the list number it came with', () => {
      const out = safeExcerpt('2)\tSynchronous vs Event Driven Architecture:  \nSynchronous Architecture:  \nAll components must scale together.', {
        title: 'Synchronous vs Event Driven Architecture',
      });
      assert.doesNotMatch(out, /Event Driven/);
      assert.doesNotMatch(render(out), /<ol/);
      assert.match(render(out), /^<p>Synchronous Architecture:<br>\nAll components must scale together\.<\/p>/);
    });

    it('skips a heading that repeats the last part of a qualified title', () => {
      const out = safeExcerpt('### Security\n\n- In-flight encryption using HTTPS', { title: 'SQS: Security' });
      assert.doesNotMatch(out, /Security/);
      assert.match(out, /In\\-flight/);
    });

    it('keeps the line breaks of plain-text notes, each costing a line of budget', () => {
      const out = safeExcerpt('one  \ntwo  \nthree  \nfour  \nfive', { limits: { maxLines: 3 } });
      const html = render(out);
      assert.match(html, /one<br>\ntwo<br>\nthree…/);
      assert.doesNotMatch(html, /four/);
    });

    it('keeps a first line that says more than the title', () => {
      const out = safeExcerpt('S3 is object storage, durable and cheap, used for backups, data lakes and static sites.', { title: 'S3' });
      assert.match(out, /object storage/);
    });

    it('renders headings inside a section as bold lines, not as headings', () => {
      const html = render(safeExcerpt('Intro line.\n\n## Storage classes\n\nStandard, IA, Glacier.'));
      assert.doesNotMatch(html, /<h\d/);
      assert.match(html, /<strong>Storage classes<\/strong>/);
    });

    it('never throws on odd input', () => {
      for (const input of ['', '\u0000\u0001', '\uFEFF# x', 'a\r\nb\r\n', '\uD800 lone surrogate', '|'.repeat(5000), '`'.repeat(1000), '['.repeat(10000)]) {
        assert.equal(typeof safeExcerpt(input), 'string');
      }
      assert.equal(safeExcerpt(undefined as unknown as string), '');
    });
  });

  describe('the real bundled notes', () => {
    for (const file of bundledNoteFiles()) {
      it(`renders ${file.split(/[\\/]/).pop()} with only http(s) links and no raw HTML`, () => {
        const text = fs.readFileSync(file, 'utf8');
        // Chunks the size of a section, so excerpts start at many different constructs.
        const lines = text.split(/\r?\n/);
        for (let start = 0; start < lines.length; start += 25) {
          const chunk = lines.slice(start, start + 60).join('\n');
          assertInert(safeExcerpt(chunk));
        }
        assertInert(toSafeMarkdown(text));
      });
    }

    it('turns the <img> tags in solutions-architect-associate.md into escaped text, not images', () => {
      const file = bundledNoteFiles().find((f) => f.endsWith('solutions-architect-associate.md'));
      assert.ok(file);
      const text = fs.readFileSync(file, 'utf8');
      const line = text.split('\n').find((l) => l.startsWith('<img '));
      assert.ok(line, 'the fixture still holds an <img> tag');
      assert.doesNotMatch(render(toSafeMarkdown(line)), /<img/);
    });
  });

  describe('helpers', () => {
    it('isWebLink accepts http(s) only', () => {
      assert.ok(isWebLink('https://aws.amazon.com'));
      assert.ok(isWebLink(' http://example.com/x '));
      for (const url of ['command:x', 'javascript:alert(1)', 'data:text/html,x', 'file:///x', 'vscode://x', '/relative', '#anchor', 'https://']) {
        assert.ok(!isWebLink(url), url);
      }
    });

    it('markdownLinkTarget encodes what could end the link early', () => {
      assert.equal(markdownLinkTarget('https://a.b/x y>z<'), '<https://a.b/x%20y%3Ez%3C>');
    });
  });
});
