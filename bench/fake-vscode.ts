/**
 * A stand-in for the `vscode` module, just enough to load the bundle and run
 * `activate()` in plain Node and time them. Every API call returns at once, so
 * what is timed is the extension's own work, not the editor's.
 *
 * Unknown members resolve to a permissive proxy (callable, constructible, a
 * disposable), so the fake keeps up as features register more things; the few
 * members whose values steer code (EventEmitter, configuration defaults, Uri)
 * are real.
 */
import * as path from 'node:path';

type Listener<T> = (event: T) => unknown;

class Disposable {
  constructor(private readonly callOnDispose: () => unknown = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

class Uri {
  private constructor(readonly scheme: string, readonly fsPath: string) {}
  get path(): string {
    return this.fsPath;
  }
  static file(fsPath: string): Uri {
    return new Uri('file', fsPath);
  }
  static parse(value: string): Uri {
    return new Uri(value.split(':')[0] ?? 'file', value.replace(/^file:\/\//, ''));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.join(base.fsPath, ...parts));
  }
  with(): Uri {
    return this;
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

/** Anything: call it, construct it, read any member of it, dispose it. */
function anything(name: string): unknown {
  const target = function () {
    /* callable */
  };
  return new Proxy(target, {
    get(_target, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) {
        return function* () {
          /* empty */
        };
      }
      if (key === Symbol.toPrimitive) return () => name;
      if (key === 'dispose') return () => undefined;
      if (key === 'toString') return () => name;
      if (key === 'length') return 0;
      return anything(`${name}.${String(key)}`);
    },
    apply(_target, _this, args) {
      // Events: subscribing returns a disposable and never fires.
      if (name.endsWith('.get') && args.length >= 2) return args[1];
      return anything(`${name}()`);
    },
    construct() {
      return anything(`new ${name}`) as object;
    },
  });
}

function configuration(): unknown {
  return {
    get: (_key: string, fallback?: unknown) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: async () => undefined,
  };
}

/**
 * Members bundlers copy off the module object: esbuild's CommonJS interop
 * enumerates own properties, so proxied members must exist up front.
 */
const API_NAMES = [
  'window', 'commands', 'languages', 'env', 'extensions', 'l10n', 'tasks', 'debug', 'scm', 'authentication', 'tests', 'notebooks', 'comments',
  'ThemeIcon', 'ThemeColor', 'TreeItem', 'TreeItemCollapsibleState', 'TreeItemCheckboxState', 'MarkdownString', 'Hover', 'Range', 'Position',
  'Selection', 'Location', 'ViewColumn', 'ExtensionMode', 'QuickPickItemKind', 'QuickInputButtons', 'ConfigurationTarget', 'RelativePattern',
  'FileType', 'FileSystemError', 'StatusBarAlignment', 'ProgressLocation', 'CancellationTokenSource', 'CancellationError', 'TextEdit',
  'WorkspaceEdit', 'EndOfLine', 'DiagnosticSeverity', 'CodeLens', 'DocumentLink', 'CompletionItem', 'CompletionItemKind', 'SnippetString',
  'UIKind', 'LogLevel', 'TextEditorRevealType', 'OverviewRulerLane', 'DecorationRangeBehavior', 'DataTransfer', 'DataTransferItem',
  'TabInputText', 'TabInputWebview', 'ColorThemeKind', 'InputBoxValidationSeverity', 'TextDocumentChangeReason', 'TextEditorSelectionChangeKind',
];

/** Builds the fake module. */
export function createFakeVscode(): Record<string, unknown> {
  const real: Record<string, unknown> = {
    ...Object.fromEntries(API_NAMES.map((name) => [name, anything(name)])),
    version: '1.100.0',
    Disposable,
    EventEmitter,
    Uri,
    workspace: new Proxy(
      { getConfiguration: configuration, workspaceFolders: undefined, isTrusted: true },
      { get: (target, key) => (key in target ? target[key as keyof typeof target] : anything(`workspace.${String(key)}`)) },
    ),
  };
  return new Proxy(real, { get: (target, key) => (typeof key === 'string' && key in target ? target[key] : anything(String(key))) });
}

/** A minimal ExtensionContext: subscriptions, state, paths. */
export function createFakeContext(extensionPath: string): Record<string, unknown> {
  const memento = () => {
    const values = new Map<string, unknown>();
    return { get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback), update: async (key: string, value: unknown) => void values.set(key, value), keys: () => [...values.keys()], setKeysForSync: () => undefined };
  };
  return new Proxy(
    {
      subscriptions: [] as { dispose(): unknown }[],
      extensionPath,
      extensionUri: Uri.file(extensionPath),
      globalState: memento(),
      workspaceState: memento(),
      asAbsolutePath: (relative: string) => path.join(extensionPath, relative),
      globalStorageUri: Uri.file(path.join(extensionPath, '.bench-storage')),
      storageUri: undefined,
      logUri: Uri.file(path.join(extensionPath, '.bench-logs')),
      extensionMode: 1,
    } as Record<string, unknown>,
    { get: (target, key) => (typeof key === 'string' && key in target ? target[key] : anything(`context.${String(key)}`)) },
  );
}
