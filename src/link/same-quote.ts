/**
 * One speaker's quotes, findable by their words: a quote that holds another's words, or is held by
 * them ("This is a significant and concerning escalation" / "a significant and concerning
 * escalation"), is the same quote reported twice. Indexed by runs of MIN_WORDS words, so finding one
 * does not compare it with every quote the speaker ever gave.
 *
 * Speed (every rebuild indexes every quote of the archive): a run is indexed by a number hashed from
 * its words, never by a string made of them; a bucket holds one key number until a second key shares
 * the hash (a Set of strings per run was most of the cost). A hash shared by two runs only adds
 * candidates: every candidate is checked on its words ("holds" and "starts with the run"), in the
 * order keys were added, so the quote found is the one an index of exact runs finds. The hashes are
 * looked up in typed-array tables (IntTable), not Maps, and a whole key is found by a hash of its
 * characters made with its runs' hashes (a Map of 56,000 key strings hashed each string again): the
 * Map operations were two thirds of building the people pages.
 */
export const MIN_WORDS = 4;

const ASCII = /^[\x00-\x7f]*$/;
/** Lower-cased ASCII that is not a key as it is: a character other than a-z, 0-9 and space, two spaces, or a space at an end. */
const NOT_A_KEY = /[^a-z0-9 ]| {2}|^ | $/;

/** A quote's words, lower case, letters and digits only, single spaces. */
export function quoteKey(text: string): string {
  if (!ASCII.test(text)) return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // Note: ASCII text is its own NFKC form and its letters and digits are a-z0-9 once lower-cased:
  // the same key, without the Unicode-class regex (a third of the cost); and words with single
  // spaces between them are a key already (testing is cheaper than replacing).
  const lower = text.toLowerCase();
  return NOT_A_KEY.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ').trim() : lower;
}

/** Numbers of the keys under one hash, in the order they were added (a key may repeat: finding stops at its first). */
type Bucket = number | number[];

/**
 * Hash (a non-negative 30-bit number) → Bucket, by open addressing in typed arrays: a Map of number
 * keys costs a call and a hash per lookup, and the index makes about twenty lookups per quote.
 * A slot holds its one key number itself, or -(n + 1) for the n-th list of several (rare: runs
 * seldom repeat), so growing the table copies two typed arrays and no JS objects.
 */
export class IntTable {
  /**
   * Per slot, two numbers side by side (one memory read finds both): hash + 1 (0 marks an empty
   * slot), then the slot's key number or list.
   */
  private slots = new Int32Array(16);
  private readonly lists: number[][] = [];
  private size = 0;

  /** Where the slot holding `hash` starts in `slots`, or the empty slot where it would go. The hashes are mixed already: their low bits index. */
  private slot(hash: number): number {
    const { slots } = this;
    const mask = slots.length - 2;
    const stored = hash + 1;
    let i = (hash << 1) & mask;
    while (slots[i] !== 0 && slots[i] !== stored) i = (i + 2) & mask;
    return i;
  }

  get(hash: number): Bucket | undefined {
    const i = this.slot(hash);
    if (this.slots[i] === 0) return undefined;
    const head = this.slots[i + 1];
    return head >= 0 ? head : this.lists[-head - 1];
  }

  /** Adds key number `k` under `hash`, unless it is the last one there already. */
  add(hash: number, k: number): void {
    let i = this.slot(hash);
    if (this.slots[i] === 0) {
      // Note: kept at most half full, so probes stay short.
      if ((this.size + 1) * 4 > this.slots.length) {
        this.grow();
        i = this.slot(hash);
      }
      this.slots[i] = hash + 1;
      this.slots[i + 1] = k;
      this.size++;
      return;
    }
    const head = this.slots[i + 1];
    if (head >= 0) {
      if (head !== k) this.slots[i + 1] = -this.lists.push([head, k]);
    } else {
      const list = this.lists[-head - 1];
      if (list[list.length - 1] !== k) list.push(k);
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let j = 0; j < old.length; j += 2) {
      if (old[j] === 0) continue;
      const i = this.slot(old[j] - 1);
      this.slots[i] = old[j];
      this.slots[i + 1] = old[j + 1];
    }
  }
}

