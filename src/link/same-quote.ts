/**
 * One speaker's quotes, findable by their words: a quote that holds another's words, or is held by
 * them ("This is a significant and concerning escalation" / "a significant and concerning
 * escalation"), is the same quote reported twice. Indexed by runs of MIN_WORDS words, so finding one
 * does not compare it with every quote the speaker ever gave.
 *
 * Speed (every rebuild indexes every quote of the archive): a run is indexed by a number hashed from
 * its words, never by a string made of them; a bucket holds one key as a plain string until a second
 * key shares the hash (a Set of strings per run was most of the cost). A hash shared by two runs only
 * adds candidates: every candidate is checked on its words ("holds" and "starts with the run"), in
 * the order keys were added, so the quote found is the one an index of exact runs finds.
 */
export const MIN_WORDS = 4;

/** A quote's words, lower case, letters and digits only, single spaces. */
export const quoteKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Keys under one run hash, in the order they were added (a key may repeat: finding stops at its first). */
type Bucket = string | string[];

/** Whether ` ${a} ` contains ` ${b} `: b occurs in a at word boundaries. */
function holds(a: string, b: string): boolean {
  for (let j = a.indexOf(b); j >= 0; j = a.indexOf(b, j + 1)) {
    const end = j + b.length;
    if ((j === 0 || a.charCodeAt(j - 1) === 32) && (end === a.length || a.charCodeAt(end) === 32)) return true;
  }
  return false;
}

function addTo(map: Map<number, Bucket>, run: number, key: string): void {
  const b = map.get(run);
  if (b === undefined) map.set(run, key);
  else if (typeof b === 'string') {
    if (b !== key) map.set(run, [b, key]);
  } else if (b[b.length - 1] !== key) b.push(key);
}

/**
 * The words of one key (as `key.split(' ')` gives them: a run is words i … i+MIN_WORDS-1 joined by
 * single spaces, i.e. a slice of the key) and a small-integer hash of each run.
 */
class Runs {
  key = '';
  starts: number[] = [];
  hashes: number[] = [];
  count = 0;

  of(key: string): this {
    if (key === this.key) return this;
    this.key = key;
    const { starts } = this;
    const words: number[] = [];
    let n = 0;
    let h = 0x811c9dc5;
    starts[0] = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c === 32) {
        words[n++] = h;
        starts[n] = i + 1;
        h = 0x811c9dc5;
      } else h = Math.imul(h ^ c, 16777619);
    }
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
    const to = i + MIN_WORDS < this.count + MIN_WORDS - 1 ? this.starts[i + MIN_WORDS] - 1 : this.key.length;
    const len = to - from;
    if (other.length < len || (other.length > len && other.charCodeAt(len) !== 32)) return false;
    return other.startsWith(this.key.slice(from, to));
  }
}

export class QuoteIndex<T> {
  private readonly byKey = new Map<string, T>();
  /** hash of every run of MIN_WORDS words → the keys that contain it */
  private readonly byRun = new Map<number, Bucket>();
  /** hash of the first run of each key → those keys */
  private readonly byFirstRun = new Map<number, Bucket>();
  private readonly runs = new Runs();

  /** The quote with these words, or one holding them or held by them; undefined when none. */
  find(key: string): T | undefined {
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    const runs = this.runs.of(key);
    if (runs.count === 0) return undefined;
    // Note: a key holding all of `key` holds its first run, so is under that run's hash.
    const held = this.byRun.get(runs.hashes[0]);
    if (held !== undefined) {
      if (typeof held === 'string') {
        if (holds(held, key)) return this.byKey.get(held);
      } else for (const k of held) if (holds(k, key)) return this.byKey.get(k);
    }
    for (let i = 0; i < runs.count; i++) {
      const inside = this.byFirstRun.get(runs.hashes[i]);
      if (inside === undefined) continue;
      // Note: a key found here at run i must begin with run i, as with exact runs.
      if (typeof inside === 'string') {
        if (runs.startsWithRun(inside, i) && holds(key, inside)) return this.byKey.get(inside);
      } else for (const k of inside) if (runs.startsWithRun(k, i) && holds(key, k)) return this.byKey.get(k);
    }
    return undefined;
  }

  add(key: string, value: T): void {
    this.byKey.set(key, value);
    const runs = this.runs.of(key);
    if (runs.count === 0) return;
    for (let i = 0; i < runs.count; i++) addTo(this.byRun, runs.hashes[i], key);
    addTo(this.byFirstRun, runs.hashes[0], key);
  }

  values(): IterableIterator<T> {
    return this.byKey.values();
  }
}
