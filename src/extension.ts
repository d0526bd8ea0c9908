import * as vscode from 'vscode';

/** Wires the features together. Heavy work (indexing) never runs here. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('AWS Notes');
  context.subscriptions.push(output);
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions.
}
