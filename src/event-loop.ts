/**
 * Resolves on the next turn of the event loop, after pending I/O callbacks:
 * long background work (indexing, saving the index) awaits it between steps
 * so that hovers and searches are answered in between.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
