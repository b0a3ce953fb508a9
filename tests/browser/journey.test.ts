import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listFiles } from '../helpers/site-files.ts';
import { buildSeedSite, serve, launchChromium, linksIn, PREFIX, SITE_URL, SEED_A, HEADLINE_A, HEADLINE_B } from './site-under-test.ts';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = 'test-results';
mkdirSync(SHOTS, { recursive: true });

const site = await buildSeedSite();
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  server = await serve(site.out);
  browser = await launchChromium();
  // One context for the whole file: a new one costs about a second here.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(width: number): Promise<{ page: Page; failures: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const failures: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => failures.push(`script error: ${e.message}`));
  return { page, failures };
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    type Run = (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
    return (window as unknown as { axe: { run: Run } }).axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((done) => {
    let cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(cls), 200);
  }));
}

async function searchResults(page: Page): Promise<string[]> {
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
  return page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => `${a.textContent?.trim()} → ${a.getAttribute('href')}`));
}

for (const width of [375, 1280]) {
  test(`should go home → article → topic → source → search at ${width} px under the path prefix`, async () => {
    const { page, failures } = await openPage(width);
    await page.goto(server.base);
    assert.equal(await page.textContent('h1'), 'Latest articles');
    assert.ok(await layoutShift(page) < 0.01, 'home page shifts while loading');
    await page.screenshot({ path: `${SHOTS}/home-${width}.png`, fullPage: true });

    await page.click(`text=${HEADLINE_A}`);
    assert.equal(page.url(), server.origin + PREFIX + SEED_A.slice(1));
    assert.equal(await page.textContent('h1'), HEADLINE_A);
    assert.ok(await layoutShift(page) < 0.01, 'article page shifts while loading');
    await page.screenshot({ path: `${SHOTS}/article-${width}.png`, fullPage: true });

    await page.click('.tags a:text-is("North Korea")');
    assert.equal(page.url(), `${server.base}topics/north-korea/`);
    const cards = await page.$$eval('.card h3 a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(cards.filter((c) => c === HEADLINE_A || c === HEADLINE_B), [HEADLINE_A, HEADLINE_B]);
    await page.screenshot({ path: `${SHOTS}/topic-${width}.png`, fullPage: true });

    await page.click(`text=${HEADLINE_A}`);
    await page.click('a[data-pagefind-filter="source"]');
    assert.equal(page.url(), `${server.base}sources/inquirer-net/`);
    assert.equal(await page.textContent('h1'), 'INQUIRER.net');

    await page.fill('#site-q', 'Kirby');
    await page.press('#site-q', 'Enter');
    assert.equal(page.url(), `${server.base}search/?q=Kirby`);
    const results = await searchResults(page);
    assert.ok(results.includes(`${HEADLINE_A} → ${PREFIX}${SEED_A.slice(1)}`), results.join('\n'));
    assert.ok(results.some((r) => r.startsWith(`${HEADLINE_B} → ${PREFIX}`)), results.join('\n'));
    const tags = await page.$$eval('.pagefind-ui__result-tag', (ts) => ts.map((t) => t.textContent?.trim()));
    assert.ok(tags.includes('Date: 5 January 2024, 03:07') && tags.includes('Source: INQUIRER.net'), tags.join(', '));
    await page.screenshot({ path: `${SHOTS}/search-${width}.png`, fullPage: true });
    assert.deepEqual(failures, []);
    await page.close();
  });
}

test('should filter search results by source, topic and year', async () => {
  const { page, failures } = await openPage(1280);
  await page.goto(`${server.base}search/?q=Kirby`);
  await searchResults(page);
  // Note: Pagefind's UI adds each filter as its part of the index arrives, after the first results
  // (one CI run read the names with Topic not yet there): wait for three, then check which.
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__filter-name').length >= 3, undefined, { timeout: 5000 }).catch(() => undefined);
  const filters = await page.$$eval('.pagefind-ui__filter-name', (fs) => fs.map((f) => f.textContent?.trim()));
  assert.deepEqual(filters, ['Source', 'Topic', 'Year']);
  // Note: the filter panels fold away on narrow screens; a click on the box itself works at any width.
  await page.$eval('input.pagefind-ui__filter-checkbox[name="source"][value="INQUIRER.net"]', (box) => (box as HTMLInputElement).click());
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result').length === 1);
  assert.deepEqual(await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.textContent?.trim())), [HEADLINE_A]);
  assert.deepEqual(failures, []);
  await page.close();
});

test('should have no serious or critical accessibility violations on home, article, topic and search pages', async () => {
  const { page } = await openPage(1280);
  const found: string[] = [];
  for (const path of ['', SEED_A.slice(1), 'topics/north-korea/', 'search/?q=Kirby']) {
    await page.goto(server.base + path);
    if (path.startsWith('search')) await searchResults(page);
    found.push(...(await seriousAxeViolations(page)).map((v) => `/${path}: ${v}`));
  }
  // Colour contrast again with the dark colour scheme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.base + SEED_A.slice(1));
  found.push(...(await seriousAxeViolations(page)).map((v) => `dark article: ${v}`));
  await page.screenshot({ path: `${SHOTS}/article-1280-dark.png` });
  assert.deepEqual(found, []);
  await page.close();
});

test('should reach every page by following links, with no broken link or asset', async () => {
  const toLocal = (u: string): string => (u.startsWith(SITE_URL) ? server.base + u.slice(SITE_URL.length) : u);
  const queue = [server.base];
  const seen = new Set(queue);
  const broken: string[] = [];
  const pages = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const res = await fetch(url);
    if (res.status !== 200) {
      broken.push(`${res.status} ${url}`);
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    if (!/html|xml|json|text\/plain/.test(type)) {
      await res.arrayBuffer();
      continue;
    }
    const text = await res.text();
    let found: string[];
    if (type.includes('html')) {
      pages.add(new URL(url).pathname);
      found = linksIn(text);
    } else {
      found = text.match(/https:\/\/example\.org\/archive\/[^"<\s]*/g) ?? [];
    }
    for (const raw of found) {
      if (/^(mailto:|data:|#)/.test(raw)) continue;
      const abs = new URL(toLocal(raw), url);
      abs.hash = '';
      if (abs.origin !== server.origin) continue;
      if (!abs.pathname.startsWith(PREFIX)) {
        broken.push(`${url}: ${raw} (outside ${PREFIX})`);
        continue;
      }
      if (!seen.has(abs.href)) {
        seen.add(abs.href);
        queue.push(abs.href);
      }
    }
  }
  assert.deepEqual(broken, []);
  const built = listFiles(site.out).filter((f) => f.endsWith('index.html')).map((f) => PREFIX + f.replace(/index\.html$/, ''));
  assert.deepEqual(built.filter((p) => !pages.has(p)), [], 'pages no link leads to');
  assert.ok(seen.has(`${server.base}feed.xml`) && seen.has(`${server.base}topics/north-korea/feed.json`) && seen.has(`${server.base}sitemap.xml`) === false);
});

test('should answer an unknown address with the 404 page, styled under the prefix', async () => {
  const res = await fetch(`${server.base}no/such/page/`);
  assert.equal(res.status, 404);
  const html = await res.text();
  assert.match(html, /<h1>Page not found<\/h1>/);
  assert.ok(html.includes(`href="${PREFIX}assets/style.css"`));
  assert.ok(html.includes('<meta name="robots" content="noindex">'));
});
