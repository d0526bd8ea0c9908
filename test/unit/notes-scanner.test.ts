import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NoteFileReader, RACY_MARGIN_MS, createNoteMatcher, distinctLabel, sameStamp, scanNotesFolder, trustedStamp, type ScanProblem, type ScannedFile } from '../../src/core/notes-scanner';
import { bundledNoteFiles } from './support/paths';
import { useTemporaryFolder } from './support/temporary-folder';

const DEFAULTS = { include: ['**/*.{md,markdown,txt}'], exclude: ['**/node_modules/**'], maxFileBytes: 1024 * 1024 };

describe('scanNotesFolder', () => {
  const folder = useTemporaryFolder('aws-notes-scan-');

  it('finds notes by the include globs, in a stable order, and skips excluded folders', async () => {
    const [first, second] = bundledNoteFiles();
    fs.mkdirSync(path.join(folder.path, 'networking'));
    fs.mkdirSync(path.join(folder.path, 'node_modules', 'pkg'), { recursive: true });
    fs.copyFileSync(first, path.join(folder.path, 'networking', 'vpc.md'));
    fs.copyFileSync(second, path.join(folder.path, 'study.TXT'));
    fs.writeFileSync(path.join(folder.path, 'template.yaml'), 'Resources: {}');
    fs.writeFileSync(path.join(folder.path, 'node_modules', 'pkg', 'README.md'), '# not a note');

    const problems: ScanProblem[] = [];
    const files = await scanNotesFolder(folder.path, DEFAULTS, (p) => problems.push(p));
    assert.deepEqual(
      files.map((f) => path.relative(folder.path, f.path)),
      [path.join('networking', 'vpc.md'), 'study.TXT'],
    );
    assert.deepEqual(problems, []);
  });

  it('reports a missing folder instead of throwing', async () => {
    const problems: ScanProblem[] = [];
    const files = await scanNotesFolder(path.join(folder.path, 'nope'), DEFAULTS, (p) => problems.push(p));
    assert.deepEqual(files, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /missing/);
  });

  it('skips files over the size limit with a message naming the setting', async () => {
    fs.writeFileSync(path.join(folder.path, 'huge.md'), 'x'.repeat(2048));
    fs.writeFileSync(path.join(folder.path, 'small.md'), '# S3');
    const problems: ScanProblem[] = [];
    const files = await scanNotesFolder(folder.path, { ...DEFAULTS, maxFileBytes: 1024 }, (p) => problems.push(p));
    assert.deepEqual(files.map((f) => path.basename(f.path)), ['small.md']);
    assert.match(problems[0].message, /over the .* limit \(awsNotes\.maxFileSizeMB\)/);
  });

  it('survives symbolic link loops and broken links', async () => {
    fs.mkdirSync(path.join(folder.path, 'a'));
    fs.writeFileSync(path.join(folder.path, 'a', 'note.md'), '# EC2');
    fs.symlinkSync(folder.path, path.join(folder.path, 'a', 'loop'));
    fs.symlinkSync(path.join(folder.path, 'gone.md'), path.join(folder.path, 'dangling.md'));
    const problems: ScanProblem[] = [];
    const files = await scanNotesFolder(folder.path, DEFAULTS, (p) => problems.push(p));
    assert.deepEqual(files.map((f) => path.relative(folder.path, f.path)), [path.join('a', 'note.md')]);
    assert.ok(problems.some((p) => /symbolic link loop/.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.path.endsWith('dangling.md') && /broken/.test(p.message)), JSON.stringify(problems));
  });

  it('reports a note path that is not a readable file', async () => {
    fs.mkdirSync(path.join(folder.path, 'folder.md'));
    fs.writeFileSync(path.join(folder.path, 'folder.md', 'inner.md'), '# SNS');
    const files = await scanNotesFolder(folder.path, DEFAULTS, () => undefined);
    // A folder named like a note is walked, not read as a file.
    assert.deepEqual(files.map((f) => path.relative(folder.path, f.path)), [path.join('folder.md', 'inner.md')]);
  });
});

