/**
 * Resolves on the next turn of the event loop, after pending I/O callbacks:
 * long background work (indexing, saving the index) awaits it between steps
 * so that hovers and searches are answered in between.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Resolves on a later turn of the event loop that runs its timers first: after a long piece of work that
 * `yieldToEventLoop` would follow in the same turn's check phase (a worker's answer, received and decoded in the
 * poll phase), so that timers waiting since then run before the next piece starts.
 */
export function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a stepped job to its end, handing the event loop back whenever `sliceMs` have passed since the last
 * hand-back (checked after each step), and returns its result; whatever the job throws, this rejects with.
 */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs: number): Promise<T> {
  let lastYield = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - lastYield >= sliceMs) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
}
