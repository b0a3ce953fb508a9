import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuoteIndex, quoteKey } from '../../src/link/same-quote.ts';

const index = () => {
  const q = new QuoteIndex<string>();
  q.add(quoteKey('This is a significant and concerning escalation,'), 'whole');
  return q;
};

test('should find the same words, a part of a quote, and a quote that holds a stored one', () => {
  const q = index();
  assert.equal(q.find(quoteKey('this is a significant and concerning escalation')), 'whole');
  assert.equal(q.find(quoteKey('a significant and concerning escalation.')), 'whole');
  assert.equal(q.find(quoteKey('He said: This is a significant and concerning escalation, and we will respond')), 'whole');
});

test('should not join quotes that share fewer than four words or only part of a word', () => {
  const q = index();
  assert.equal(q.find(quoteKey('concerning escalation')), undefined);
  assert.equal(q.find(quoteKey('is a significant and concerning escalations everywhere')), undefined);
  assert.equal(q.find(quoteKey('a significant and worrying escalation')), undefined);
});

/** The index as first written (a Set of keys per run string): the reference the faster one must match. */
class ReferenceIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly byRun = new Map<string, Set<string>>();
  private readonly byFirstRun = new Map<string, Set<string>>();
  private static runs(words: string[]): string[] {
    return Array.from({ length: Math.max(0, words.length - 3) }, (_, i) => words.slice(i, i + 4).join(' '));
  }
  private static holds(a: string, b: string): boolean {
    return ` ${a} `.includes(` ${b} `);
  }
  find(key: string): T | undefined {
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    const own = ReferenceIndex.runs(key.split(' '));
    if (!own.length) return undefined;
    for (const k of this.byRun.get(own[0]) ?? []) if (ReferenceIndex.holds(k, key)) return this.byKey.get(k);
    for (const r of own) for (const k of this.byFirstRun.get(r) ?? []) if (ReferenceIndex.holds(key, k)) return this.byKey.get(k);
    return undefined;
  }
  add(key: string, value: T): void {
    this.byKey.set(key, value);
    const own = ReferenceIndex.runs(key.split(' '));
    if (!own.length) return;
    for (const r of own) this.byRun.set(r, (this.byRun.get(r) ?? new Set()).add(key));
    this.byFirstRun.set(own[0], (this.byFirstRun.get(own[0]) ?? new Set()).add(key));
  }
}

test('should find exactly the quote the reference index finds, over many overlapping quotes', () => {
  // A five-word vocabulary: quotes share runs all the time, and hold one another often.
  let seed = 7;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const vocabulary = ['a', 'bb', 'a b', 'c', 'dd'];
  const fast = new QuoteIndex<number>();
  const reference = new ReferenceIndex<number>();
  let found = 0;
  for (let i = 0; i < 3000; i++) {
    const key = Array.from({ length: 1 + next(9) }, () => vocabulary[next(vocabulary.length)]).join(' ');
    const got = fast.find(key);
    assert.equal(got, reference.find(key), `find ${JSON.stringify(key)}`);
    if (got !== undefined) found++;
    else {
      fast.add(key, i);
      reference.add(key, i);
    }
  }
  assert.ok(found > 1000, `only ${found} quotes found again`);
});