/** Whether ` ${a} ` contains ` ${b} `: b occurs in a at word boundaries. */
function holds(a: string, b: string): boolean {
  for (let j = a.indexOf(b); j >= 0; j = a.indexOf(b, j + 1)) {
    const end = j + b.length;
    if ((j === 0 || a.charCodeAt(j - 1) === 32) && (end === a.length || a.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/**
 * The words of one key (as `key.split(' ')` gives them: a run is words i … i+MIN_WORDS-1 joined by
 * single spaces, i.e. a slice of the key) and a small-integer hash of each run.
 */
class Runs {
  key: string | null = null;
  starts: number[] = [];
  hashes: number[] = [];
  count = 0;
  /** A hash of the whole key (all its characters). */
  whole = 0;
  /** each word's hash (reused from key to key: one array less per quote) */
  private readonly words: number[] = [];

  of(key: string): this {
    if (key === this.key) return this;
    this.key = key;
    const { starts, words } = this;
    let n = 0;
    let h = 0x811c9dc5;
    let w = 0x811c9dc5;
    starts[0] = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      w = Math.imul(w ^ c, 16777619);
      if (c === 32) {
        words[n++] = h;
        starts[n] = i + 1;
        h = 0x811c9dc5;
      } else h = Math.imul(h ^ c, 16777619);
    }
    w = Math.imul(w ^ (w >>> 15), 0x2c1b3c6d);
    this.whole = (w ^ (w >>> 13)) & 0x3fffffff;
    words[n++] = h;
    this.count = Math.max(0, n - MIN_WORDS + 1);
    for (let i = 0; i < this.count; i++) {
      let r = words[i];
      for (let k = 1; k < MIN_WORDS; k++) r = Math.imul(r ^ (r >>> 15), 0x2c1b3c6d) ^ words[i + k];
      r ^= r >>> 13;
      this.hashes[i] = r & 0x3fffffff;
    }
    return this;
  }

  /** Whether `other` begins with run i of this key, then ends or goes on with a space. */
  startsWithRun(other: string, i: number): boolean {
    const from = this.starts[i];
    const key = this.key!;
    const to = i + MIN_WORDS < this.count + MIN_WORDS - 1 ? this.starts[i + MIN_WORDS] - 1 : key.length;
    const len = to - from;
    if (other.length < len || (other.length > len && other.charCodeAt(len) !== 32)) return false;
    return other.startsWith(key.slice(from, to));
  }
}

export class QuoteIndex<T> {
  /** Every key added, numbered in the order added, and its value. */
  private readonly keys: string[] = [];
  private readonly vals: T[] = [];
  /** hash of each whole key → those keys */
  private readonly byWhole = new IntTable();
  /** hash of every run of MIN_WORDS words → the keys that contain it */
  private readonly byRun = new IntTable();
  /** hash of the first run of each key → those keys */
  private readonly byFirstRun = new IntTable();
  private readonly runs = new Runs();

  /** Number of the key equal to `key` (hashed as `runs`), or -1. */
  private exact(key: string, runs: Runs): number {
    const same = this.byWhole.get(runs.whole);
    if (same === undefined) return -1;
    if (typeof same === 'number') return this.keys[same] === key ? same : -1;
    for (const k of same) if (this.keys[k] === key) return k;
    return -1;
  }

  /** The quote with these words, or one holding them or held by them; undefined when none. */
  find(key: string): T | undefined {
    const { keys } = this;
    const runs = this.runs.of(key);
    const exact = this.exact(key, runs);
    if (exact >= 0) return this.vals[exact];
    if (runs.count === 0) return undefined;
    // Note: a key holding all of `key` holds its first run, so is under that run's hash.
    const held = this.byRun.get(runs.hashes[0]);
    if (held !== undefined) {
      if (typeof held === 'number') {
        if (holds(keys[held], key)) return this.vals[held];
      } else for (const k of held) if (holds(keys[k], key)) return this.vals[k];
    }
    for (let i = 0; i < runs.count; i++) {
      const inside = this.byFirstRun.get(runs.hashes[i]);
      if (inside === undefined) continue;
      // Note: a key found here at run i must begin with run i, as with exact runs.
      if (typeof inside === 'number') {
        if (runs.startsWithRun(keys[inside], i) && holds(key, keys[inside])) return this.vals[inside];
      } else for (const k of inside) if (runs.startsWithRun(keys[k], i) && holds(key, keys[k])) return this.vals[k];
    }
    return undefined;
  }

  add(key: string, value: T): void {
    const runs = this.runs.of(key);
    const known = this.exact(key, runs);
    // Note: a key added again keeps its number (and its place in `values()`), as a Map's set does.
    if (known >= 0) {
      this.vals[known] = value;
      return;
    }
    const k = this.keys.length;
    this.keys.push(key);
    this.vals.push(value);
    this.byWhole.add(runs.whole, k);
    if (runs.count === 0) return;
    for (let i = 0; i < runs.count; i++) this.byRun.add(runs.hashes[i], k);
    this.byFirstRun.add(runs.hashes[0], k);
  }

  values(): IterableIterator<T> {
    return this.vals.values();
  }
}
