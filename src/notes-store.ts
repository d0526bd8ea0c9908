import * as vscode from 'vscode';
import { ServiceCatalog } from './core/catalog';
import { NoteIndex, type IndexChange } from './core/note-index';
import { parseNotes } from './core/parser';
import type { SearchEngine, SearchState } from './core/search';
import type { NoteSection } from './core/types';

/** A saved search index, and the section now in each of its slots (undefined where that section is gone). */
export interface OfferedSearchState {
  state: SearchState;
  sections: (NoteSection | undefined)[];
  /**
   * The engine already restored from `state` over `sections`, in steps that hand the event loop back, so
   * that search need not restore it in one block. Sections that changed since are still search's to drop.
   */
  engine?: SearchEngine;
  /**
   * With `engine`: sections it took in besides `state`'s slots (the index workers' postings of files new since
   * the save), which search takes as indexed too. `sections` always lists `state`'s slots, one for one.
   */
  absorbed?: NoteSection[];
}

/**
 * The one place the editor features get notes from: the service catalog, the
 * section index, and a change event. Both are built on first use, never inside
 * `activate()`, so activation stays cheap.
 */
export class NotesStore implements vscode.Disposable {
  private catalogInstance: ServiceCatalog | undefined;
  private indexInstance: NoteIndex | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<IndexChange>();
  private readonly readyEmitter = new vscode.EventEmitter<void>();
  private readonly restoreEndedEmitter = new vscode.EventEmitter<void>();
  private resolveReady!: () => void;
  private isReadyFlag = false;

  /** Fires after every index update (a file added, changed or removed). */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when a full (re)build of the index finishes. */
  readonly onDidBecomeReady = this.readyEmitter.event;
  /** Fires when a restore or a worker install ends (see `setRestoring`); its search state, if any, is on offer. */
  readonly onDidEndRestoring = this.restoreEndedEmitter.event;
  /** Resolves when the first full index is built. */
  readonly ready: Promise<void>;

  constructor(readonly log: vscode.LogOutputChannel) {
    this.ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  }

  /** The AWS service catalog; built on first use. */
  get catalog(): ServiceCatalog {
    if (!this.catalogInstance) {
      const started = performance.now();
      this.catalogInstance = new ServiceCatalog();
      this.log.debug(`Service catalog loaded in ${(performance.now() - started).toFixed(1)} ms`);
    }
    return this.catalogInstance;
  }

  /** The section index; empty until the loader fills it. */
  get index(): NoteIndex {
    if (!this.indexInstance) {
      this.indexInstance = new NoteIndex(this.catalog, parseNotes);
      this.indexInstance.onDidChange((change) => this.changeEmitter.fire(change));
    }
    return this.indexInstance;
  }

  private offeredSearch: OfferedSearchState | undefined;
  private restoringCount = 0;

  /**
   * True while the first build restores the saved index, or a build installs what the index workers built.
   * That takes a moment, so search waits for it to finish rather than indexing each installed file itself and
   * then throwing the stored postings away.
   */
  get isRestoring(): boolean {
    return this.restoringCount > 0;
  }

  /**
   * Set by the loader around a restore from the saved index, or an install of the index workers' result: each
   * `true` is paired with a `false`, and a restore and an install may overlap, so it counts.
   */
  setRestoring(restoring: boolean): void {
    const before = this.restoringCount;
    this.restoringCount = Math.max(0, before + (restoring ? 1 : -1));
    if (before > 0 && this.restoringCount === 0) this.restoreEndedEmitter.fire();
  }

  /** The loader read a saved search index matching the sections it restored; search may take it instead of re-indexing. */
  offerSearchState(offer: OfferedSearchState): void {
    this.offeredSearch = offer;
  }

  /** Whether a saved search index is on offer (search takes it when the first build is done). */
  get hasSearchOffer(): boolean {
    return this.offeredSearch !== undefined;
  }

  /** The offered search index, once: whoever takes it owns it, and it is not kept alive after. */
  takeSearchState(): OfferedSearchState | undefined {
    const offer = this.offeredSearch;
    this.offeredSearch = undefined;
    return offer;
  }

  /** True once the first full index build has finished. */
  get isReady(): boolean {
    return this.isReadyFlag;
  }

  /** Called by the loader when a full build finishes. */
  markReady(): void {
    this.isReadyFlag = true;
    this.resolveReady();
    this.readyEmitter.fire();
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.readyEmitter.dispose();
    this.restoreEndedEmitter.dispose();
  }
}
