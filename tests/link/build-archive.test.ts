import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchive } from '../../src/link/build-archive.ts';
import { loadAliases } from '../../src/link/aliases.ts';
import type { Article } from '../../src/record.ts';

const article = (id: string, date: string | null, source: string | null, extra: Partial<Article> = {}): Article => ({
  id, url: `/${id}/`, file: `${id}.txt`, headline: `Headline ${id}`, date, dateSource: date ? 'byline' : null, source,
  author: null, dateline: null, body: `Body of ${id}.`, quotes: [], tags: [], topics: [], media: [], removed: [], ...extra,
});

const kirby = (text: string) => ({ text, speaker: 'John Kirby', role: 'spokesman' });
const articles = [
  article('b', '2024-01-04', null, { topics: [{ name: 'North Korea', kind: 'place' }], quotes: [kirby('a significant and concerning escalation')] }),
  article('a', '2024-01-05T03:07', 'INQUIRER.net', { topics: [{ name: 'North Korea', kind: 'place' }, { name: 'Russia', kind: 'place' }], quotes: [kirby('This is a significant and concerning escalation')] }),
  article('u', null, 'INQUIRER.net'),
];
const archive = buildArchive({ articles, aliases: loadAliases(null), stories: [{ id: 'b', articles: ['b', 'a'] }, { id: 'u', articles: ['u'] }] });

test('should order articles oldest first, undated first, and link each to its neighbours', () => {
  assert.deepEqual(archive.articles.map((a) => [a.id, a.prev, a.next]), [['u', null, 'b'], ['b', 'u', 'a'], ['a', 'b', null]]);
});

test('should list a topic\'s articles newest first with the topics seen beside it', () => {
  const nk = archive.topics.find((t) => t.slug === 'north-korea')!;
  assert.deepEqual(nk.articles, ['a', 'b']);
  assert.deepEqual(nk.related, [{ slug: 'russia', name: 'Russia', count: 1 }]);
});

test('should give articles without an outlet to the unknown source', () => {
  assert.deepEqual(archive.sources.map((s) => [s.slug, s.name, s.known, s.articles]), [
    ['inquirer-net', 'INQUIRER.net', true, ['a', 'u']],
    ['unknown', 'Unknown source', false, ['b']],
  ]);
});

test('should merge a partial quote into the whole sentence and count the outlets', () => {
  assert.deepEqual(archive.people, [{
    slug: 'john-kirby', name: 'John Kirby', role: 'spokesman',
    quotes: [{ text: 'This is a significant and concerning escalation', articles: ['b', 'a'], outlets: 2 }],
  }]);
});

test('should keep short quotes apart even when one holds the other', () => {
  const two = buildArchive({
    aliases: loadAliases(null),
    articles: [article('x', '2024-01-01', 'A', { quotes: [kirby('not now')] }), article('y', '2024-01-02', 'B', { quotes: [kirby('Not now, not ever')] })],
  });
  assert.equal(two.people[0].quotes.length, 2);
});

test('should list multi-article stories with their outlets, and give every article its story', () => {
  assert.deepEqual(archive.stories, [{ id: 'b', headline: 'Headline b', articles: ['b', 'a'], sources: ['INQUIRER.net', 'Unknown source'] }]);
  assert.deepEqual(archive.articles.map((a) => [a.id, a.story, a.sameStory]), [['u', 'u', []], ['b', 'b', ['a']], ['a', 'b', ['b']]]);
});
