import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { githubSlug, isSafeLink, renderMarkdown, withoutTitleLine } from '../../src/core/markdown-render';
import { parseNotes } from '../../src/core/parser';

const notesDir = path.resolve(__dirname, '../../../notes');

/** Lines `from`..`to` (1-based, inclusive) of a bundled notes file. */
function noteLines(file: string, from: number, to: number): string {
  return fs.readFileSync(path.join(notesDir, file), 'utf8').split('\n').slice(from - 1, to).join('\n');
}

/** Every `href` the rendered HTML would let a click follow. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
}

describe('renderMarkdown', () => {
  describe('injection in a note stays inert', () => {
    it('renders a command: link as plain text, not a link', () => {
      const html = renderMarkdown('Run [x](command:workbench.action.terminal.new) now');
      assert.deepEqual(hrefs(html), []);
      assert.ok(!html.includes('<a'), html);
      assert.ok(html.includes('command:workbench.action.terminal.new'), 'the text is still shown');
    });

    it('renders javascript:, vscode:, data: and file: links as text', () => {
      const html = renderMarkdown(
        ['[a](javascript:alert(1))', '[b](vscode:extension/foo)', '[c](data:text/html,<script>alert(1)</script>)', '[d](file:///etc/passwd)', '[e](JavaScript:alert(1))'].join('\n\n'),
      );
      assert.deepEqual(hrefs(html), []);
      assert.ok(!/<script/i.test(html), html);
    });

    it('escapes an <img onerror> tag instead of emitting it', () => {
      const html = renderMarkdown('before <img src=x onerror=alert(1)> after');
      assert.ok(!/<img/i.test(html), html);
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), html);
    });

    it('escapes a <script> block', () => {
      const html = renderMarkdown('<script>alert(1)</script>\n\ntext');
      assert.ok(!/<script/i.test(html), html);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), html);
    });

    it('does not autolink unsafe schemes', () => {
      const html = renderMarkdown('see <javascript:alert(1)> and <command:workbench.action.terminal.new>');
      assert.deepEqual(hrefs(html), []);
    });

    it('turns images into links, never <img>, since the webview loads no remote resources', () => {
      const html = renderMarkdown('![diagram](https://example.com/a.png) and ![x](javascript:alert(1))');
      assert.ok(!/<img/i.test(html), html);
      assert.deepEqual(hrefs(html), ['https://example.com/a.png']);
      assert.ok(html.includes('Image: diagram'), html);
    });
  });

  describe('safe links survive', () => {
    it('keeps http(s) links and shows their address on hover', () => {
      const html = renderMarkdown('[AWS](https://aws.amazon.com/) and [plain](http://example.com)');
      assert.deepEqual(hrefs(html), ['https://aws.amazon.com/', 'http://example.com']);
      assert.ok(html.includes('title="https://aws.amazon.com/"'), html);
    });

    it('keeps in-document anchors, or rewrites them through resolveAnchor', () => {
      assert.deepEqual(hrefs(renderMarkdown('[EC2](#ec2)')), ['#ec2']);
      const rewritten = renderMarkdown('[EC2](#ec2) [Gone](#nowhere)', {
        resolveAnchor: (anchor) => (anchor === 'ec2' ? 'command:awsNotes.openSection?%5B%22x%22%5D' : undefined),
      });
      assert.deepEqual(hrefs(rewritten), ['command:awsNotes.openSection?%5B%22x%22%5D', '#nowhere']);
    });

    it('isSafeLink allows only http(s) and anchors', () => {
      assert.ok(isSafeLink('https://aws.amazon.com'));
      assert.ok(isSafeLink('#s3'));
      for (const bad of ['command:x', 'vscode:x', 'javascript:x', 'data:x', 'file:///x', '//evil.example', 'mailto:a@b']) {
        assert.ok(!isSafeLink(bad), bad);
      }
    });
  });

  describe('real notes', () => {
    it('renders the bundled GitHub <img> tags as image links to their https source', () => {
      // solutions-architect-associate.md line 345 holds a raw <img width=… src="https://…"> tag.
      const html = renderMarkdown(noteLines('solutions-architect-associate.md', 340, 350));
      assert.ok(!/<img/i.test(html), html);
      assert.ok(hrefs(html).some((href) => href.startsWith('https://user-images.githubusercontent.com/')), html);
      assert.ok(!html.includes('&lt;img'), 'no raw tag soup left');
    });

    it('keeps a Markdown table intact', () => {
      // The shape the parser produces from the tab-separated SQL vs NoSQL table.
      const table = [
        '| SQL Database (RDBMS) | NOSQL Database |',
        '| --- | --- |',
        '| Tables have predefines schema | Schemaless |',
        '| Holds structured data | Holds structured and unstructured data |',
      ].join('\n');
      const html = renderMarkdown(table);
      assert.equal((html.match(/<table>/g) ?? []).length, 1);
      assert.equal((html.match(/<tr>/g) ?? []).length, 3);
      assert.ok(html.includes('<th>SQL Database (RDBMS)</th>'), html);
      assert.ok(html.includes('<td>Schemaless</td>'), html);
    });

    it('renders the EC2 section of the associate notes with its lists and emphasis', () => {
      const html = renderMarkdown(noteLines('solutions-architect-associate.md', 141, 160));
      assert.ok(html.includes('<h2>EC2</h2>'), html);
      assert.ok(html.includes('<strong>Infrastructure as a Service (IaaS)</strong>'), html);
      assert.ok(html.includes('<ul>'), html);
    });

    it('does not rewrite <img> inside a code fence', () => {
      const html = renderMarkdown('```html\n<img src="https://example.com/a.png">\n```');
      assert.ok(html.includes('&lt;img src=&quot;https://example.com/a.png&quot;&gt;'), html);
      assert.deepEqual(hrefs(html), []);
    });
  });

  describe('bad input', () => {
    it('never throws on empty, binary or huge text', () => {
      assert.equal(renderMarkdown(''), '');
      assert.doesNotThrow(() => renderMarkdown('\u0000\uFFFD\uD800 \r\n\uFEFF# x'));
      const huge = renderMarkdown('word '.repeat(100_000));
      assert.ok(huge.length < 300_000);
    });
  });
});

describe('withoutTitleLine', () => {
  const parsed = (file: string) => parseNotes(fs.readFileSync(path.join(notesDir, file), 'utf8'));

  it('drops a first line that only repeats the title, numbering and heading marks included', () => {
    assert.equal(withoutTitleLine('## EC2\n\n- IaaS', 'EC2'), '\n- IaaS');
    assert.equal(withoutTitleLine('2.Handling Errors During Migration:\nIdentify', 'Handling Errors During Migration'), 'Identify');
    assert.equal(withoutTitleLine('### Q1.What are the reasons?\nBecause', 'What are the reasons?'), 'Because');
    assert.equal(withoutTitleLine('Aurora Global database\n=====================\n\n5 region max', 'Aurora Global database'), '\n5 region max');
    assert.equal(withoutTitleLine('AutoScaling==========\nASG default', 'AutoScaling'), 'ASG default');
  });

  it('keeps a first line that says more than the title', () => {
    const body = 'ELB: --> redirect traffic to multiple ec2 instance';
    assert.equal(withoutTitleLine(body, 'ELB'), body);
    assert.equal(withoutTitleLine('Placement group: Cluster (low latency)', 'Placement group'), 'Placement group: Cluster (low latency)');
  });

  it('never drops note content from the real bundled sections: at most the one title line goes', () => {
    for (const file of ['aws-interview-questions.txt', 'solutions-architect-associate.md', 'aws-study-notes.txt', 'exam-scenario-explanations.md']) {
      for (const section of parsed(file)) {
        const kept = withoutTitleLine(section.body, section.title);
        const removed = section.body.split('\n').length - kept.split('\n').length;
        assert.ok(removed >= 0 && removed <= 2, `${file}: ${section.title}`);
        const dropped = section.body.split('\n').slice(0, removed).join('\n');
        assert.ok(!/[a-z]/i.test(dropped.split('\n').slice(1).join('')), `${file}: only the title line and an underline go (${dropped})`);
        assert.ok(section.body.endsWith(kept), `${file}: ${section.title}`);
      }
    }
    const ec2 = parsed('solutions-architect-associate.md').find((s) => s.title === 'EC2')!;
    assert.ok(!withoutTitleLine(ec2.body, ec2.title).includes('## EC2'));
  });
});

describe('githubSlug', () => {
  it('matches the anchors of the associate notes table of contents', () => {
    assert.equal(githubSlug('Elastic Load Balancer'), 'elastic-load-balancer');
    assert.equal(githubSlug('MSK Managed Streaming for Apache Kafka'), 'msk-managed-streaming-for-apache-kafka');
    assert.equal(githubSlug('RDS and Aurora MySQL Migrations'), 'rds-and-aurora-mysql-migrations');
  });
});
