import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTRACTION, LOWER_WORD, POSSESSIVE, isContraction, isLowerWord, isPossessive } from '../../src/extract/quotes/phrase.ts';

/** Every string of up to four characters over an alphabet holding the patterns' letters in both cases. */
function* allStrings(alphabet: string[], max: number): Generator<string> {
  let level = [''];
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

const ALPHABET = ["'", '’', '‘', 's', 'S', 'ſ', 'd', 'D', 'l', 'L', 'm', 'M', 'v', 'V', 'e', 'E', 'r', 'R', 'x', 'İ', 'K'];

test('should answer as the POSSESSIVE and CONTRACTION patterns do, for every short string', () => {
  let possessives = 0, contractions = 0;
  for (const w of allStrings(ALPHABET, 4)) {
    assert.equal(isPossessive(w), POSSESSIVE.test(w), w);
    assert.equal(isContraction(w), CONTRACTION.test(w), w);
    if (isPossessive(w)) possessives++;
    if (isContraction(w)) contractions++;
  }
  // Both answers occur: the comparison above is not between two constant functions.
  assert.equal(possessives, 3704);
  assert.equal(contractions, 4232);
});

test('should read possessives and contractions off real words', () => {
  assert.deepEqual(['Biden’s', "officials'", 'Jones', "I'd", 'We’ll', "they're", 'Reed'].map((w) => [isPossessive(w), isContraction(w)]), [
    [true, false], [true, false], [false, false], [false, true], [false, true], [false, true], [false, false],
  ]);
});

test('should answer as the LOWER_WORD pattern does, for every short string', () => {
  let lower = 0;
  for (const w of allStrings(['a', 'z', 'A', '-', "'", '1', 'é', 'É', 'ß', 'ǅ', '\u0301', '𝐚', '𝐀', '\ud835', '{', '`'], 4)) {
    assert.equal(isLowerWord(w), LOWER_WORD.test(w), w);
    if (isLowerWord(w)) lower++;
  }
  assert.equal(lower, 1295);
});
