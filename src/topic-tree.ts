import * as vscode from 'vscode';
import { Commands, ContextKeys, Settings, Views } from './ids';
import type { NotesStore } from './notes-store';
import {
  buildFileTree,
  buildInFileGroup,
  buildServiceTree,
  entriesInOrder,
  entryLabel,
  type EntryNode,
  type GroupBy,
  type InFileNode,
  type SectionNode,
  type SortOrder,
  type TreeModel,
  type TreeNode,
} from './core/tree-model';
import { escapeMarkdown } from './core/markdown-safe';
import { MAX_SETTINGS_OUTLINE_CHARS, coveredSettings, declaredMentions, templateMentions } from './core/templates/in-file-outline';
import { bundledPropertyDocs, type PropertyDocs } from './core/templates/property-docs';
import { isCodeLanguage, sharedTemplateDocuments } from './template-documents';
import type { NoteSection } from './core/types';

/** Workspace-state keys that remember the view options per workspace. */
const StateKeys = { sortBy: 'awsNotes.tree.sortBy', groupBy: 'awsNotes.tree.groupBy' } as const;

/** Index updates arrive file by file while loading; one rebuild per burst is enough. */
const REFRESH_DELAY_MS = 150;
/** Typing in a template re-scans it for services only once the typing pauses. */
const IN_FILE_DELAY_MS = 400;
/** Moving the cursor through a template reveals services only once it rests. */
const FOLLOW_DELAY_MS = 250;
/** Only the head of a huge document is scanned for "In this file"; a study outline needs no more. */
const IN_FILE_MAX_CHARS = 500_000;

/** The `contextValue` of section items; package.json's inline "open to the side" menu matches it. */
const SECTION_CONTEXT = 'awsNotes.section';
/** The `contextValue` of a service without notes; package.json's inline "Add Note" matches it. */
const NO_NOTES_CONTEXT = 'awsNotes.serviceWithoutNotes';

/** Options for revealing a node, as `TreeView.reveal` takes them. */
export interface RevealOptions {
  select?: boolean;
  focus?: boolean;
  expand?: boolean | number;
}

/** Arguments the tree passes to `awsNotes.openSection`, so the opener knows not to reveal back into the tree. */
export interface OpenFromTreeOptions {
  fromTree: true;
}

/**
 * The Topics view: category → service → section, or file → heading outline,
 * with an "In this file" group for the active template. Builds its model only
 * when VS Code first asks for children.
 */
