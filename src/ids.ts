/**
 * Every command, view and setting id the extension contributes. package.json
 * declares the same ids; a unit test keeps the two in step.
 */

/** Command ids. */
export const Commands = {
  openSection: 'awsNotes.openSection',
  openSectionToSide: 'awsNotes.openSectionToSide',
  search: 'awsNotes.search',
  searchSelection: 'awsNotes.searchSelection',
  showInSidebar: 'awsNotes.showInSidebar',
  rebuildIndex: 'awsNotes.rebuildIndex',
  addNotesFolder: 'awsNotes.addNotesFolder',
  refreshTree: 'awsNotes.refreshTree',
  groupByFile: 'awsNotes.groupByFile',
  groupByService: 'awsNotes.groupByService',
  sortByName: 'awsNotes.sortByName',
  sortByCount: 'awsNotes.sortByCount',
  showOutput: 'awsNotes.showOutput',
  newNote: 'awsNotes.newNote',
  addNoteForService: 'awsNotes.addNoteForService',
  showResourcesWithoutNotes: 'awsNotes.showResourcesWithoutNotes',
  study: 'awsNotes.study',
  studyTopic: 'awsNotes.studyTopic',
} as const;

/** View container and view ids. */
export const Views = {
  container: 'awsNotes',
  topics: 'awsNotes.topics',
} as const;

/** Setting keys, relative to the `awsNotes` section. */
export const Settings = {
  section: 'awsNotes',
  hoverEnabled: 'hover.enabled',
  hoverLanguages: 'hover.languages',
  hoverMaxSections: 'hover.maxSections',
  openIn: 'openIn',
  notesFolders: 'notesFolders',
  include: 'include',
  exclude: 'exclude',
  includeBundledNotes: 'includeBundledNotes',
  maxFileSizeMB: 'maxFileSizeMB',
  treeFollowCursor: 'tree.followCursor',
  newNoteTemplate: 'newNote.template',
  studyStatusBar: 'study.statusBar',
  studyNewCardsPerSession: 'study.newCardsPerSession',
} as const;

/** Context keys used in `when` clauses. */
export const ContextKeys = {
  groupBy: 'awsNotes.groupBy',
  sortBy: 'awsNotes.sortBy',
  hasNotes: 'awsNotes.hasNotes',
} as const;
