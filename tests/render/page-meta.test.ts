import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonForScript, newsArticleLd, pageHead, toAbsolute, absoluteBase, type ArticleFacts } from '../../src/render/page-meta.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';

const withUrl = { ...DEFAULT_CONFIG, pathPrefix: '/archive/', siteUrl: 'https://example.org/archive/' };
const fact: ArticleFacts = {
  url: '/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/',
  headline: 'North Korea supplied Russia with missiles for Ukraine attacks: US',
  summary: 'North Korea has provided Russia with ballistic missiles.',
  date: '2024-01-05T03:07',
  author: null,
  source: 'INQUIRER.net',
  topics: ['North Korea', 'John Kirby'],
};

test('should escape markup in JSON-LD so article text cannot end the script element', () => {
  const text = jsonForScript({ headline: '</script><script>alert(1)</script> & <!-- \u2028' });
  assert.equal(text, '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028"}');
  assert.ok(!/[<>&\u2028]/.test(text));
  assert.deepEqual(JSON.parse(text), { headline: '</script><script>alert(1)</script> & <!-- \u2028' });
});

test('should describe an article as a NewsArticle based on the outlet\'s article', () => {
  assert.deepEqual(newsArticleLd(fact, withUrl), {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'North Korea supplied Russia with missiles for Ukraine attacks: US',
    description: 'North Korea has provided Russia with ballistic missiles.',
    inLanguage: 'en',
    mainEntityOfPage: 'https://example.org/archive/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/',
    url: 'https://example.org/archive/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/',
    datePublished: '2024-01-05T03:07',
    author: { '@type': 'Organization', name: 'INQUIRER.net' },
    publisher: { '@type': 'Organization', name: 'Broadsheet', url: 'https://example.org/archive/' },
    keywords: 'North Korea, John Kirby',
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: 'North Korea supplied Russia with missiles for Ukraine attacks: US',
      publisher: { '@type': 'Organization', name: 'INQUIRER.net' },
      datePublished: '2024-01-05T03:07',
    },
  });
});

test('should credit named authors and leave out isBasedOn when the source is unknown', () => {
  const ld = newsArticleLd({ ...fact, source: null, date: null, author: 'A, B', authors: ['A', 'B'], topics: [] }, DEFAULT_CONFIG);
  assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'A' }, { '@type': 'Person', name: 'B' }]);
  assert.equal('isBasedOn' in ld, false);
  assert.equal('datePublished' in ld, false);
  assert.equal('keywords' in ld, false);
  assert.equal('url' in ld, false);
});

test('should give an article Open Graph tags with its absolute URL, date and topics', () => {
  const head = pageHead({ url: fact.url, title: fact.headline, description: fact.summary, alternates: [], article: fact }, withUrl);
  assert.equal(head.canonical, 'https://example.org/archive/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/');
  assert.deepEqual(head.og, [
    { property: 'og:title', content: 'North Korea supplied Russia with missiles for Ukraine attacks: US' },
    { property: 'og:type', content: 'article' },
    { property: 'og:url', content: 'https://example.org/archive/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/' },
    { property: 'og:site_name', content: 'Broadsheet' },
    { property: 'og:description', content: 'North Korea has provided Russia with ballistic missiles.' },
    { property: 'og:locale', content: 'en' },
    { property: 'article:published_time', content: '2024-01-05T03:07' },
    { property: 'article:tag', content: 'North Korea' },
    { property: 'article:tag', content: 'John Kirby' },
  ]);
  assert.match(head.jsonLd ?? '', /^\{"@context":"https:\/\/schema.org","@type":"NewsArticle"/);
});

test('should leave out the canonical link and og:url when the site URL is unknown', () => {
  const head = pageHead({ url: '/topics/', title: 'Topics', description: 'd', alternates: [] }, DEFAULT_CONFIG);
  assert.equal(head.canonical, null);
  assert.deepEqual(head.og.map((m) => m.property), ['og:title', 'og:type', 'og:site_name', 'og:description', 'og:locale']);
  assert.equal(head.og[1].content, 'website');
  assert.equal(head.jsonLd, null);
});

test('should give no canonical link to pages that are not to be indexed', () => {
  assert.equal(pageHead({ url: '/search/', title: 'Search', description: 'd', alternates: [], noindex: true }, withUrl).canonical, null);
});

test('should fall back to the local preview address for absolute URLs', () => {
  assert.equal(absoluteBase({ ...DEFAULT_CONFIG, pathPrefix: '/archive/' }), 'http://localhost:8080/archive/');
  assert.equal(absoluteBase(withUrl), 'https://example.org/archive/');
  assert.equal(toAbsolute('https://example.org/archive/', '/topics/north-korea/feed.xml'), 'https://example.org/archive/topics/north-korea/feed.xml');
});

test('should title a page with the site name, the home page with its own title alone, and hide the header search on the search page', () => {
  const home = pageHead({ url: '/', title: 'Broadsheet', description: 'd', alternates: [] }, withUrl);
  const topic = pageHead({ url: '/topics/north-korea/', title: 'North Korea — topic', description: 'd', alternates: [] }, withUrl);
  const search = pageHead({ url: '/search/', title: 'Search', description: 'd', alternates: [], noindex: true }, withUrl);
  assert.equal(home.documentTitle, 'Broadsheet');
  assert.equal(topic.documentTitle, 'North Korea — topic · Broadsheet');
  assert.deepEqual([home.searchBox, topic.searchBox, search.searchBox], [true, true, false]);
});