export class TopicTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<TreeNode>;

  private model: TreeModel | undefined;
  private inFile: InFileNode | undefined;
  /** The document "In this file" was computed for, and at which version. */
  private inFileKey: string | undefined;
  private inFileUri: string | undefined;
  /** Property docs for the settings of Terraform and CDK files: null until first needed, undefined when unavailable. */
  private docs: PropertyDocs | undefined | null = null;
  private sortBy: SortOrder;
  private groupBy: GroupBy;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private inFileTimer: ReturnType<typeof setTimeout> | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFollowed: string | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: NotesStore,
  ) {
    this.sortBy = context.workspaceState.get<SortOrder>(StateKeys.sortBy) === 'count' ? 'count' : 'name';
    this.groupBy = context.workspaceState.get<GroupBy>(StateKeys.groupBy) === 'file' ? 'file' : 'service';
    this.view = vscode.window.createTreeView(Views.topics, { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', ContextKeys.sortBy, this.sortBy);
    void vscode.commands.executeCommand('setContext', ContextKeys.groupBy, this.groupBy);

    this.disposables.push(
      this.view,
      this.changeEmitter,
      store.onDidChange(() => this.scheduleRefresh()),
      store.onDidBecomeReady(() => this.scheduleRefresh()),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.scheduleInFileUpdate(0);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleInFileUpdate(0)),
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length > 0) this.scheduleInFileUpdate(0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.scheduleInFileUpdate(IN_FILE_DELAY_MS);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelectionChanged(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.hoverLanguages}`)) this.scheduleInFileUpdate(0);
      }),
    );
  }

  // ---- TreeDataProvider ----

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node) return [...node.children];
    if (!this.store.isReady) {
      this.view.message = 'Indexing notes…';
      await this.store.ready;
      this.view.message = undefined;
    }
    const model = this.currentModel();
    this.updateInFile(false);
    return this.inFile ? [this.inFile, ...model.roots] : [...model.roots];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'category': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(categoryIcon(node.name));
        item.description = String(node.sectionCount);
        item.tooltip = `${node.name}: ${plural(node.sectionCount, 'section')} about ${plural(node.children.length, 'topic')}`;
        item.contextValue = 'awsNotes.category';
        return item;
      }
      case 'entry': {
        if (node.sectionCount === 0) return entryWithoutNotesItem(node);
        const item = new vscode.TreeItem(entryLabel(node.entry), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(node.entry.kind === 'concept' ? 'lightbulb' : 'cloud');
        item.description = String(node.sectionCount);
        const kind = node.entry.kind === 'concept' ? 'concept' : 'service';
        item.tooltip = `${node.entry.name} (${kind}, ${node.entry.category}): ${plural(node.sectionCount, 'section')}`;
        item.contextValue = node.entry.kind === 'concept' ? 'awsNotes.concept' : 'awsNotes.service';
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(`Also mentioned in ${plural(node.children.length, 'section')}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('references');
        item.tooltip = 'Sections that name this only in passing';
        item.contextValue = 'awsNotes.more';
        return item;
      }
      case 'section':
        return sectionItem(node);
      case 'file': {
        const item = new vscode.TreeItem(node.file.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.resourceUri = fileUri(node.file.path);
        item.iconPath = vscode.ThemeIcon.File;
        item.description = node.file.origin === 'user' ? `${node.sectionCount} · yours` : String(node.sectionCount);
        item.tooltip = `${node.file.path}\n${plural(node.sectionCount, 'section')}${node.file.origin === 'user' ? ' · your notes' : ' · bundled notes'}`;
        item.contextValue = 'awsNotes.file';
        return item;
      }
      case 'heading': {
        const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        // Under "In this file", a heading is a setting of the template the notes cover.
        const isSetting = node.id.includes('/setting:');
        item.iconPath = new vscode.ThemeIcon(isSetting ? 'settings-gear' : 'list-tree');
        if (isSetting) item.tooltip = `${node.title}: set in this template; your notes on it`;
        item.contextValue = 'awsNotes.heading';
        return item;
      }
      case 'inFile': {
        const item = new vscode.TreeItem('In this file', vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('file-code');
        item.description = node.documentName;
        item.tooltip = `AWS services and concepts ${node.documentName} uses, in the order it first names them, with your notes on each`;
        item.contextValue = 'awsNotes.inFile';
        return item;
      }
    }
  }

  // ---- Options ----

  /** Changes the order of categories, services and files, and remembers it for the workspace. */
  async setSort(sort: SortOrder): Promise<void> {
    this.sortBy = sort;
    await this.context.workspaceState.update(StateKeys.sortBy, sort);
    await vscode.commands.executeCommand('setContext', ContextKeys.sortBy, sort);
    this.refresh();
  }

  /** Switches between category/service grouping and the file outline, and remembers it. */
  async setGroupBy(groupBy: GroupBy): Promise<void> {
    this.groupBy = groupBy;
    await this.context.workspaceState.update(StateKeys.groupBy, groupBy);
    await vscode.commands.executeCommand('setContext', ContextKeys.groupBy, groupBy);
    this.refresh();
  }

  get sortOrder(): SortOrder {
    return this.sortBy;
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  /** Drops the model and the "In this file" group so both are rebuilt from the index. */
  refresh(): void {
    this.model = undefined;
    this.inFileKey = undefined;
    this.changeEmitter.fire(undefined);
  }

  // ---- Revealing ----

  /** Reveals the node for a catalog entry (in "In this file" when the active document names it). */
  async revealEntry(entryId: string, options: RevealOptions): Promise<boolean> {
    const node = this.entryNode(entryId);
    if (!node) return false;
    await this.view.reveal(node, options);
    return true;
  }

  /** Reveals a section under the entry it is most about (or in its file's outline). */
  async revealSection(sectionId: string, options: RevealOptions): Promise<boolean> {
    await this.store.ready;
    const node = this.currentModel().sectionNodes.get(sectionId);
    if (!node) return false;
    await this.view.reveal(node, options);
    return true;
  }

  /** The node a reveal of an entry lands on; the file grouping has no entry nodes outside "In this file". */
  entryNode(entryId: string): EntryNode | undefined {
    const inFile = this.inFile?.children.find((child) => child.entry.id === entryId);
    return inFile ?? this.currentModel().entryNodes.get(entryId);
  }

  /** The "In this file" group as last computed (for tests and the preview). */
  get inFileGroup(): InFileNode | undefined {
    return this.inFile;
  }

  /** Opens the view container and the Topics view. */
  async show(): Promise<void> {
    await vscode.commands.executeCommand(`${Views.topics}.focus`);
  }

  // ---- Internals ----

  private currentModel(): TreeModel {
    if (!this.model) {
      const index = this.store.index;
      const catalog = this.store.catalog;
      this.model =
        this.groupBy === 'file'
          ? buildFileTree(index.files(), this.sortBy)
          : buildServiceTree(
              {
                entries: () => catalog.entries.values(),
                sectionsFor: (id) => index.sectionsFor(id),
                passagesOf: (section) => index.passagesOf(section),
                sectionById: (id) => index.get(id),
              },
              this.sortBy,
            );
      void vscode.commands.executeCommand('setContext', ContextKeys.hasNotes, index.files().length > 0);
    }
    return this.model;
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.store.isReady) {
        void vscode.commands.executeCommand('setContext', ContextKeys.hasNotes, this.store.index.files().length > 0);
      }
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  private scheduleInFileUpdate(delay: number): void {
    if (this.inFileTimer) clearTimeout(this.inFileTimer);
    this.inFileTimer = setTimeout(() => {
      this.inFileTimer = undefined;
      // Scanning costs nothing while nobody looks; it is redone when the view shows.
      if (this.view.visible && this.store.isReady && this.model) this.updateInFile(true);
    }, delay);
  }

  /**
   * Recomputes "In this file" for the active editor. Notes files are left out:
   * they name dozens of services, so the group would repeat the whole tree, and
   * the file grouping already gives their outline.
   */
  private updateInFile(notify: boolean): void {
    const document = vscode.window.activeTextEditor?.document;
    // Opening a section in the preview (a webview) leaves no active text editor; the
    // template is still open behind it, so its outline stays until its tab closes.
    if (!document && this.inFile && this.inFileUri && isOpenInTab(this.inFileUri)) return;
    const key = document ? `${document.uri.toString()}@${document.version}` : undefined;
    if (key === this.inFileKey) return;
    this.inFileKey = key;
    let next: InFileNode | undefined;
    if (document && this.scansDocument(document)) {
      try {
        const index = this.store.index;
        // A template is read through its model: logical ids and property keys are not mentions, and its settings the notes cover are listed.
        const template = sharedTemplateDocuments(this.store.log).get(document);
        if (template) {
          const catalog = this.store.catalog;
          const text = document.getText();
          const ids = entriesInOrder([...templateMentions(template, text, catalog), ...declaredMentions(template, catalog)]);
          const docs = template.proseOutsideSubjects === false ? this.propertyDocs() : undefined;
          const settings = text.length <= MAX_SETTINGS_OUTLINE_CHARS ? coveredSettings(template, catalog, index, docs) : undefined;
          next = buildInFileGroup(ids, index, (id) => catalog.get(id), documentName(document.uri), { servicesWithoutNotes: true, settingsByEntry: settings });
        } else if (!isCodeLanguage(document.languageId)) {
          // Code no dialect reads (a TypeScript module without aws-cdk-lib) lists nothing: its words are identifiers.
          const text = document.getText().slice(0, IN_FILE_MAX_CHARS);
          const ids = entriesInOrder(this.store.catalog.findMentions(text));
          next = buildInFileGroup(ids, index, (id) => this.store.catalog.get(id), documentName(document.uri), { servicesWithoutNotes: true });
        }
      } catch (error) {
        this.store.log.warn(`Could not list the services in ${document.uri.toString()}: ${String(error)}`);
      }
    }
    const changed = !sameInFile(this.inFile, next);
    this.inFile = next;
    this.inFileUri = next ? document?.uri.toString() : undefined;
    if (notify && changed) this.changeEmitter.fire(undefined);
  }

  /** The property docs, read the first time a Terraform or CDK file's settings are listed; unavailable → no settings listed (logged). */
  private propertyDocs(): PropertyDocs | undefined {
    if (this.docs === null) {
      try {
        this.docs = bundledPropertyDocs();
      } catch (error) {
        this.docs = undefined;
        this.store.log.warn(`Property descriptions unavailable for "In this file": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return this.docs;
  }

  private scansDocument(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    if (this.store.index.hasFile(document.uri.fsPath) || this.store.index.hasFile(document.uri.toString())) return false;
    const languages = vscode.workspace.getConfiguration(Settings.section).get<string[]>(Settings.hoverLanguages) ?? [];
    return languages.includes(document.languageId);
  }

  /**
   * Follows the service under the cursor. Only the user's own cursor moves
   * count: a selection set by a command (such as opening a section) must not
   * pull the tree away from the node the user just clicked.
   */
  private onSelectionChanged(event: vscode.TextEditorSelectionChangeEvent): void {
    if (event.kind !== vscode.TextEditorSelectionChangeKind.Keyboard && event.kind !== vscode.TextEditorSelectionChangeKind.Mouse) return;
    if (!this.view.visible || !this.store.isReady) return;
    if (!vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.treeFollowCursor, true)) return;
    if (this.followTimer) clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => {
      this.followTimer = undefined;
      void this.followCursor(event.textEditor);
    }, FOLLOW_DELAY_MS);
  }

  private async followCursor(editor: vscode.TextEditor): Promise<void> {
    if (editor !== vscode.window.activeTextEditor || !this.view.visible) return;
    const position = editor.selection.active;
    const lineText = editor.document.lineAt(position.line).text;
    const mention = this.store.catalog.mentionAt(lineText, position.character);
    // Resting again on the service already shown does nothing; leaving it and coming back reveals it again.
    if (mention?.entryId === this.lastFollowed) return;
    this.lastFollowed = mention?.entryId;
    if (!mention) return;
    try {
      await this.revealEntry(mention.entryId, { select: true, focus: false, expand: false });
    } catch (error) {
      // A reveal races with a refresh now and then; the next cursor move tries again.
      this.lastFollowed = undefined;
      this.store.log.debug(`Could not follow ${mention.entryId}: ${String(error)}`);
    }
  }

  dispose(): void {
    for (const timer of [this.refreshTimer, this.inFileTimer, this.followTimer]) if (timer) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A service "In this file" names that has no notes: dimmed, with the inline "Add Note" action (package.json matches the context value). */
function entryWithoutNotesItem(node: EntryNode): vscode.TreeItem {
  const item = new vscode.TreeItem(entryLabel(node.entry), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon('cloud', new vscode.ThemeColor('disabledForeground'));
  item.description = 'no notes';
  item.tooltip = `${node.entry.name} (${node.entry.category}): no notes yet. Add Note writes one in your notes folder.`;
  item.contextValue = NO_NOTES_CONTEXT;
  return item;
}

function sectionItem(node: SectionNode): vscode.TreeItem {
  const section = node.section;
  const collapsible = node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(section.title, collapsible);
  item.id = node.id;
  const mine = section.origin === 'user';
  // The file name only where it tells apart two sections of the same title (S3 in two files);
  // everywhere else it would crowd out the titles, and the tooltip holds it anyway.
  const where = hasSameTitledSibling(node) ? fileStem(section.breadcrumb[0] ?? '') : '';
  item.description = [mine ? 'yours' : '', where].filter(Boolean).join(' · ') || undefined;
  item.iconPath = new vscode.ThemeIcon(sectionIcon(section), mine ? new vscode.ThemeColor('charts.green') : undefined);
  item.tooltip = sectionTooltip(section);
  item.contextValue = SECTION_CONTEXT;
  const fromTree: OpenFromTreeOptions = { fromTree: true };
  item.command = { command: Commands.openSection, title: 'Open Note Section', arguments: [section.id, fromTree] };
  return item;
}

/**
 * Breadcrumb, title and excerpt. Note text is escaped with `escapeMarkdown`
 * (not `appendText`, which turns every space into `&nbsp;` and stops the
 * tooltip from wrapping); the string is untrusted and allows no HTML.
 */
export function sectionTooltip(section: NoteSection): vscode.MarkdownString {
  const parts = [`**${escapeMarkdown(section.title)}**`, escapeMarkdown(section.breadcrumb.join(' › '))];
  if (section.snippet) parts.push(section.snippet.split('\n').map(escapeMarkdown).join('  \n'));
  parts.push(`*${escapeMarkdown(`${kindLabel(section)}${section.origin === 'user' ? ' · your notes' : ''} · line ${section.line + 1}`)}*`);
  const tooltip = new vscode.MarkdownString(parts.join('\n\n'), false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  return tooltip;
}

/** The codicon for a section: Q&A, exam scenario, or plain note. */
export function sectionIcon(section: Pick<NoteSection, 'kind'>): string {
  if (section.kind === 'qa') return 'comment-discussion';
  if (section.kind === 'scenario') return 'mortar-board';
  return 'note';
}

/** How a section's kind reads in a tooltip or the preview. */
export function kindLabel(section: Pick<NoteSection, 'kind'>): string {
  if (section.kind === 'qa') return 'Q&A';
  if (section.kind === 'scenario') return 'Exam scenario';
  return 'Note';
}

/** A codicon that fits an AWS category name; categories the catalog may add later fall back to a folder. */
export function categoryIcon(name: string): string {
  const rules: [RegExp, string][] = [
    [/container/i, 'package'],
    [/serverless/i, 'zap'],
    [/compute/i, 'server-process'],
    [/database/i, 'database'],
    [/storage/i, 'archive'],
    [/network|content delivery|edge/i, 'globe'],
    [/security|identity|compliance/i, 'shield'],
    [/integration|messaging|decoupl/i, 'mail'],
    [/analytic|data/i, 'graph'],
    [/machine learning|\bml\b|\bai\b/i, 'hubot'],
    [/migration|transfer/i, 'arrow-swap'],
    [/management|governance|monitor|observab/i, 'dashboard'],
    [/developer|devops|tools/i, 'tools'],
    [/cost|billing|financ/i, 'credit-card'],
    [/availability|scal|resilien/i, 'pulse'],
    [/concept|architecture/i, 'lightbulb'],
    [/front|mobile|web/i, 'device-mobile'],
    [/internet of things|iot/i, 'circuit-board'],
    [/media/i, 'device-camera-video'],
    [/business/i, 'briefcase'],
    [/end user/i, 'vm'],
    [/game/i, 'game'],
    [/blockchain/i, 'link'],
    [/quantum/i, 'beaker'],
    [/satellite/i, 'radio-tower'],
  ];
  return rules.find(([pattern]) => pattern.test(name))?.[1] ?? 'folder-library';
}

function hasSameTitledSibling(node: SectionNode): boolean {
  const key = node.section.title.trim().toLowerCase();
  return (node.parent?.children ?? []).some(
    (sibling: TreeNode) => sibling !== node && sibling.kind === 'section' && sibling.section.title.trim().toLowerCase() === key && sibling.section.file !== node.section.file,
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function fileStem(label: string): string {
  return label.replace(/\.(?:md|markdown|txt)$/i, '');
}

function fileUri(path: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(path) ? vscode.Uri.parse(path) : vscode.Uri.file(path);
}

function documentName(uri: vscode.Uri): string {
  const segments = uri.path.split('/');
  return segments[segments.length - 1] || uri.toString();
}

function isOpenInTab(uri: string): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
  );
}

function sameInFile(a: InFileNode | undefined, b: InFileNode | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.documentName !== b.documentName || a.children.length !== b.children.length) return false;
  return a.children.every((child, i) => child.entry.id === b.children[i].entry.id && child.sectionCount === b.children[i].sectionCount && child.children.length === b.children[i].children.length);
}

/**
 * Creates the Topics view and its view-title commands (refresh, group, sort).
 * Cheap: the catalog and index are touched only when the view asks for children.
 */
export function registerTopicTree(context: vscode.ExtensionContext, store: NotesStore): TopicTree {
  const tree = new TopicTree(context, store);
  context.subscriptions.push(
    tree,
    vscode.commands.registerCommand(Commands.refreshTree, () => tree.refresh()),
    vscode.commands.registerCommand(Commands.groupByFile, () => tree.setGroupBy('file')),
    vscode.commands.registerCommand(Commands.groupByService, () => tree.setGroupBy('service')),
    vscode.commands.registerCommand(Commands.sortByName, () => tree.setSort('name')),
    vscode.commands.registerCommand(Commands.sortByCount, () => tree.setSort('count')),
  );
  return tree;
}
