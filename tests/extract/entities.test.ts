import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTopics, isHeadingLike, MAX_TOPICS } from '../../src/extract/entities.ts';
import { findMentions } from '../../src/extract/entities/mentions.ts';
import { SEED_A_DATELINE, SEED_A_PARAGRAPHS, SEED_B_PARAGRAPHS } from '../fixtures/seed-paragraphs.ts';

// Seed B: content/001_658d48cb4717a895.txt, body paragraphs verbatim (no TAGS line).
const seedB = {
  headline: 'North Korean Connection Confirmed in Ukraine War',
  tags: [] as string[],
  paragraphs: SEED_B_PARAGRAPHS,
};

// Seed A: content/000_a4bf3128148b1bfc.txt, the news paragraphs and its TAGS line.
const seedA = {
  headline: 'North Korea supplied Russia with missiles for Ukraine attacks: US',
  tags: ['North Korea', 'Russia-Ukraine war', 'world news'],
  paragraphs: [SEED_A_DATELINE + SEED_A_PARAGRAPHS[0], ...SEED_A_PARAGRAPHS.slice(1)],
};

test('should find the places and people seed B dwells on, by salience', () => {
  assert.deepEqual(findTopics(seedB), [
    { name: 'North Korea', kind: 'place' },
    { name: 'Russia', kind: 'place' },
    { name: 'Ukraine', kind: 'place' },
    { name: 'United States', kind: 'place' },
    { name: 'Joe Biden', kind: 'person' },
    { name: 'John Kirby', kind: 'person' },
  ]);
});

test('should keep every tag of seed A, with North Korea as a place and the others as subjects', () => {
  assert.deepEqual(findTopics(seedA), [
    { name: 'North Korea', kind: 'place' },
    { name: 'Russia', kind: 'place' },
    { name: 'Ukraine', kind: 'place' },
    { name: 'United States', kind: 'place' },
    { name: 'John Kirby', kind: 'person' },
    { name: 'White House', kind: 'place' },
    { name: 'Russia-Ukraine war', kind: 'subject' },
    { name: 'world news', kind: 'subject' },
  ]);
});

test('should not take a passing mention for a topic', () => {
  const names = findTopics(seedB).map((t) => t.name);
  assert.equal(names.includes('Iran'), false);
  assert.equal(names.includes('Wall Street Journal'), false);
  assert.equal(names.includes('Kim Jong-un'), false);
});

test('should count a surname and a country adjective toward the full name', () => {
  const topics = findTopics({
    headline: 'Talks resume',
    tags: [],
    paragraphs: [
      'Officials met on Monday to discuss the harvest.',
      'Farm minister Anna Kowalska said the talks went well.',
      'Kowalska added that Polish exporters were waiting.',
    ],
  });
  assert.deepEqual(topics, [
    { name: 'Anna Kowalska', kind: 'person' },
    { name: 'Poland', kind: 'place' },
  ]);
});

test('should strip possessives and titles from names', () => {
  assert.deepEqual(
    findMentions('President Joe Biden’s team met Mr. Smith in Paris.').map((m) => [m.text, m.titled]),
    [['Joe Biden', true], ['Smith', true], ['Paris', false]],
  );
});

test('should take March and May before a day or a year, or after "in", for dates, and keep Theresa May', () => {
  const texts = (s: string) => findMentions(s).map((m) => m.text);
  assert.deepEqual(texts('Nichols escaped from the Fulton County courthouse on March 11, 2005, in Atlanta.'), ['Nichols', 'Fulton County', 'Atlanta']);
  assert.deepEqual(texts('Its fellows met in December 2008 and March 2009 in Oxford.'), ['Its', 'Oxford']);
  assert.deepEqual(texts('Elections are due in May, officials in Lagos said.'), ['Elections', 'Lagos']);
  assert.deepEqual(texts('A speech by May on 3 May 2019 ended it, and Theresa May left in July.'), ['May', 'Theresa May']);
  assert.deepEqual(texts('The Women’s March drew crowds; March organisers cheered.'), ['Women', 'March', 'March']);
});

