import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import {
  STRONG_SCORE,
  isTableOfContents,
  buildFileTree,
  buildInFileGroup,
  buildServiceTree,
  entriesInOrder,
  type CategoryNode,
  type EntryNode,
  type FileNode,
  type SectionNode,
  type TreeModel,
  type TreeNode,
  type TreeSource,
} from '../../src/core/tree-model';
import { bundledNoteFiles, repoRoot } from './support/paths';

const catalog = new ServiceCatalog();
const index = new NoteIndex(catalog, parseNotes);
for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
const source: TreeSource = { entries: () => catalog.entries.values(), sectionsFor: (id) => index.sectionsFor(id), passagesOf: (s) => index.passagesOf(s) };

/** What an entry lists itself: its top-level sections, and passages whose section is not about the entry. */
function listedFor(entryId: string): string[] {
  const scored = index.sectionsFor(entryId);
  const ids = new Set(scored.map((s) => s.section.id));
  return scored.filter((s) => s.section.parentId === undefined || !ids.has(s.section.parentId)).map((s) => s.section.id);
}

/** Every section under an entry is about it, or is a passage of a section under it. */
function assertAboutOrInside(node: TreeNode, entryId: string): void {
  const tagged = new Set(index.sectionsFor(entryId).map((s) => s.section.id));
  const under = new Set(sectionIdsUnder(node));
  for (const id of tagged) assert.ok(under.has(id), `${entryId}: ${id} is listed`);
  for (const id of under) {
    const parentId = index.get(id)?.parentId;
    assert.ok(tagged.has(id) || (parentId !== undefined && under.has(parentId)), `${entryId}: ${id} is about it or inside a section about it`);
  }
}

/** Every node below `nodes`, depth first. */
function walk(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => [node, ...walk(node.children)]);
}

function sectionIdsUnder(node: TreeNode): string[] {
  return walk(node.children)
    .filter((n): n is SectionNode => n.kind === 'section')
    .map((n) => n.section.id);
}

function category(model: TreeModel, name: string): CategoryNode {
  const found = model.roots.find((r): r is CategoryNode => r.kind === 'category' && r.name === name);
  assert.ok(found, `no "${name}" category among ${model.roots.map((r) => (r.kind === 'category' ? r.name : r.id)).join(', ')}`);
  return found;
}

