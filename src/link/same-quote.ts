/**
 * One speaker's quotes, findable by their words: a quote that holds another's words, or is held by
 * them ("This is a significant and concerning escalation" / "a significant and concerning
 * escalation"), is the same quote reported twice. Indexed by runs of MIN_WORDS words, so finding one
 * does not compare it with every quote the speaker ever gave.
 */
export const MIN_WORDS = 4;

/** A quote's words, lower case, letters and digits only, single spaces. */
export const quoteKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const runs = (words: string[]): string[] => Array.from({ length: Math.max(0, words.length - MIN_WORDS + 1) }, (_, i) => words.slice(i, i + MIN_WORDS).join(' '));
const holds = (a: string, b: string): boolean => ` ${a} `.includes(` ${b} `);

export class QuoteIndex<T> {
  private readonly byKey = new Map<string, T>();
  /** every run of MIN_WORDS words → the keys that contain it */
  private readonly byRun = new Map<string, Set<string>>();
  /** the first run of each key → those keys */
  private readonly byFirstRun = new Map<string, Set<string>>();

  /** The quote with these words, or one holding them or held by them; undefined when none. */
  find(key: string): T | undefined {
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    const own = runs(key.split(' '));
    if (!own.length) return undefined;
    for (const k of this.byRun.get(own[0]) ?? []) if (holds(k, key)) return this.byKey.get(k);
    for (const r of own) for (const k of this.byFirstRun.get(r) ?? []) if (holds(key, k)) return this.byKey.get(k);
    return undefined;
  }

  add(key: string, value: T): void {
    this.byKey.set(key, value);
    const own = runs(key.split(' '));
    if (!own.length) return;
    for (const r of own) {
      const set = this.byRun.get(r) ?? new Set<string>();
      set.add(key);
      this.byRun.set(r, set);
    }
    const first = this.byFirstRun.get(own[0]) ?? new Set<string>();
    first.add(key);
    this.byFirstRun.set(own[0], first);
  }

  values(): IterableIterator<T> {
    return this.byKey.values();
  }
}
