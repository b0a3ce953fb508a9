import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from '../../src/postprocess/run-pagefind.ts';
import { runPostProcess } from '../../src/postprocess/run-post-process.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';

const page = (body: string): string => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const article = (headline: string, source: string, year: string): string => page(
  `<main><article data-pagefind-body><h1>${headline}</h1><p><time data-pagefind-filter="year:${year}">x</time> <a data-pagefind-filter="source">${source}</a></p><p>John Kirby said so.</p></article></main>`);

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  for (const [path, html] of [
    ['index.html', page('<h1>Latest</h1><p>John Kirby appears in a list page.</p>')],
    ['2024/01/05/a/index.html', article('Missiles', 'INQUIRER.net', '2024')],
    ['2024/01/04/b/index.html', article('Connection', 'Unknown source', '2024')],
  ]) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

test('should index only pages that mark their body for search', async () => {
  const dir = site();
  const result = await writeSearchIndex(dir, 'en');
  assert.equal(result.pages, 2);
  assert.equal(result.bundleDir, join(dir, 'pagefind'));
  for (const f of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']) assert.ok(existsSync(join(dir, 'pagefind', f)), f);
  assert.ok(readdirSync(join(dir, 'pagefind', 'filter')).length > 0, 'filter index written');
});

test('should replace the bundle on a second run and leave no temporary folders', async () => {
  const dir = site();
  await writeSearchIndex(dir, 'en');
  writeFileSync(join(dir, '2024/01/04/b/index.html'), page('<p>no longer an article</p>'));
  const again = await writeSearchIndex(dir, 'en');
  assert.equal(again.pages, 1);
  assert.deepEqual(readdirSync(dir).sort(), ['2024', 'index.html', 'pagefind']);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  assert.equal(entry.languages.en.page_count, 1);
});

test('should warn when the index holds fewer pages than there are articles', async () => {
  const dir = site();
  const fake = { articles: [{}, {}, {}] } as unknown as Parameters<typeof runPostProcess>[2];
  const result = await runPostProcess(dir, DEFAULT_CONFIG, fake);
  assert.equal(result.searchPages, 2);
  assert.deepEqual(result.warnings, ['search index holds 2 pages, expected one per article (3)']);
});