describe('topic tree model over the bundled notes', () => {
  describe('grouped by service', () => {
    const model = buildServiceTree(source, 'name');

    it('has the main AWS categories at the top level, S3 under Storage', () => {
      for (const name of ['Compute', 'Storage', 'Database']) category(model, name);
      const storage = category(model, catalog.get('s3')!.category);
      assert.equal(storage.name, 'Storage');
      assert.ok(storage.children.some((e) => e.entry.id === 's3'), 'S3 is listed under Storage');
      assert.ok(category(model, catalog.get('lambda')!.category).children.some((e) => e.entry.id === 'lambda'));
    });

    it('lists every entry the index has sections for, with the index count, and no empty entry', () => {
      const counts = index.entryCounts();
      const listed = new Map<string, EntryNode>();
      for (const root of model.roots) for (const entry of (root as CategoryNode).children) listed.set(entry.entry.id, entry);
      assert.deepEqual([...listed.keys()].sort(), [...counts.keys()].filter((id) => catalog.get(id)).sort());
      for (const [id, node] of listed) {
        assert.equal(node.sectionCount, listedFor(id).length, `${id} count`);
        // Strong sections plus the folded passing mentions are the index's sections, passages inside their section.
        assert.deepEqual(node.children.flatMap((c) => (c.kind === 'more' ? c.children : c.kind === 'section' ? [c] : [])).map((c) => c.section.id).sort(), listedFor(id).sort(), `${id} sections`);
        assertAboutOrInside(node, id);
        assert.ok(node.children.length > 0);
      }
    });

    it('puts concepts under their catalog category with the services', () => {
      const concepts = [...model.entryNodes.values()].filter((n) => n.entry.kind === 'concept');
      assert.ok(concepts.length > 0, 'the notes cover some concepts');
      for (const node of concepts) assert.equal((node.parent as CategoryNode).name, node.entry.category || 'Other');
    });

    it('lists strong sections first and folds passing mentions away', () => {
      let folded = 0;
      for (const node of model.entryNodes.values()) {
        const scores = new Map(index.sectionsFor(node.entry.id).map((s) => [s.section.id, s.score]));
        const more = node.children.find((c) => c.kind === 'more');
        const direct = node.children.filter((c): c is SectionNode => c.kind === 'section');
        if (more) {
          folded++;
          assert.equal(node.children[node.children.length - 1], more, 'the fold comes last');
          for (const s of direct) assert.ok(scores.get(s.section.id)! >= STRONG_SCORE, `${node.entry.id}: ${s.section.title}`);
          for (const s of more.children) {
            assert.ok(scores.get(s.section.id)! < STRONG_SCORE || isTableOfContents(s.section), `${node.entry.id}: ${s.section.title}`);
          }
        }
        // Within the list, the most relevant section comes first.
        const listed = direct.map((s) => scores.get(s.section.id)!);
        assert.deepEqual(listed, [...listed].sort((a, b) => b - a), `${node.entry.id} ranking`);
      }
      assert.ok(folded > 0, 'services named in passing across the notes (EC2, IAM) get a fold');
    });

    it('never lists the associate notes\' table of contents as being about a service', () => {
      const toc = index.allSections().filter(isTableOfContents);
      assert.deepEqual(toc.map((s) => s.title), ['Contents']);
      for (const node of model.entryNodes.values()) {
        const listed = node.children.filter((c): c is SectionNode => c.kind === 'section').map((c) => c.section.title);
        const onlyPassing = node.children.every((c) => c.kind === 'section');
        if (!onlyPassing) assert.ok(!listed.includes('Contents'), node.entry.id);
      }
    });

    it('orders categories and services alphabetically, the same way every time', () => {
      const names = model.roots.map((r) => (r as CategoryNode).name);
      assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
      const again = buildServiceTree(source, 'name');
      assert.deepEqual(walk(again.roots).map((n) => n.id), walk(model.roots).map((n) => n.id));
      for (const root of model.roots) {
        const labels = (root as CategoryNode).children.map((e) => e.entry.shortName || e.entry.name);
        assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
      }
    });

    it('orders by count when asked: most sections first', () => {
      const byCount = buildServiceTree(source, 'count');
      const counts = byCount.roots.map((r) => (r as CategoryNode).sectionCount);
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
      for (const root of byCount.roots) {
        const entryCounts = (root as CategoryNode).children.map((e) => e.sectionCount);
        assert.deepEqual(entryCounts, [...entryCounts].sort((a, b) => b - a));
      }
    });

    it('gives every node a unique id and a parent chain back to a root, so reveal works', () => {
      const nodes = walk(model.roots);
      assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length);
      for (const node of nodes) {
        let top: TreeNode = node;
        while (top.parent) top = top.parent;
        assert.ok(model.roots.includes(top as CategoryNode), node.id);
      }
    });

    it('reveals a section under the service it is most about, a passage inside its section', () => {
      for (const section of index.allSections()) {
        const node = model.sectionNodes.get(section.id);
        const tagged = [...section.services, ...section.concepts];
        if (tagged.length === 0) continue;
        assert.ok(node, `${section.title} has a node`);
        const parentNode = section.parentId !== undefined ? model.sectionNodes.get(section.parentId) : undefined;
        if (parentNode && node.parent === parentNode) continue; // a passage, revealed inside its section's node

        let at: TreeNode | undefined = node;
        while (at && at.kind !== 'entry') at = at.parent;
        assert.ok(at, section.title);
        // Listed directly beats folded under "Also mentioned in"; then the section's own ranking decides.
        const directly = (id: string) => model.entryNodes.get(id)?.children.some((c) => c.kind === 'section' && c.section.id === section.id);
        const anywhere = (id: string) => model.entryNodes.get(id) && sectionIdsUnder(model.entryNodes.get(id)!).includes(section.id);
        assert.equal(at.entry.id, tagged.find(directly) ?? tagged.find(anywhere), section.title);
      }
    });
  });

  describe('building nodes when they are needed', () => {
    it('makes no service\'s section nodes until that service is expanded or a section revealed', () => {
      let passagesAsked = 0;
      const counting: TreeSource = { ...source, passagesOf: (s) => (passagesAsked++, index.passagesOf(s)), sectionById: (id) => index.get(id) };
      const model = buildServiceTree(counting, 'count');
      assert.equal(passagesAsked, 0, 'no section node was made while the tree was built');
      assert.ok(model.entryNodes.get('s3')!.children.length > 0);
      const afterS3 = passagesAsked;
      assert.ok(afterS3 > 0 && afterS3 <= listedFor('s3').length, 'expanding S3 makes its own nodes only');
      model.sectionNodes.get(index.lookup('Amazon SQS')[0].id);
      assert.ok(passagesAsked < index.allSections().length / 2, `a reveal made ${passagesAsked} nodes`);
    });

    it('reveals each section, found through its own ranking, on the very node the full reveal index gives', () => {
      for (const sort of ['name', 'count'] as const) {
        const everything = buildServiceTree(source, sort);
        const perSection = buildServiceTree({ ...source, sectionById: (id) => index.get(id) }, sort);
        let revealed = 0;
        for (const section of index.allSections()) {
          const full = everything.sectionNodes.get(section.id);
          const found = perSection.sectionNodes.get(section.id);
          assert.equal(found?.id, full?.id, `${sort}: ${section.title}`);
          if (full) revealed++;
        }
        assert.ok(revealed > 500, `${revealed} sections revealed`);
        assert.equal(perSection.sectionNodes.get('no-such-section'), undefined);
      }
    });
  });

  describe('passages', () => {
    const model = buildServiceTree(source, 'name');

    it('expands a section with passages to them, in source order, under each service it is listed for', () => {
      const s3Node = model.entryNodes.get('s3')!.children.find((c): c is SectionNode => c.kind === 'section' && c.section.title === 'S3');
      assert.ok(s3Node, 'the S3 chapter is listed under S3');
      const titles = s3Node.children.map((c) => (c.kind === 'section' ? c.section.title : ''));
      assert.deepEqual(titles.slice(0, 3), ['Versioning', 'Amazon S3 – Replication', 'S3: Security']);
      assert.deepEqual(titles, index.passagesOf(s3Node.section).map((p) => p.title));
      for (const child of s3Node.children) assert.equal(child.parent, s3Node);
      const versioning = s3Node.children[0] as SectionNode;
      assert.equal(model.sectionNodes.get(versioning.section.id), versioning, 'a reveal of the passage lands inside its chapter');
    });

    it('nests passages under their section in the file outline', () => {
      const files = buildFileTree(index.files(), 'name');
      const versioning = index.allSections().find((s) => s.title === 'Versioning' && s.parentId)!;
      const node = files.sectionNodes.get(versioning.id)!;
      assert.equal(node.parent?.kind, 'section');
      assert.equal((node.parent as SectionNode).section.id, versioning.parentId);
    });
  });

  describe('grouped by file', () => {
    const model = buildFileTree(index.files(), 'name');

    it('has one node per file, in name order, holding all of its sections', () => {
      const files = model.roots as FileNode[];
      assert.deepEqual(files.map((f) => f.file.label), bundledNoteFiles().map((f) => path.basename(f)).sort());
      for (const file of files) {
        const indexed = index.files().find((f) => f.path === file.file.path)!;
        assert.equal(file.sectionCount, indexed.sections.filter((s) => s.parentId === undefined).length);
        assert.deepEqual(sectionIdsUnder(file).sort(), indexed.sections.map((s) => s.id).sort());
      }
    });

    it('nests each section under the headings of its breadcrumb, in source order', () => {
      let nested = 0;
      for (const node of walk(model.roots)) {
        if (node.kind !== 'section') continue;
        const titles: string[] = [];
        for (let at = node.parent; at && at.kind !== 'file'; at = at.parent) {
          titles.unshift(at.kind === 'section' ? at.section.title : at.kind === 'heading' ? at.title : '?');
        }
        const norm = (list: string[]) => list.map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase());
        assert.deepEqual(norm(titles), norm(node.section.breadcrumb.slice(1)), node.section.id);
        if (titles.length > 0) nested++;
        const lines = node.children.filter((c): c is SectionNode => c.kind === 'section').map((c) => c.section.line);
        assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
      }
      assert.ok(nested > 0, 'the headed Markdown notes produce a nested outline');
    });

    it('puts the S3 section of the associate notes under the Storage heading', () => {
      const file = (model.roots as FileNode[]).find((f) => f.file.label === 'solutions-architect-associate.md')!;
      const s3 = walk(file.children).find((n): n is SectionNode => n.kind === 'section' && n.section.breadcrumb.includes('Storage') && /^S3\b/.test(n.section.title));
      assert.ok(s3, 'an S3 section under Storage');
      const ancestors: string[] = [];
      for (let at = s3.parent; at && at.kind !== 'file'; at = at.parent) {
        ancestors.push(at.kind === 'section' ? at.section.title : at.kind === 'heading' ? at.title : at.id);
      }
      assert.ok(ancestors.map((t) => t.trim()).includes('Storage'), `S3 sits inside Storage, not ${ancestors.join(' < ')}`);
    });
  });

  describe('"In this file"', () => {
    it('lists the services a real template uses, in the order it first names them', () => {
      const template = fs.readFileSync(path.join(repoRoot(), 'test/fixtures/workspace/templates/web-app.yaml'), 'utf8');
      const ids = entriesInOrder(catalog.findMentions(template));
      const group = buildInFileGroup(ids, index, (id) => catalog.get(id), 'web-app.yaml');
      assert.ok(group, 'the template uses services the notes cover');
      const listed = group.children.map((c) => c.entry.id);
      for (const id of ['s3', 'dynamodb', 'sqs']) assert.ok(listed.includes(id), `${id} in ${listed.join(', ')}`);
      // Its Description reads "Application Load Balancer … DynamoDB table … SQS queue … S3 bucket": an outline in reading order.
      assert.equal(listed[0], 'alb');
      assert.ok(listed.indexOf('dynamodb') < listed.indexOf('sqs') && listed.indexOf('sqs') < listed.indexOf('s3'), listed.join(', '));
      assert.equal(new Set(listed).size, listed.length, 'each service once');
      for (const child of group.children) {
        assert.equal(child.parent, group);
        assert.equal(child.sectionCount, listedFor(child.entry.id).length);
      }
    });

    it('is absent for a document that names no AWS service', () => {
      const ids = entriesInOrder(catalog.findMentions('A shopping list: milk, bread, eggs.'));
      assert.equal(buildInFileGroup(ids, index, (id) => catalog.get(id), 'list.txt'), undefined);
    });
  });
});