describe('createNoteMatcher', () => {
  it('matches the default globs case-insensitively and honours excludes', () => {
    const matches = createNoteMatcher(['**/*.{md,markdown,txt}'], ['drafts/**']);
    assert.equal(matches('vpc.md'), true);
    assert.equal(matches('deep/er/notes.MARKDOWN'), true);
    assert.equal(matches('notes.txt'), true);
    assert.equal(matches('template.yaml'), false);
    assert.equal(matches('drafts/wip.md'), false);
  });
});

describe('NoteFileReader', () => {
  const folder = useTemporaryFolder('aws-notes-read-');

  it('lends each file its own exact bytes, however the sizes of the files before it went', async () => {
    const reader = new NoteFileReader();
    const large = Buffer.concat(bundledNoteFiles().map((file) => fs.readFileSync(file)));
    const files: [string, Buffer][] = [
      ['large.md', large],
      ['small.md', Buffer.from('# S3\nBuckets.\n')],
      ['empty.md', Buffer.alloc(0)],
      ['larger.md', Buffer.concat([large, large, Buffer.from([0xef, 0xbb, 0xbf])])],
      ['again-small.txt', Buffer.from('Route 53')],
    ];
    for (const [name, bytes] of files) fs.writeFileSync(path.join(folder.path, name), bytes);
    for (const [name, bytes] of files) {
      const read = await reader.withBytes(path.join(folder.path, name), (lent) => Buffer.from(lent));
      assert.ok('value' in read, name);
      assert.ok(read.value.equals(bytes), `${name}: ${read.value.length} bytes read, ${bytes.length} on disk`);
    }
  });

  it('gives overlapping reads their own bytes, pooled or not, and reports a missing file as a message', async () => {
    // Two pooled buffers for four reads at once: two are lent pooled buffers, two get buffers of their own.
    const reader = new NoteFileReader(2);
    const names = ['a.md', 'b.md', 'c.md', 'd.md'];
    names.forEach((name, i) => fs.writeFileSync(path.join(folder.path, name), `# Note ${i}\n`.repeat(1000 * (i + 1))));
    const reads = await Promise.all(names.map((name) => reader.withBytes(path.join(folder.path, name), (lent) => Buffer.from(lent).toString('utf8'))));
    reads.forEach((read, i) => {
      assert.ok('value' in read);
      assert.equal(read.value, `# Note ${i}\n`.repeat(1000 * (i + 1)));
    });
    const missing = await reader.withBytes(path.join(folder.path, 'gone.md'), () => 'read');
    assert.ok('error' in missing);
    assert.match(missing.error, /is unreadable \(ENOENT\); skipped/);
  });
});

