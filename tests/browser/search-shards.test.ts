import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../src/build/run-build.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import { launchChromium, PREFIX, serve } from './site-under-test.ts';

// The search index is split by year (by month in the newest year); one search must still find articles of every year.
const work = mkdtempSync(join(tmpdir(), 'bs-shards-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
const prose = 'Kirby answered questions about the harbour agreement for most of the afternoon, and said that the talks would go on next week in the capital.';
writeFileSync(join(content, 'older.txt'), `Kirby briefs reporters on harbour talks\n\nMarch 3, 2019\n\n${prose}\n\n${prose.replace('afternoon', 'morning')}\n`);
writeFileSync(join(content, 'undated.txt'), `Kirby returns to the harbour talks\n\n${prose.replace('next week', 'next month')}\n\n${prose.replace('capital', 'port city')}\n`);
const out = join(work, '_site');
await runBuild({ contentDir: content, outDir: out, stateDir: work, config: { ...DEFAULT_CONFIG, pathPrefix: PREFIX } });
const server = await serve(out);
const browser = await launchChromium();
after(async () => {
  await browser.close();
  await server.close();
});

test('should write one search bundle per year, per month in the newest year', () => {
  assert.deepEqual(readdirSync(join(out, 'pagefind')).sort(), ['2019', '2024-01', 'shards.json', 'undated']);
});

test('should find articles of every year in one search', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.base}search/?q=Kirby`);
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length >= 4, null, { timeout: 15_000 });
  const titles = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.textContent?.trim()).sort());
  assert.deepEqual(titles, [
    'Kirby briefs reporters on harbour talks',
    'Kirby returns to the harbour talks',
    'North Korea supplied Russia with missiles for Ukraine attacks: US',
    'North Korean Connection Confirmed in Ukraine War',
  ]);
  const hrefs = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => h?.startsWith(PREFIX)), hrefs.join(' '));
  await page.close();
});
