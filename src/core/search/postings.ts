/**
 * A growable list of (section slot, weight) pairs in typed arrays: at 50,000
 * sections the body index holds millions of pairs, and plain arrays of numbers
 * would cost several times the memory.
 */
export class Postings {
  slots: Int32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const capacity = this.slots.length * 2;
      const slots = new Int32Array(capacity);
      slots.set(this.slots);
      const weights = new Float32Array(capacity);
      weights.set(this.weights);
      this.slots = slots;
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length++;
  }

  /** Drops the pairs of removed sections; returns how many are left. */
  retain(isAlive: (slot: number) => boolean): number {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const slot = this.slots[i];
      if (!isAlive(slot)) continue;
      this.slots[kept] = slot;
      this.weights[kept] = this.weights[i];
      kept++;
    }
    this.length = kept;
    return kept;
  }
}