describe('file stamps (a later start trusts an unchanged stat instead of reading the file)', () => {
  const folder = useTemporaryFolder('aws-notes-stamp-');
  const scanOne = async (): Promise<ScannedFile> => {
    const [file] = await scanNotesFolder(folder.path, DEFAULTS, () => undefined);
    return file;
  };
  /** The same scan result as a scan that many milliseconds later would see it, the file untouched. */
  const later = (file: ScannedFile, ms: number): ScannedFile => ({ ...file, checkedAt: file.checkedAt + ms });
  /** Waits until the kernel's clock for file times has surely ticked (it may be as coarse as a few ms). */
  const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

  it('takes size, mtime, ctime and inode from the stat, and the time from before it', async () => {
    const file = path.join(folder.path, 'vpc.md');
    fs.writeFileSync(file, '# VPC\n\nEndpoints.\n');
    const before = Date.now();
    const scanned = await scanOne();
    const stat = fs.statSync(file);
    assert.deepEqual(
      { size: scanned.size, mtimeMs: scanned.mtimeMs, ctimeMs: scanned.ctimeMs, ino: scanned.ino },
      { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino },
    );
    assert.ok(scanned.checkedAt >= before && scanned.checkedAt <= Date.now());
  });

  it('does not vouch for a file changed within the racy margin of its stat, and does once it is older', async () => {
    fs.writeFileSync(path.join(folder.path, 'vpc.md'), '# VPC\n\nEndpoints.\n');
    const scanned = await scanOne();
    // Just written: another write in the same timestamp tick would leave the same stat, so the bytes are hashed next time.
    assert.equal(trustedStamp(scanned), undefined);
    assert.equal(trustedStamp(later(scanned, RACY_MARGIN_MS - 500)), undefined);
    const stamp = trustedStamp(later(scanned, RACY_MARGIN_MS + 500));
    assert.ok(stamp && sameStamp(stamp, scanned));
    // No stamp never matches, so a file saved without one is always read.
    assert.equal(sameStamp(undefined, scanned), false);
  });

  it('sees a same-size edit whose mtime was set back (fs.utimes) through the ctime', async () => {
    const file = path.join(folder.path, 'vpc.md');
    fs.writeFileSync(file, '# VPC\n\nGateway endpoints.\n');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    await tick();
    const saved = await scanOne();
    fs.writeFileSync(file, '# VPC\n\nGateway endpoint!.\n');
    fs.utimesSync(file, old, old);
    const now = await scanOne();
    assert.equal(now.size, saved.size);
    assert.equal(now.mtimeMs, saved.mtimeMs);
    assert.notEqual(now.ctimeMs, saved.ctimeMs);
    assert.equal(sameStamp(saved, now), false);
  });

  it('sees a file replaced by a copy with the same size and times (an atomic save) through the inode', async () => {
    const file = path.join(folder.path, 'vpc.md');
    fs.writeFileSync(file, '# VPC\n\nGateway endpoints.\n');
    const saved = await scanOne();
    const aside = path.join(folder.path, 'vpc.md.tmp');
    fs.writeFileSync(aside, '# VPC\n\nGateway endpoint!.\n');
    fs.utimesSync(aside, saved.mtimeMs / 1000, saved.mtimeMs / 1000);
    fs.renameSync(aside, file);
    const now = await scanOne();
    assert.equal(now.size, saved.size);
    assert.notEqual(now.ino, saved.ino);
    assert.equal(sameStamp(saved, now), false);
  });

  it('matches an untouched file, and not a touched one (whose bytes are then hashed, not parsed)', async () => {
    const file = path.join(folder.path, 'vpc.md');
    fs.writeFileSync(file, '# VPC\n\nGateway endpoints.\n');
    const saved = await scanOne();
    assert.equal(sameStamp(saved, await scanOne()), true);
    await tick();
    const now = new Date();
    fs.utimesSync(file, now, now);
    assert.equal(sameStamp(saved, await scanOne()), false);
  });
});

describe('distinctLabel', () => {
  const work = path.join(os.tmpdir(), 'notes', 'work');
  it('is the path inside the folder, with forward slashes, when no other file has it', () => {
    assert.equal(distinctLabel(path.join('aws', 'vpc.md'), work, new Set(['vpc.md'])), 'aws/vpc.md');
  });

  it('qualifies a name another notes file has with its folder, and failing that with the whole folder path', () => {
    assert.equal(distinctLabel('aws.md', work, new Set(['aws.md'])), 'work/aws.md');
    // A folder of the same name elsewhere already took that: the whole path tells them apart.
    assert.equal(distinctLabel('aws.md', work, new Set(['aws.md', 'work/aws.md'])), `${work.split(path.sep).join('/')}/aws.md`);
    // A bundled note's name is taken too: a user's copy of it is not mistaken for it.
    assert.equal(distinctLabel('aws-interview-questions.txt', work, new Set(['aws-interview-questions.txt'])), 'work/aws-interview-questions.txt');
  });
});
