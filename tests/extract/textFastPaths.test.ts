// The fast paths added for speed give exactly the values of the general paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSimpleText, lineStats, lineStatsOf, normaliseLine, normaliseLineOf, wordCount, wordCountOf } from '../../src/extract/text.ts';
import { isPlainText, tokenize } from '../../src/extract/quotes/tokens.ts';
import { matchFamily } from '../../src/extract/patterns.ts';
import { splitCaption } from '../../src/extract/findMedia.ts';

test('should count words of a simple line the same with the known-simple variant', () => {
  assert.equal(isSimpleText('The U.S. didn’t e-mail 3 people.'), true);
  assert.equal(wordCountOf('The U.S. didn’t e-mail 3 people.', true), 6);
  assert.equal(wordCount('The U.S. didn’t e-mail 3 people.'), 6);
});

test('should give the same stop and caps shares from lineStatsOf', () => {
  const s = 'The Mayor of Springfield said on Monday that it was over';
  assert.deepEqual(lineStatsOf(s, true), lineStats(s));
  assert.deepEqual(lineStats(s), { stop: 8 / 11, caps: 1 });
  // İ lower-cases to "i̇": "İn" is no stop word (a content word, and not counted as capitalised).
  assert.deepEqual(lineStats('İn the end'), { stop: 1 / 3, caps: 0 });
});

test('should normalise a line the same with the known-simple variant', () => {
  assert.equal(normaliseLineOf('12 Comments — Posted Jan 3', true), '0 comments posted jan 0');
  assert.equal(normaliseLine('12 Comments — Posted Jan 3'), '0 comments posted jan 0');
});

test('should tokenise plain and Unicode paragraphs into the same words', () => {
  assert.equal(isPlainText('Mr. Kirby said “yes” — twice.'), true);
  assert.equal(isPlainText('Zoë said'), false);
  assert.deepEqual(tokenize('Mr. Kirby said it — twice.', new Map()).map((t) => t.text), ['Mr.', 'Kirby', 'said', 'it', '—', 'twice', '.']);
  assert.deepEqual(tokenize('Zoë Kirby said it.', new Map()).map((t) => t.text), ['Zoë', 'Kirby', 'said', 'it', '.']);
});

test('should still match keyword-gated families and short whole-line forms', () => {
  assert.equal(matchFamily('We use cookies to improve your experience on our site', 10)?.reason, 'cookie or consent notice');
  assert.equal(matchFamily('Got it', 2)?.reason, 'cookie or consent notice');
  assert.equal(matchFamily('Terms of Service', 3)?.reason, 'copyright or legal line');
  assert.equal(matchFamily('The mayor spoke to reporters about the new budget on Monday', 11), null);
});

test('should split a caption credit behind its gate', () => {
  assert.deepEqual(splitCaption('The mayor speaks to reporters on Monday. (Reed Saxon / Associated Press)'), { caption: 'The mayor speaks to reporters on Monday.', credit: 'Reed Saxon / Associated Press' });
  assert.equal(splitCaption('The mayor spoke to reporters on Monday about the budget'), null);
});
