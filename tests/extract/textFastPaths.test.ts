// The fast paths added for speed give exactly the values of the general paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSimpleText, lineStats, lineStatsOf, looseOf, normaliseLine, normaliseLineOf, wordCount, wordCountOf } from '../../src/extract/text.ts';
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

test('should normalise a simple line in one pass as looseOf and the digit fold do', () => {
  const general = (s: string) => looseOf(s, true).replace(/\d+/g, '0');
  assert.equal(normaliseLineOf('  Posted 12/03/2024 —  by  İlker', true), general('  Posted 12/03/2024 —  by  İlker'));
  assert.equal(normaliseLineOf('  Posted 12/03/2024 —  by  İlker', true), 'posted 0 0 0 by i lker');
  // Lines that are their own lower-case form come back as that string.
  assert.equal(normaliseLineOf('Read more here', true), 'read more here');
  // Longer than the one-pass buffer once lower-cased.
  assert.equal(normaliseLineOf('İ'.repeat(1000), true), general('İ'.repeat(1000)));
  const piece = fc.constantFrom('a', 'Z', 'é', 'ÿ', 'İ', 'ı', 'ſ', 'ǅ', '0', '12', ' ', '  ', '\t', ',', '’', "'", '-', '—', 'The ', 'News');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
    const s = parts.join('');
    if (isSimpleText(s)) assert.equal(normaliseLineOf(s, true), general(s));
  }), { numRuns: 5000 });
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

test('should find link cards exactly where the reference glue pattern does', async () => {
  const { isTeaser } = await import('../../src/extract/blocks.ts');
  // The reference: every match of the glue pattern, tried in order (what isTeaser computes without it).
  const GLUE = /([\p{L}\d,’')]{6,})(?<=[\p{Ll}\d)’'])(\p{Lu})(?=[\p{Ll}\s])/gu;
  const reference = (head: string) => /[a-z\d)’'][A-Z][a-z ]/.test(head) &&
    [...head.matchAll(GLUE)].some((m) => {
      const before = head.slice(0, m.index + m[1].length);
      return wordCount(before) >= 4 && lineStats(before).caps >= 0.75;
    });
  assert.equal(isTeaser('Dinner Bill Surprise at Troy SteakhouseA party of six left a big tip'), true);
  assert.equal(reference('Dinner Bill Surprise at Troy SteakhouseA party of six left a big tip'), true);
  assert.equal(isTeaser('She bought an iPhone and a MacBook for the new school year'), false);
  // The run glued to the capital needs six characters before it; the last glue of a run is the one tried.
  assert.equal(isTeaser('The Big New Red HotelA quiet night in town'), false);
  assert.equal(isTeaser('The Big New Red HotelsA quiet night in town'), true);
  assert.equal(isTeaser('The Big New Red HotelsAnd MoreA quiet night'), reference('The Big New Red HotelsAnd MoreA quiet night'));
  const piece = fc.constantFrom('a', 'e', 'B', 'T', 'é', 'É', '1', ')', '’', "'", ',', ' ', '.', 'ß', 'Σ', 'σ', '𝐀', '𝐚', '\u00a0', 'ǅ', '中', 'The ', 'New ', 'Steakhouse', 'Troy ');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
    const head = parts.join('');
    assert.equal(isTeaser(head), reference(head), JSON.stringify(head));
  }), { numRuns: 20000 });
});
