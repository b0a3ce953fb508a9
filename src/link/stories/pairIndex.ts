/**
 * A hash table from a pair of non-negative int32s to an int32, in three typed arrays: phrase terms are
 * pairs of word ids, and at archive scale there are millions of them. A Map keyed by strings
 * ("b:north korea") or by a*K+b (heap numbers beyond 2^30) costs an allocation or a boxed key per
 * lookup; this costs neither. Open addressing with linear probing; `clear` is O(1) (a generation
 * number marks live slots), so one table can serve every article in turn.
 */
export class PairIndex {
  private ka: Int32Array;
  private kb: Int32Array;
  private val: Int32Array;
  private gen: Int32Array;
  private g = 1;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let c = 16;
    while (c < capacity * 2) c *= 2;
    this.mask = c - 1;
    this.ka = new Int32Array(c);
    this.kb = new Int32Array(c);
    this.val = new Int32Array(c);
    this.gen = new Int32Array(c);
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    let i = h & this.mask;
    const { ka, kb, gen, g } = this;
    while (gen[i] === g && (ka[i] !== a || kb[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for (a, b); if there is none, stores `v` and returns -1. */
  getOrSet(a: number, b: number, v: number): number {
    let i = this.slot(a, b);
    if (this.gen[i] === this.g) return this.val[i];
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.grow();
      i = this.slot(a, b);
    }
    this.gen[i] = this.g;
    this.ka[i] = a;
    this.kb[i] = b;
    this.val[i] = v;
    this.size++;
    return -1;
  }

  /** Forgets every entry, keeping the capacity. */
  clear(): void {
    this.size = 0;
    if (++this.g === 0x7fffffff) {
      this.gen.fill(0);
      this.g = 1;
    }
  }

  private grow(): void {
    const { ka, kb, val, gen, g } = this;
    const c = (this.mask + 1) * 2;
    this.mask = c - 1;
    this.ka = new Int32Array(c);
    this.kb = new Int32Array(c);
    this.val = new Int32Array(c);
    this.gen = new Int32Array(c);
    for (let i = 0; i < gen.length; i++) {
      if (gen[i] !== g) continue;
      const j = this.slot(ka[i], kb[i]);
      this.gen[j] = g;
      this.ka[j] = ka[i];
      this.kb[j] = kb[i];
      this.val[j] = val[i];
    }
  }
}
