import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LETTER, LOWER, MARK, NUMBER, SPACE, UPPER, classAt, classOf, widthAt } from '../../src/extract/entities/chars.ts';
import { forgetParsedNames, isCommonWord, isOrgWord, lexiconKind, parseKinds } from '../../src/extract/entities/lexicon.ts';
import { findMentions } from '../../src/extract/entities/mentions.ts';
import { findTopics, headingWords, isHeadingLike } from '../../src/extract/entities.ts';
import { lowerWordsAmong } from '../../src/extract/entities/lowerWords.ts';

/** What lowerWordsAmong answers from: every match of its regex (the hand scanners must agree with it). */
const lowerCaseWords = (paragraphs: string[]): Set<string> => new Set(paragraphs.flatMap((p) => p.match(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*/gu) ?? []));
import { demonymOf, nameKey } from '../../src/extract/entities/known-names.ts';

test('should give each code point the classes of the Unicode property regexes', () => {
  assert.equal(classOf('É'.charCodeAt(0)), LETTER | UPPER | 128);
  assert.equal(classOf('ß'.charCodeAt(0)), LETTER | LOWER | 128);
  assert.equal(classOf(0x301), MARK | 128);
  assert.equal(classOf('²'.charCodeAt(0)), NUMBER | 128);
  assert.equal(classOf(0xa0), SPACE | 128);
  assert.equal(classOf('’'.charCodeAt(0)), 128);
  // Astral letters are classified without the table (no "done" bit).
  assert.equal(classAt('𝐀x', 0), LETTER | UPPER);
  assert.equal(widthAt('𝐀x', 0), 2);
  assert.equal(widthAt('\ud800x', 0), 1);
});

test('should key ASCII and accented names as the Unicode normalisation does', () => {
  assert.equal(nameKey('Kim  Jong Un '), 'kim jong un');
  assert.equal(nameKey('KIRBY'), 'kirby');
  assert.equal(nameKey('Kim Jong-un'), 'kim jong un');
  assert.equal(nameKey('U.S.'), 'us');
  assert.equal(nameKey('Zürich'), 'zurich');
  assert.equal(nameKey('Zürich'), 'zurich');
});

test('should answer lexicon questions from remembered tag bits', () => {
  assert.equal(lexiconKind('north korea'), 'place');
  assert.equal(lexiconKind('north korea'), 'place');
  assert.equal(isCommonWord('however'), true);
  assert.equal(isCommonWord('russia'), false);
  assert.equal(isOrgWord('university'), true);
  assert.equal(isOrgWord('constructor'), false);
});

test('should give a plain name the same kind alone, in a list, and from memory', () => {
  forgetParsedNames();
  assert.deepEqual([...parseKinds(['John Kirby', 'Mondly'])], [['John Kirby', 'person']]);
  assert.deepEqual([...parseKinds(['John Kirby'])], [['John Kirby', 'person']]);
  assert.deepEqual([...parseKinds(['Mondly', 'John Kirby', 'John Kirby'])], [['John Kirby', 'person']]);
});

test('should give up on the whole list when a name splits into two sentences, remembered names included', () => {
  forgetParsedNames();
  assert.deepEqual([...parseKinds(['John Kirby'])], [['John Kirby', 'person']]);
  assert.deepEqual([...parseKinds(['John Kirby', 'Smith. Jones'])], []);
});

test('should tokenise joined words, abbreviations and sentence starts as the token regex did', () => {
  assert.deepEqual(findMentions('Officials in Russia-Ukraine talks met O’Brien of AT&T. Mr. J. Smith spoke.'), [
    { text: 'Officials', sentenceInitial: true, titled: false, placeCue: false, demonymOf: null, tail: null },
    { text: 'Russia', sentenceInitial: false, titled: false, placeCue: true, demonymOf: null, tail: null },
    { text: 'Ukraine', sentenceInitial: false, titled: false, placeCue: false, demonymOf: null, tail: null },
    { text: "O'Brien", sentenceInitial: false, titled: false, placeCue: false, demonymOf: null, tail: null },
    { text: 'AT&T', sentenceInitial: false, titled: false, placeCue: false, demonymOf: null, tail: null },
    { text: 'J. Smith', sentenceInitial: false, titled: true, placeCue: false, demonymOf: null, tail: null },
  ]);
});

test('should judge heading shape by whitespace-separated words, four-letter openings and capitals', () => {
  assert.equal(isHeadingLike('  Pros & Cons  '), true);
  assert.equal(isHeadingLike(''), true);
  assert.equal(isHeadingLike('The Best Budget Phones You Can Buy Right Now Without Breaking The Bank Today.'), true);
  assert.equal(isHeadingLike('The minister said on Tuesday that the plan would go ahead despite protests in Paris.'), false);
  assert.equal(isHeadingLike('Élan Über Ärger Öffnung\u00a0Straße Übung Ändern Einsatz Ebene Ende Erde Ecke Ehre.'), true);
});

test('should drop a sentence-start word the article also writes in lower case, accents and curly apostrophes included', () => {
  const topics = findTopics({
    headline: 'A day out',
    paragraphs: ['Protein matters. Émigré groups met Farouk Haddad twice.', 'The protein and the émigré’s story: Farouk Haddad again.'],
    tags: [],
  });
  assert.deepEqual(topics, [{ name: 'Farouk Haddad', kind: 'subject' }]);
});

test('should find which keys the body writes as lower-case words, by the regex and by the scan', () => {
  const paragraphs = ['Protein shakes: protein, rock-solid e.g. X-ray', 'Shakes'];
  // Plain keys: "solid" runs on from "rock-", "g" follows a dot, "x" is a capital here.
  assert.deepEqual([...lowerWordsAmong(paragraphs, new Set(['protein', 'solid', 'ray', 'g', 'shakes', 'x']))].sort(), ['protein', 'ray', 'shakes']);
  // A key holding a hyphen is answered by the full scan.
  assert.deepEqual([...lowerWordsAmong(paragraphs, new Set(['rock-solid', 'solid', 'ray']))].sort(), ['ray', 'rock-solid']);
  assert.deepEqual([...lowerCaseWords(paragraphs)].sort(), ['e', 'protein', 'ray', 'rock-solid', 'shakes']);
});

test('should cut a heading into trimmed words as the Unicode split did', () => {
  assert.deepEqual(headingWords('Biden’s U.S. visit — “Rock-solid” & AT&T, 2024'), ['Biden', 'U.S', 'visit', 'Rock-solid', '&', 'AT&T', '2024']);
});

test('should answer demonymOf from the DEMONYMS table\'s own entries only', () => {
  assert.equal(demonymOf('north korean'), 'North Korea');
  assert.equal(demonymOf('xyz'), undefined);
  // A name every object inherits is no demonym (the object look-up gave Object and crashed extraction).
  assert.equal(demonymOf('constructor'), undefined);
  assert.equal(demonymOf('__proto__'), undefined);
});
