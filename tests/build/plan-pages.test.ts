import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planPages } from '../../src/build/plan-pages.ts';

const SHARED = new Set(['items']);

interface Card { url: string; headline: string; summary: string }
const card = (n: number, summary = `Summary ${n}.`): Card => ({ url: `/a/${n}/`, headline: `Headline ${n}`, summary });

/** A small site: two article pages, and list pages that share the same card objects. */
function site(cards: Card[], title = 'Archive') {
  return {
    title,
    articles: cards.slice(0, 2).map((c) => ({ url: c.url, headline: c.headline, quotes: [{ text: 'A quote.', speaker: null }] })),
    lists: [
      { url: '/', heading: 'Latest', items: [cards[0], cards[1], cards[2]] },
      { url: '/page/2/', heading: 'Older', items: [cards[3]] },
      { url: '/topics/x/', heading: 'X', items: [cards[1], cards[3]] },
    ],
  };
}

const fourCards = (): Card[] => [1, 2, 3, 4].map((n) => card(n));

test('should give the same fingerprints to the same data, whichever objects hold it', () => {
  const a = planPages(site(fourCards()), null, 'salt', SHARED);
  const b = planPages(site(fourCards()), a.fingerprints, 'salt', SHARED);
  assert.equal(a.write, 5);
  assert.deepEqual(b.fingerprints, a.fingerprints);
  assert.equal(b.write, 0);
  assert.equal(b.unchanged, 5);
  assert.deepEqual(b.data.lists, []);
  assert.deepEqual(b.data.articles, []);
  assert.equal(b.data.title, 'Archive');
});

test('should rewrite exactly the list pages that show a changed card', () => {
  const before = planPages(site(fourCards()), null, 'salt', SHARED);
  const cards = fourCards();
  cards[3] = card(4, 'A new summary.');
  const after = planPages(site(cards), before.fingerprints, 'salt', SHARED);
  assert.deepEqual(after.writtenUrls, ['/page/2/', '/topics/x/']);
  assert.deepEqual(after.data.lists.map((l) => l.url), ['/page/2/', '/topics/x/']);
  assert.equal(after.unchanged, 3);
});

test('should rewrite a list page whose cards changed order or moved to the next page', () => {
  const before = planPages(site(fourCards()), null, 'salt', SHARED);
  const swapped = site(fourCards());
  swapped.lists[2].items.reverse();
  assert.deepEqual(planPages(swapped, before.fingerprints, 'salt', SHARED).writtenUrls, ['/topics/x/']);
  const moved = site(fourCards());
  moved.lists[1].items.unshift(moved.lists[0].items.pop()!);
  assert.deepEqual(planPages(moved, before.fingerprints, 'salt', SHARED).writtenUrls, ['/', '/page/2/']);
});

test('should rewrite every page when the site-wide data or the salt changes, and list pages that vanished', () => {
  const before = planPages(site(fourCards()), null, 'salt', SHARED);
  assert.equal(planPages(site(fourCards(), 'Another title'), before.fingerprints, 'salt', SHARED).write, 5);
  assert.equal(planPages(site(fourCards()), before.fingerprints, 'templates changed', SHARED).write, 5);
  const fewer = site(fourCards());
  fewer.lists.pop();
  const plan = planPages(fewer, before.fingerprints, 'salt', SHARED);
  assert.deepEqual(plan.remove, ['/topics/x/']);
  assert.equal(plan.write, 0);
});

test('should tell apart a field holding a list of cards from fields that hold the same text otherwise', () => {
  const cards = fourCards();
  const base = { articles: [], lists: [{ url: '/', heading: 'Latest', items: [cards[0]] }] };
  const moved = { articles: [], lists: [{ url: '/', heading: 'Latest', items: [], extra: [cards[0]] }] };
  const nested = { articles: [], lists: [{ url: '/', heading: 'Latest', items: [[cards[0]]] }] };
  const fp = (data: object): string => planPages(data, null, 'salt', SHARED).fingerprints['/'];
  assert.notEqual(fp(base), fp(moved));
  assert.notEqual(fp(base), fp(nested));
  assert.notEqual(fp(base), planPages(base, null, 'salt').fingerprints['/'], 'the shared form is a fingerprint of its own');
  // Items that are not objects are taken as JSON.
  assert.notEqual(fp({ lists: [{ url: '/', items: ['a', 'b'] }] }), fp({ lists: [{ url: '/', items: ['ab'] }] }));
});
