import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAliases } from '../../src/link/aliases.ts';
import { assignSlugs, mergeTopics, relatedTopics, slugify } from '../../src/link/topics.ts';

const aliases = loadAliases(null);

test('should give one name per thing across articles', () => {
  const merged = mergeTopics(
    [
      { id: 'a', topics: [{ name: 'North Korea', kind: 'place' }, { name: 'US', kind: 'place' }, { name: 'John Kirby', kind: 'person' }] },
      { id: 'b', topics: [{ name: 'U.S.', kind: 'place' }, { name: 'Kirby', kind: 'person' }, { name: 'north korea', kind: 'place' }] },
    ],
    aliases,
  );
  assert.deepEqual(merged[0], [
    { name: 'North Korea', kind: 'place' },
    { name: 'United States', kind: 'place' },
    { name: 'John Kirby', kind: 'person' },
  ]);
  assert.deepEqual(merged[1], [
    { name: 'United States', kind: 'place' },
    { name: 'John Kirby', kind: 'person' },
    { name: 'North Korea', kind: 'place' },
  ]);
});

test('should keep an ambiguous surname apart', () => {
  const merged = mergeTopics(
    [
      { id: 'a', topics: [{ name: 'Anna Smith', kind: 'person' }] },
      { id: 'b', topics: [{ name: 'John Smith', kind: 'person' }] },
      { id: 'c', topics: [{ name: 'Smith', kind: 'person' }] },
    ],
    aliases,
  );
  assert.deepEqual(merged[2], [{ name: 'Smith', kind: 'person' }]);
});

test('should not merge a one-word subject into a person', () => {
  const merged = mergeTopics(
    [
      { id: 'a', topics: [{ name: 'Fiona Apple', kind: 'person' }] },
      { id: 'b', topics: [{ name: 'Apple', kind: 'subject' }] },
    ],
    aliases,
  );
  assert.deepEqual(merged[1], [{ name: 'Apple', kind: 'subject' }]);
});

test('should take the kind most articles give, counting quoted speakers as people', () => {
  const articles = [
    { id: 'a', topics: [{ name: 'Jordan Peel', kind: 'place' as const }] },
    { id: 'b', topics: [{ name: 'Jordan Peel', kind: 'place' as const }] },
    { id: 'c', topics: [{ name: 'Jordan Peel', kind: 'person' as const }], quotes: [{ speaker: 'Jordan Peel' }, { speaker: 'Jordan Peel' }, { speaker: null }] },
  ];
  assert.deepEqual(mergeTopics(articles, aliases)[0], [{ name: 'Jordan Peel', kind: 'person' }]);
  assert.deepEqual(mergeTopics(articles.slice(0, 2), aliases)[0], [{ name: 'Jordan Peel', kind: 'place' }]);
});

test('should merge a surname into the one full name a quote gives', () => {
  const merged = mergeTopics(
    [
      { id: 'a', topics: [{ name: 'Kirby', kind: 'person' }], quotes: [{ speaker: 'John Kirby' }] },
    ],
    aliases,
  );
  assert.deepEqual(merged[0], [{ name: 'John Kirby', kind: 'person' }]);
});

test('should list the topics that co-occur most, most shared first', () => {
  const byArticle = [
    [{ name: 'Russia', kind: 'place' as const }, { name: 'Ukraine', kind: 'place' as const }, { name: 'John Kirby', kind: 'person' as const }],
    [{ name: 'Russia', kind: 'place' as const }, { name: 'Ukraine', kind: 'place' as const }],
    [{ name: 'Russia', kind: 'place' as const }, { name: 'Iran', kind: 'place' as const }],
  ];
  const related = relatedTopics(byArticle, 2);
  assert.deepEqual(related.get('russia'), [
    { name: 'Ukraine', kind: 'place', slug: 'ukraine', count: 2 },
    { name: 'Iran', kind: 'place', slug: 'iran', count: 1 },
  ]);
  assert.deepEqual(related.get('john-kirby'), [
    { name: 'Russia', kind: 'place', slug: 'russia', count: 1 },
    { name: 'Ukraine', kind: 'place', slug: 'ukraine', count: 1 },
  ]);
});

test('should make URL slugs: lower-case ASCII for Latin names, other scripts kept, never empty', () => {
  assert.equal(slugify('John Kirby'), 'john-kirby');
  assert.equal(slugify('Kim Jong-un'), 'kim-jong-un');
  assert.equal(slugify('Zürich & Łódź'), 'zurich-and-lodz');
  assert.equal(slugify('Straße'), 'strasse');
  assert.equal(slugify("Biden's U.S."), 'bidens-u-s');
  assert.equal(slugify('Москва'), 'москва');
  assert.equal(slugify('東京 2020'), '東京-2020');
  assert.equal(slugify('が'), 'が');
  const marks = assignSlugs(['!!!', '???']);
  assert.notEqual(marks.get('!!!'), marks.get('???'));
});

test('should keep slugs unique whatever the input order', () => {
  const one = assignSlugs(['C++', 'C', 'c 2']);
  const two = assignSlugs(['c 2', 'C++', 'C']);
  assert.deepEqual([...one].sort(), [...two].sort());
  assert.deepEqual(Object.fromEntries(one), { C: 'c', 'C++': 'c-3', 'c 2': 'c-2' });
});

test('should use the slugs it is given only when they are for exactly its names', () => {
  const byArticle = [[{ name: 'C++', kind: 'subject' as const }, { name: 'C', kind: 'subject' as const }]];
  // Given for exactly these names (as buildTopics does): used as they are.
  const own = relatedTopics(byArticle, 2, new Map([['C', 'c-lang'], ['C++', 'cpp']]));
  assert.deepEqual(own.get('cpp'), [{ name: 'C', kind: 'subject', slug: 'c-lang', count: 1 }]);
  // Given for a different set of names: slugs depend on the whole set, so they are made afresh.
  const other = relatedTopics(byArticle, 2, new Map([['C', 'c-lang']]));
  assert.deepEqual(other.get('c-2'), [{ name: 'C', kind: 'subject', slug: 'c', count: 1 }]);
});

test('should give the same slug from the memo as on the first call, and honour a shorter max', () => {
  assert.equal(slugify('Élysée Palace'), 'elysee-palace');
  assert.equal(slugify('Élysée Palace'), 'elysee-palace');
  assert.equal(slugify('Élysée Palace', 6), 'elysee');
});
