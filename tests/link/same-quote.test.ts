import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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
  readonly byKey = new Map<string, T>();
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

test('should keep a key added again in its first place, with the newer value', () => {
  const q = new QuoteIndex<string>();
  q.add('one two three four', 'first');
  q.add('five six seven eight', 'second');
  q.add('one two three four', 'again');
  assert.deepEqual([...q.values()], ['again', 'second']);
  assert.equal(q.find('two three four'), undefined);
  assert.equal(q.find('zero one two three four five'), 'again');
});

test('should give the key the Unicode rule gives, for ASCII text and for text with accents', () => {
  const unicodeKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  assert.equal(quoteKey(' "We\'re NOT leaving," said the U.S.-led 2nd team… '), 'we re not leaving said the u s led 2nd team');
  assert.equal(quoteKey('"We\'re NOT leaving," said the U.S.-led 2nd team'), unicodeKey('"We\'re NOT leaving," said the U.S.-led 2nd team'));
  assert.equal(quoteKey('Ｃafé ﬁnal — Ölçü'), 'café final ölçü');
  for (const text of ['\t\x00A_b-C~9\x7f', 'plain words only', 'Plain Words 2', 'two  spaces', ' lead', 'trail ', ' ', '', '...']) assert.equal(quoteKey(text), unicodeKey(text));
  assert.equal(quoteKey('two  spaces '), 'two spaces');
});

test('should find keys again after their table has grown many times', () => {
  const q = new QuoteIndex<number>();
  for (let i = 0; i < 5000; i++) q.add(`quote number ${i} of many words`, i);
  assert.equal(q.find('quote number 4321 of many words'), 4321);
  assert.equal(q.find('number 17 of many'), 17);
  assert.equal(q.find('he said quote number 99 of many words today'), 99);
  assert.equal(q.find('quote number 5000 of many words'), undefined);
  assert.equal([...q.values()].length, 5000);
});

test('should match the reference index when keys are added again and values replaced', () => {
  let seed = 11;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const vocabulary = ['a', 'bb', 'c', 'dd'];
  const fast = new QuoteIndex<number>();
  const reference = new ReferenceIndex<number>();
  for (let i = 0; i < 2000; i++) {
    const key = Array.from({ length: next(8) }, () => vocabulary[next(vocabulary.length)]).join(' ');
    assert.equal(fast.find(key), reference.find(key), `find ${JSON.stringify(key)}`);
    if (i % 3 === 0 || fast.find(key) === undefined) {
      fast.add(key, i);
      reference.add(key, i);
    }
  }
  assert.deepEqual([...fast.values()], [...reference.byKey.values()]);
});

test('should give random ASCII text the key the Unicode rule gives it', () => {
  const unicodeKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const pieces = ['a', 'Q', '7', ' ', '  ', ',', '"', "'", '-', '\t', '\n', 'word', 'Word', '\x00', '~'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.equal(quoteKey(text), unicodeKey(text));
    }),
    { numRuns: 5000, seed: 3 },
  );
});
