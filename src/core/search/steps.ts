/**
 * The search index's long jobs (export, restore, join, checks) are generators that pause between steps, so the
 * extension host can hand the event loop back; where nothing needs the pauses, they are run straight through.
 */

/** Runs a stepped job to its end at once and returns its result. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
