import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { slugify, unicodeSlug } from '../../src/link/slugify.ts';

test('should join lower-case words with hyphens', () => {
  assert.equal(slugify('  North Korea fires missile -- officials say!  '), 'north-korea-fires-missile-officials-say');
});

test('should fold accents to ASCII', () => {
  assert.equal(slugify('Café in São Paulo, naïve Zürich résumé'), 'cafe-in-sao-paulo-naive-zurich-resume');
  assert.equal(slugify('İstanbul'), 'istanbul');
});

test('should fold Latin letters that have no combining accent', () => {
  assert.equal(slugify('Łódź Straße Ærø Œuvre Đorđe Þór'), 'lodz-strasse-aero-oeuvre-dorde-thor');
});

test('should drop apostrophes inside words and spell out &', () => {
  assert.equal(slugify("Don't stop: Kim’s AT&T deal"), 'dont-stop-kims-at-and-t-deal');
});

test('should keep letters of scripts with no ASCII form', () => {
  assert.equal(slugify('Москва 2024: итоги'), 'москва-2024-итоги');
  assert.equal(slugify('東京 オリンピック'), '東京-オリンピック');
});

test('should keep marks that are part of a non-Latin letter', () => {
  assert.equal(slugify('Новый год'), 'новый-год');
  assert.equal(slugify('हिन्दी समाचार'), 'हिन्दी-समाचार');
  assert.equal(slugify('서울 뉴스'), '서울-뉴스');
});

test('should fold compatibility forms such as full-width letters', () => {
  assert.equal(slugify('ＡＢＣ News'), 'abc-news');
});

test('should never return an empty slug', () => {
  assert.equal(slugify(''), 'untitled');
  assert.equal(slugify('...'), 'untitled');
  assert.equal(slugify('— ! ?'), 'untitled');
});

test('should cut at a word boundary within max characters', () => {
  assert.equal(slugify('alpha beta gamma delta', 12), 'alpha-beta');
  assert.equal(slugify('a'.repeat(100)).length, 80);
  assert.equal(slugify('x'.repeat(10) + ' tail', 4), 'xxxx');
});

test('should count max in characters, not UTF-16 units', () => {
  assert.equal(slugify('𠮷野家 x', 3), '𠮷野家');
  assert.equal(slugify('東京 大阪 名古屋', 5), '東京-大阪');
});

test('should give ASCII text the slug the Unicode rules give it (random ASCII, all lengths)', () => {
  const pieces = ['a', 'B', 'z9', ' ', '-', "'", '`', '&', '.', 'Zz', '0', '\t', '\x7f', '_', 'word', 'LONGERWORD'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, max) => {
      const text = parts.join('');
      assert.equal(slugify(text, max), unicodeSlug(text, max));
      assert.equal(slugify(text), unicodeSlug(text, 80));
    }),
    { numRuns: 3000, seed: 5 },
  );
  assert.equal(slugify("It's AT&T's `big` day", 12), 'its-at-and');
  assert.equal(slugify("It's AT&T's `big` day", 13), 'its-at-and-ts');
  assert.equal(slugify('Supercalifragilistic words', 5), 'super');
});
