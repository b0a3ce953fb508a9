import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkedArticle } from '../../src/record.ts';
import { buildFeed, feedAlternates, feedDate, FEED_SIZE } from '../../src/render/feeds.ts';
import { buildSitemaps } from '../../src/render/sitemap.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';

const config = { ...DEFAULT_CONFIG, pathPrefix: '/archive/', siteUrl: 'https://example.org/archive/' };

function article(id: string, over: Partial<LinkedArticle> = {}): LinkedArticle {
  return {
    id, url: `/${id}/`, file: `${id}.txt`, headline: `Headline ${id}`, date: '2024-01-05T03:07', dateSource: 'byline',
    source: 'INQUIRER.net', author: null, dateline: null, body: 'Body.', quotes: [], tags: [],
    topics: [{ name: 'North Korea', kind: 'place' }], media: [], removed: [],
    story: id, sameStory: [], prev: null, next: null, duplicates: [], ...over,
  };
}

test('should write archive dates as RFC 3339 in UTC, whatever the machine\'s zone', () => {
  assert.equal(feedDate('2024-01-05T03:07'), '2024-01-05T03:07:00Z');
  assert.equal(feedDate('2024-01-04'), '2024-01-04T00:00:00Z');
  assert.equal(feedDate(null), null);
  assert.equal(feedDate('sometime'), null);
});

test('should build a feed entry with absolute link, id, dates, summary, author and categories', () => {
  const a = article('a', { author: 'Jane Doe', topics: [{ name: 'North Korea', kind: 'place' }, { name: 'John Kirby', kind: 'person' }] });
  const { atom, json } = buildFeed({ pageUrl: '/topics/north-korea/', title: 'North Korea', subtitle: '1 article', articles: ['a'] },
    new Map([['a', a]]), () => 'The summary.', config);
  assert.equal(atom.url, '/topics/north-korea/feed.xml');
  assert.equal(atom.id, 'https://example.org/archive/topics/north-korea/');
  assert.equal(atom.atomUrl, 'https://example.org/archive/topics/north-korea/feed.xml');
  assert.equal(atom.jsonUrl, 'https://example.org/archive/topics/north-korea/feed.json');
  assert.equal(atom.updated, '2024-01-05T03:07:00Z');
  assert.deepEqual(atom.entries, [{
    id: 'https://example.org/archive/a/', url: 'https://example.org/archive/a/', title: 'Headline a',
    published: '2024-01-05T03:07:00Z', updated: '2024-01-05T03:07:00Z', summary: 'The summary.',
    authors: ['Jane Doe'], categories: ['North Korea', 'John Kirby'],
  }]);
  assert.equal(json.url, '/topics/north-korea/feed.json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(doc.feed_url, 'https://example.org/archive/topics/north-korea/feed.json');
  assert.deepEqual(doc.items[0], {
    id: 'https://example.org/archive/a/', url: 'https://example.org/archive/a/', title: 'Headline a',
    content_text: 'The summary.', summary: 'The summary.', date_published: '2024-01-05T03:07:00Z', date_modified: '2024-01-05T03:07:00Z',
    authors: [{ name: 'Jane Doe' }], tags: ['North Korea', 'John Kirby'],
  });
});

test('should keep the newest twenty dated articles and credit the outlet when no author is named', () => {
  const ids = Array.from({ length: 25 }, (_, i) => `n${String(i).padStart(2, '0')}`);
  const byId = new Map(ids.map((id, i) => [id, article(id, { date: `2023-02-${String(28 - i).padStart(2, '0')}`, source: i % 2 ? null : 'Daily' })]));
  byId.set('undated', article('undated', { date: null }));
  const { atom } = buildFeed({ pageUrl: '/', title: 'Site', subtitle: 's', articles: ['undated', ...ids] }, byId, () => '', { ...DEFAULT_CONFIG });
  assert.equal(atom.entries.length, FEED_SIZE);
  assert.equal(atom.entries[0].id, 'http://localhost:8080/n00/');
  assert.equal(atom.entries[19].id, 'http://localhost:8080/n19/');
  assert.deepEqual(atom.entries[0].authors, ['Daily']);
  assert.deepEqual(atom.entries[1].authors, ['Broadsheet']);
  assert.equal(atom.updated, '2023-02-28T00:00:00Z');
});

test('should strip characters XML 1.0 cannot carry from feed text', () => {
  const { atom, json } = buildFeed({ pageUrl: '/', title: 'T\u0001', subtitle: 's', articles: ['a'] },
    new Map([['a', article('a', { headline: 'Bell\u0007 and form\u000Cfeed' })]]), () => 'nul\u0000', config);
  assert.equal(atom.title, 'T');
  assert.equal(atom.entries[0].title, 'Bell and formfeed');
  assert.equal(atom.entries[0].summary, 'nul');
  assert.ok(!json.text.includes('\\u0007'));
});

test('should give an empty feed a fixed date so rebuilds are identical', () => {
  const { atom } = buildFeed({ pageUrl: '/sources/unknown/', title: 'U', subtitle: 's', articles: ['u'] }, new Map([['u', article('u', { date: null })]]), () => '', config);
  assert.deepEqual(atom.entries, []);
  assert.equal(atom.updated, '1970-01-01T00:00:00Z');
});

test('should link a page\'s Atom and JSON feeds under the path prefix', () => {
  assert.deepEqual(feedAlternates('/sources/inquirer-net/', 'INQUIRER.net', (u) => '/archive' + u), [
    { type: 'application/atom+xml', url: '/archive/sources/inquirer-net/feed.xml', title: 'INQUIRER.net (Atom)' },
    { type: 'application/feed+json', url: '/archive/sources/inquirer-net/feed.json', title: 'INQUIRER.net (JSON Feed)' },
  ]);
});

test('should write a sitemap only with a site URL, and split it past the per-file limit', () => {
  const pages = [{ url: '/', date: null }, { url: '/2024/01/05/a/', date: '2024-01-05T03:07' }, { url: '/topics/', date: null }];
  assert.deepEqual(buildSitemaps(pages, ''), []);
  assert.deepEqual(buildSitemaps(pages, 'https://example.org/archive/'), [{
    url: '/sitemap.xml', kind: 'urlset', entries: [
      { loc: 'https://example.org/archive/', lastmod: null },
      { loc: 'https://example.org/archive/2024/01/05/a/', lastmod: '2024-01-05' },
      { loc: 'https://example.org/archive/topics/', lastmod: null },
    ],
  }]);
  const split = buildSitemaps(pages, 'https://example.org/', 2);
  assert.deepEqual(split.map((s) => [s.url, s.kind, s.entries.length]), [['/sitemap.xml', 'index', 2], ['/sitemap-1.xml', 'urlset', 2], ['/sitemap-2.xml', 'urlset', 1]]);
  assert.deepEqual(split[0].entries.map((e) => e.loc), ['https://example.org/sitemap-1.xml', 'https://example.org/sitemap-2.xml']);
});
