// The one-pass literal scanner answers as the regex alternations it replaced, and the line cues
// gate no line the old per-pattern regexes would have let through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LiteralScanner } from '../../src/extract/literalScan.ts';
import { CAPTION_CUE, FAMILY_CUE, SELF_CUE, lineCues } from '../../src/extract/lineCues.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('should find each group whose literal occurs, case aside for ASCII letters only', () => {
  const scanner = new LiteralScanner([['mail', 'sign up'], ['(c)', '©'], ['he', 'she', 'his', 'hers']]);
  assert.equal(scanner.scan('Enter your E-MAIL'), 1);
  assert.equal(scanner.scan('SIGN UP © 2024'), 1 | 2);
  assert.equal(scanner.scan('ushers'), 4);
  assert.equal(scanner.scan('sign-up, (C) 2024'), 2);
  assert.equal(scanner.scan(''), 0);
  // As /mail/i without the u flag: the Kelvin sign and long s are not k and s.
  assert.equal(new LiteralScanner([['ks']]).scan('\u212As ſ k\u017F'), 0);
  assert.equal(new LiteralScanner([['ks']]).scan('KS'), 1);
  // A literal inside another, and one ending where a longer one fails.
  assert.equal(new LiteralScanner([['abcd'], ['bc']]).scan('xabcx'), 2);
  assert.equal(new LiteralScanner([['abcd'], ['bc']]).scan('abcd'), 3);
});

test('should refuse literals it could not tell apart', () => {
  assert.throws(() => new LiteralScanner([['日本']]), /other than ASCII/);
  // /é/i also matches "É": a Latin-1 letter would need the regex's wider folding.
  assert.throws(() => new LiteralScanner([['café']]), /other than ASCII/);
  assert.throws(() => new LiteralScanner([['']]), /empty literal/);
});

test('should answer as a case-insensitive regex alternation of the same literals, on any text', () => {
  const alphabet = fc.constantFrom(...'abcABC ,.()©/-ſ\u212AKkéÉ日'.split(''));
  const literal = fc.array(fc.constantFrom(...'abcAB ,.()©-'.split('')), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
  fc.assert(
    fc.property(fc.array(fc.array(literal, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (groups, text) => {
      const expected = groups.reduce((bits, g, i) => (new RegExp(g.map(escape).join('|'), 'i').test(text) ? bits | (1 << i) : bits), 0);
      assert.equal(new LiteralScanner(groups).scan(text), expected);
    }),
    { numRuns: 3000 },
  );
});

// The patterns the cues gate, as they were before the cues: each match must have its cue set.
const KEYWORDS = /subscri|newsletter|sign up|signing up|mail|inbox|name|required|^stay |cookie|privacy|choices|do not sell|©|\(c\)|copyright|rights reserved|terms|may not|support|readers like you|for free|commission|affiliate|purposes|substitute for|transcript|archived content|does not constitute|disclaimer/i;
const CAPTION = /[/©)]|photo|image|picture|credit|illustration|graphic|video|source|getty|reuters|afp|, (?:left|right|center|from left)|^(?:above|below|top|left|right)\s*:|pictured/i;
const ANYWHERE = /At [^,]{1,60}, (?:we|our)\b|artner with |alk to |demo with |call with |consultation with |commission|share of sales|ffiliate|re reading |omepage|[Ww]e at |[Hh]ere at |riter |ditor |eporter |ontributor |ournalist |olumnist |orrespondent |xecutive |roducer |ounder |ounded |CEO |wner of |ublisher of |-[Cc]hief of /;

test('should set a line cue on every line the gated patterns match', () => {
  const samples = [
    'Stay informed with our daily briefing', 'Sign up for our newsletter', '© 2024 Example Media', 'Photo: Jane Doe/Getty Images',
    'Left: the mayor, right: her deputy', 'At Example Weekly, we test every product', 'Emma is Lead Writer at Example', 'Our CEO said',
  ];
  const words = fc.constantFrom('stay ', 'Stay ', 'mail', 'At Foo, we', 'At X, our', 'Writer at', 'CEO ', 'photo', 'Above:', 'left :', ', left', '(c)', '©', ')', '/', 'the', 'news', ' ', ',', 'We at', '-Chief of ', 'x');
  const lines = fc.array(words, { maxLength: 12 }).map((a) => a.join(''));
  const check = (line: string) => {
    const cues = lineCues(line, 10);
    if (KEYWORDS.test(line)) assert.ok(cues & FAMILY_CUE, `family cue for ${JSON.stringify(line)}`);
    if (CAPTION.test(line)) assert.ok(cues & CAPTION_CUE, `caption cue for ${JSON.stringify(line)}`);
    if (ANYWHERE.test(line)) assert.ok(cues & SELF_CUE, `self cue for ${JSON.stringify(line)}`);
  };
  samples.forEach(check);
  // Every plain-literal alternative of the three patterns, inside a sentence.
  for (const re of [KEYWORDS, CAPTION, ANYWHERE]) {
    for (const alt of re.source.split('|')) {
      const plain = alt.replace(/\[([A-Z])[a-z]\]/g, '$1').replace(/\\([()])/g, '$1').replace(/^\[|\]$/g, '');
      if (/^[\w ©'()/-]+$/.test(plain)) check(`Then ${plain} said`);
    }
  }
  fc.assert(fc.property(lines, (line) => check(line)), { numRuns: 5000 });
  // And it gates: a plain sentence has none, a line past 90 words gets none.
  assert.equal(lineCues('The council met on Tuesday and voted to raise the budget', 11), 0);
  assert.equal(lineCues('Sign up for our newsletter', 91), 0);
});
