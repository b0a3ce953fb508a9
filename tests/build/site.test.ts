import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../src/build/run-build.ts';
import { loadSiteConfig, DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import { brokenInternalLinks, listFiles } from '../helpers/site-files.ts';

const work = mkdtempSync(join(tmpdir(), 'bs-site-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
cpSync('tests/fixtures/injection/template-and-script.txt', join(content, 'template-and-script.txt'));
const out = join(work, '_site');
const report = await runBuild({ contentDir: content, outDir: out, stateDir: work, config: { ...DEFAULT_CONFIG } });
const page = (url: string): string => readFileSync(join(out, url, 'index.html'), 'utf8');
const seedA = report.files.find((f) => f.file.startsWith('000_'));
const seedB = report.files.find((f) => f.file.startsWith('001_'));

test('should build a page for every input file', () => {
  assert.equal(report.articles, 3);
  assert.deepEqual(report.files.map((f) => f.status), ['page', 'page', 'page']);
  assert.equal(seedA?.status === 'page' && seedA.url, '/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/');
  assert.equal(seedB?.status === 'page' && seedB.url, '/2024/01/04/north-korean-connection-confirmed-in-ukraine-war/');
});

test('should resolve every internal link and asset', () => {
  assert.deepEqual(brokenInternalLinks(out), []);
});

test('should list both seed articles on the North Korea topic page', () => {
  const html = page('/topics/north-korea/');
  assert.match(html, /<h1[^>]*>North Korea<\/h1>/);
  assert.ok(html.includes('href="/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/"'));
  assert.ok(html.includes('href="/2024/01/04/north-korean-connection-confirmed-in-ukraine-war/"'));
  // newest first
  assert.ok(html.indexOf('/2024/01/05/') < html.indexOf('/2024/01/04/'));
});

test('should render script tags and template syntax from an article as visible text', () => {
  const f = report.files.find((x) => x.file === 'template-and-script.txt');
  assert.ok(f && f.status === 'page');
  const html = page(f.url);
  assert.ok(!html.includes('<script>alert(1)</script>'), 'no live script element');
  assert.ok(html.includes('&lt;script>alert(1)&lt;/script>') || html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('{{ 7*7 }}'), 'template syntax kept literally');
  assert.ok(!html.includes('>49<') && !html.includes(' 49 '), 'template syntax not evaluated');
  assert.ok(html.includes('{% include &quot;secret.njk&quot; %}') || html.includes('{% include "secret.njk" %}'));
});

test('should show the article page fields of seed A', () => {
  assert.ok(seedA && seedA.status === 'page');
  const html = page(seedA.url);
  assert.match(html, /<h1[^>]*>North Korea supplied Russia with missiles for Ukraine attacks: US<\/h1>/);
  assert.match(html, /<time datetime="2024-01-05T03:07"[^>]*>5 January 2024, 03:07<\/time>/);
  assert.ok(html.includes('href="/sources/inquirer-net/"'));
  assert.ok(html.includes('REUTERS/Kevin Lamarque'));
  assert.ok(!html.includes('Article continues after this advertisement'));
  assert.match(html, /<html lang="en">/);
  assert.ok(html.includes('<main id="main">') && html.includes('href="#main"'));
});

test('should mark an inferred date as estimated and name the unknown source', () => {
  assert.ok(seedB && seedB.status === 'page');
  const html = page(seedB.url);
  assert.match(html, /<time datetime="2024-01-04"[^>]*>4 January 2024<\/time> <span class="estimated">/);
  assert.ok(html.includes('>Unknown source</a>'));
});

test('should give a topic index grouped by kind with article counts', () => {
  const html = page('/topics/');
  assert.match(html, /<h2 id="place">Places<\/h2>/);
  assert.match(html, /href="\/topics\/north-korea\/">North Korea<\/a> <span class="meta">2 articles<\/span>/);
});

test('should write the report outside the site', () => {
  assert.ok(existsSync(join(work, '.broadsheet', 'report.json')));
  assert.ok(!listFiles(out).some((f) => f.includes('report')));
});

test('should serve every link under a path prefix', async () => {
  const out2 = join(work, '_prefixed');
  await runBuild({ contentDir: content, outDir: out2, stateDir: work, config: { ...DEFAULT_CONFIG, pathPrefix: '/archive/' } });
  assert.deepEqual(brokenInternalLinks(out2, '/archive/'), []);
  assert.ok(readFileSync(join(out2, 'index.html'), 'utf8').includes('href="/archive/assets/style.css"'));
});

test('should build byte-identical output twice', async () => {
  const out2 = join(work, '_again');
  await runBuild({ contentDir: content, outDir: out2, stateDir: work, config: { ...DEFAULT_CONFIG } });
  const a = listFiles(out);
  assert.deepEqual(listFiles(out2), a);
  for (const f of a) assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(out2, f))), `${f} differs`);
});

test('should read site settings from broadsheet.config.json', () => {
  const dir = join(work, 'cfg');
  mkdirSync(dir);
  writeFileSync(join(dir, 'broadsheet.config.json'), JSON.stringify({ title: 'Desk', pathPrefix: 'news' }));
  const c = loadSiteConfig(dir, { siteUrl: 'https://example.org/news' });
  assert.equal(c.title, 'Desk');
  assert.equal(c.pathPrefix, '/news/');
  assert.equal(c.siteUrl, 'https://example.org/news/');
});

test('should show one quote reported by both outlets on the speaker page, linking both articles', () => {
  const html = page('/people/john-kirby/');
  assert.match(html, /<h1[^>]*>John Kirby<\/h1>/);
  const quote = html.slice(html.indexOf('“This is a significant and concerning escalation”'));
  assert.ok(quote.length < html.length, 'the whole-sentence form is shown');
  assert.match(quote, /^“This is a significant and concerning escalation”<\/p><\/blockquote>\s*<p class="reported">reported by 2 outlets<\/p>/);
  const appearances = quote.slice(0, quote.indexOf('</ul>'));
  assert.ok(appearances.includes('href="/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/"'));
  assert.ok(appearances.includes('href="/2024/01/04/north-korean-connection-confirmed-in-ukraine-war/"'));
  assert.ok(page('/quotes/').includes('href="/people/john-kirby/"'));
});

test('should link the two seeds as one story across outlets', () => {
  const html = page('/stories/');
  assert.ok(html.includes('href="/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/"'));
  assert.ok(html.includes('href="/2024/01/04/north-korean-connection-confirmed-in-ukraine-war/"'));
  assert.match(page('/2024/01/04/north-korean-connection-confirmed-in-ukraine-war/'), /Same story elsewhere<\/h2>[\s\S]*north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/);
});