test('should drop the person named in a photo credit after an agency name', () => {
  assert.deepEqual(findMentions('A briefing in Washington. REUTERS/Kevin Lamarque').map((m) => m.text), ['Washington', 'REUTERS']);
});

test('should split a hyphen compound of two places and cut a lower-case suffix', () => {
  assert.deepEqual(findMentions('The Russia-Ukraine war and North Korean-supplied missiles.').map((m) => [m.text, m.demonymOf]), [
    ['Russia', null],
    ['Ukraine', null],
    ['North Korean', 'North Korea'],
  ]);
});

test('should merge spellings of one name and prefer the one written most', () => {
  const topics = findTopics({
    headline: 'Summit',
    tags: [],
    paragraphs: ['Leaders met Kim Jong Un on Friday.', 'Later Kim Jong-un spoke.', 'Aides said Kim Jong-un left early.'],
  });
  assert.deepEqual(topics, [{ name: 'Kim Jong-un', kind: 'person' }]);
});

test('should not read names into sentence-start capitals or title-case headings', () => {
  const topics = findTopics({
    headline: 'Top Nutrition Trends For Fall',
    tags: [],
    paragraphs: ['Protein Powders Are Here to Stay', 'Protein matters. Protein helps and protein heals.', 'However, nobody said so.'],
  });
  assert.deepEqual(topics, []);
});

test('should cap topics at the limit but always keep tags', () => {
  const places = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Lisbon', 'Dublin', 'Oslo', 'Athens', 'Budapest', 'Helsinki', 'Stockholm'];
  const topics = findTopics({ headline: 'Cities', tags: ['travel'], paragraphs: places.map((p) => `We saw ${p} and then ${p} again.`) });
  assert.equal(topics.length, MAX_TOPICS);
  assert.deepEqual(topics.at(-1), { name: 'travel', kind: 'subject' });
  assert.equal(topics[0].kind, 'place');
  // Paris to Rome fill the 25-word lead, so they outrank the rest; ties go by name.
  assert.deepEqual(topics.map((t) => t.name), ['Berlin', 'Madrid', 'Paris', 'Rome', 'Athens', 'Budapest', 'Dublin', 'Helsinki', 'Lisbon', 'Oslo', 'Prague', 'travel']);
});

test('should tell a heading from prose', () => {
  assert.equal(isHeadingLike('High-Protein, Balanced Meals Are Here to Stay'), true);
  assert.equal(isHeadingLike('Kirby said the missiles landed in an open field.'), false);
});

test('should count an acronym and a first name toward the one full name they fit', () => {
  const topics = findTopics({
    headline: 'Is it always the DNS?',
    tags: [],
    paragraphs: [
      'Engineers blame the Domain Name System for every outage, says Paul Tagliamonte.',
      'Paul thinks the DNS is rarely at fault.',
    ],
  });
  assert.deepEqual(topics, [
    { name: 'Domain Name System', kind: 'subject' },
    { name: 'Paul Tagliamonte', kind: 'person' },
  ]);
});

test('should not take a lone street abbreviation or a dateline for a topic', () => {
  const topics = findTopics({
    headline: 'Shop opens',
    tags: [],
    paragraphs: ['BERLIN (Reuters) — A new shop opened on Main St. in Hamburg.', 'Hamburg officials said the St. was closed.'],
  });
  assert.deepEqual(topics, [
    { name: 'Hamburg', kind: 'place' },
    { name: 'Main St.', kind: 'place' },
  ]);
});

test('should read a first-name-like city after "in" as a place, and "Gen AI" as no title', () => {
  const topics = findTopics({
    headline: 'Rally at the capitol',
    tags: [],
    paragraphs: ['Hundreds gathered in Austin on Saturday.', 'Teachers in Austin say Gen AI will not replace them.'],
  });
  assert.deepEqual(topics, [
    { name: 'Austin', kind: 'place' },
    { name: 'Gen AI', kind: 'subject' },
  ]);
});
