import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listFiles } from '../helpers/site-files.ts';
import { buildSeedSite, requireJava, PREFIX, SITE_URL, SEED_A, HEADLINE_A } from './site-under-test.ts';

const require = createRequire(import.meta.url);
const VNU = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
const site = await buildSeedSite();
const file = (rel: string): string => readFileSync(join(site.out, rel), 'utf8');
const html = listFiles(site.out).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'url', 'category', 'author', 'link'].includes(name) });
const parseXml = (rel: string) => {
  const text = file(rel);
  assert.equal(XMLValidator.validate(text), true, `${rel} is not well-formed XML`);
  return xml.parse(text);
};

test('should build every page kind as valid HTML (vnu), and valid CSS', () => {
  requireJava();
  for (const kind of ['index.html', SEED_A.slice(1) + 'index.html', 'topics/north-korea/index.html', 'sources/inquirer-net/index.html',
    '2024/index.html', '2024/01/index.html', 'topics/index.html', 'sources/index.html', 'quotes/index.html', 'stories/index.html', 'search/index.html', '404.html']) {
    assert.ok(html.includes(kind), `no ${kind} in the build`);
  }
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--also-check-css', '--format', 'json', ...html.map((f) => join(site.out, f)), join(site.out, 'assets/style.css')], { encoding: 'utf8' });
  assert.equal(run.error, undefined, `vnu did not run: ${run.error?.message}`);
  const messages = (JSON.parse(run.stderr) as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
  assert.deepEqual(messages.map((m) => `${m.url.replace(/^file:.*?_site\//, '')}:${m.lastLine}: ${m.message}`), []);
  assert.equal(run.status, 0);
});

test('should write the site Atom feed with the required elements and absolute links', () => {
  const feed = parseXml('feed.xml').feed;
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed.id, SITE_URL);
  assert.deepEqual(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']]), [['self', `${SITE_URL}feed.xml`], ['alternate', SITE_URL]]);
  assert.equal(feed.updated, '2024-01-05T03:07:00Z');
  assert.equal(feed.entry.length, 2);
  const a = feed.entry[0];
  assert.equal(a.title, HEADLINE_A);
  assert.equal(a.id, SITE_URL + SEED_A.slice(1));
  assert.equal(a.link[0]['@href'], SITE_URL + SEED_A.slice(1));
  assert.equal(a.published, '2024-01-05T03:07:00Z');
  assert.equal(a.updated, '2024-01-05T03:07:00Z');
  assert.ok(a.author[0].name.length > 0);
  assert.ok(a.category.some((c: Record<string, string>) => c['@term'] === 'North Korea'));
  assert.match(a.summary['#text'], /North Korea/);
  assert.equal(feed.entry[1].published, '2024-01-04T00:00:00Z');
});

test('should write JSON feeds for the site, each topic and each source', () => {
  const doc = JSON.parse(file('feed.json'));
  assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(doc.feed_url, `${SITE_URL}feed.json`);
  assert.equal(doc.items.length, 2);
  assert.deepEqual(Object.keys(doc.items[0]), ['id', 'url', 'title', 'content_text', 'summary', 'date_published', 'date_modified', 'authors', 'tags']);
  const topic = JSON.parse(file('topics/north-korea/feed.json'));
  assert.equal(topic.home_page_url, `${SITE_URL}topics/north-korea/`);
  assert.equal(topic.items.length, 2);
  assert.equal(parseXml('topics/north-korea/feed.xml').feed.entry.length, 2);
  assert.equal(JSON.parse(file('sources/inquirer-net/feed.json')).items[0].title, HEADLINE_A);
  assert.equal(parseXml('sources/inquirer-net/feed.xml').feed.entry.length, 1);
});

test('should link feeds, canonical URL, Open Graph and JSON-LD from an article page', () => {
  const page = file(SEED_A.slice(1) + 'index.html');
  assert.ok(page.includes(`<link rel="canonical" href="${SITE_URL}${SEED_A.slice(1)}">`));
  assert.ok(page.includes(`<link rel="alternate" type="application/atom+xml" href="${PREFIX}feed.xml" title="Broadsheet (Atom)">`));
  assert.ok(page.includes(`<link rel="alternate" type="application/feed+json" href="${PREFIX}feed.json" title="Broadsheet (JSON Feed)">`));
  assert.ok(page.includes('<meta property="og:type" content="article">'));
  assert.ok(page.includes('<meta property="article:published_time" content="2024-01-05T03:07">'));
  assert.ok(page.includes('<meta property="article:tag" content="North Korea">'));
  assert.ok(page.includes(`<meta property="og:url" content="${SITE_URL}${SEED_A.slice(1)}">`));
  const ld = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, HEADLINE_A);
  assert.equal(ld.datePublished, '2024-01-05T03:07');
  assert.deepEqual(ld.isBasedOn.publisher, { '@type': 'Organization', name: 'INQUIRER.net' });
  const topic = file('topics/north-korea/index.html');
  assert.ok(topic.includes(`<link rel="alternate" type="application/atom+xml" href="${PREFIX}topics/north-korea/feed.xml"`));
});

test('should write a sitemap of absolute URLs and a robots.txt that points to it', () => {
  const urls = (parseXml('sitemap.xml').urlset.url as { loc: string; lastmod?: string }[]);
  const locs = urls.map((u) => u.loc);
  assert.ok(locs.includes(SITE_URL) && locs.includes(`${SITE_URL}topics/north-korea/`));
  assert.equal(urls.find((u) => u.loc === SITE_URL + SEED_A.slice(1))?.lastmod, '2024-01-05');
  assert.ok(!locs.some((l) => l.includes('/search/') || l.includes('404')));
  assert.equal(locs.length, html.length - 2, 'every page but search and 404');
  assert.equal(file('robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${SITE_URL}sitemap.xml\n`);
});

test('should keep every page under 100 KB of HTML and CSS', () => {
  const css = statSync(join(site.out, 'assets/style.css')).size;
  const searchCss = statSync(join(site.out, 'pagefind/2024-01/pagefind-ui.css')).size;
  const over = html
    .map((f) => [f, statSync(join(site.out, f)).size + css + (f.startsWith('search/') ? searchCss : 0)] as const)
    .filter(([, size]) => size > 100_000);
  assert.deepEqual(over, []);
});

test('should leave out the sitemap and canonical links when the site URL is unknown', async () => {
  const plain = await buildSeedSite({});
  assert.equal(existsSync(join(plain.out, 'sitemap.xml')), false);
  assert.equal(readFileSync(join(plain.out, 'robots.txt'), 'utf8'), 'User-agent: *\nAllow: /\n');
  const page = readFileSync(join(plain.out, SEED_A.slice(1), 'index.html'), 'utf8');
  assert.ok(!page.includes('rel="canonical"') && !page.includes('og:url'));
  assert.equal(JSON.parse(readFileSync(join(plain.out, 'feed.json'), 'utf8')).feed_url, 'http://localhost:8080/feed.json');
});
