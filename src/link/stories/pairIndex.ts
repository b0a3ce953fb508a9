/**
 * A hash table from a pair of non-negative int32s to an int32, in one typed array: phrase terms are
 * pairs of word ids, and at archive scale there are millions of them. A Map keyed by strings
 * ("b:north korea") or by a*K+b (heap numbers beyond 2^30) costs an allocation or a boxed key per
 * lookup; this costs neither. Open addressing with linear probing; each slot is four int32s side by
 * side (generation, a, b, value), so a probe touches one cache line. `clear` is O(1) (a generation
 * number marks live slots), so one table can serve every article in turn.
 */
export class PairIndex {
  private slots: Int32Array;
  private g = 1;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let c = 16;
    while (c < capacity * 2) c *= 2;
    this.mask = c - 1;
    this.slots = new Int32Array(4 * c);
  }

  /** Slot (times 4) of (a, b): where it is, or the empty slot where it would go. */
  private find(slots: Int32Array, mask: number, a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const g = this.g;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      if (slots[at] !== g || (slots[at + 1] === a && slots[at + 2] === b)) return at;
    }
  }

  /** The value stored for (a, b); if there is none, stores `v` and returns -1. */
  getOrSet(a: number, b: number, v: number): number {
    let at = this.find(this.slots, this.mask, a, b);
    if (this.slots[at] === this.g) return this.slots[at + 3];
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.grow();
      at = this.find(this.slots, this.mask, a, b);
    }
    const s = this.slots;
    s[at] = this.g;
    s[at + 1] = a;
    s[at + 2] = b;
    s[at + 3] = v;
    this.size++;
    return -1;
  }

  /** Forgets every entry, keeping the capacity. */
  clear(): void {
    this.size = 0;
    if (++this.g === 0x7fffffff) {
      this.slots.fill(0);
      this.g = 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    const g = this.g;
    const c = (this.mask + 1) * 2;
    this.mask = c - 1;
    this.slots = new Int32Array(4 * c);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] !== g) continue;
      const to = this.find(this.slots, this.mask, old[at + 1], old[at + 2]);
      this.slots[to] = g;
      this.slots[to + 1] = old[at + 1];
      this.slots[to + 2] = old[at + 2];
      this.slots[to + 3] = old[at + 3];
    }
  }
}
