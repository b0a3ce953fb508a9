import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from '../../src/postprocess/run-pagefind.ts';
import { runPostProcess } from '../../src/postprocess/run-post-process.ts';
import { searchRecords, type SearchRecord } from '../../src/postprocess/search-records.ts';
import { searchShards, shardAssigner } from '../../src/render/search-shards.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import type { Archive, LinkedArticle } from '../../src/record.ts';

const article = (id: string, headline: string, source: string | null, date: string | null): LinkedArticle => ({
  id, url: `/${id}/`, file: `${id}.txt`, headline, date, dateSource: date ? 'byline' : null, source, author: null,
  dateline: 'Washington', body: 'John Kirby said so.\n\nA second paragraph.', quotes: [], tags: [],
  topics: [{ name: 'North Korea', kind: 'place' }], media: [], removed: [], story: id, sameStory: [], prev: null, next: null, duplicates: [],
});
const archive = { articles: [article('a', 'Missiles', 'INQUIRER.net', '2024-01-05T03:07'), article('b', 'Connection', null, null)] } as Archive;

test('should make one search record per article with its filters, meta and site-relative URL', () => {
  const [a, b] = searchRecords(archive, 'en');
  assert.deepEqual(a, {
    url: '/a/',
    content: 'Missiles\n\nWashington\n\nJohn Kirby said so.\n\nA second paragraph.',
    language: 'en',
    meta: { title: 'Missiles', date: '5 January 2024, 03:07', source: 'INQUIRER.net' },
    filters: { source: ['INQUIRER.net'], topic: ['North Korea'], year: ['2024'] },
    sort: { date: '2024-01-05T03:07' },
  });
  assert.deepEqual(b.filters, { source: ['Unknown source'], topic: ['North Korea'] });
  assert.deepEqual(b.sort, {});
  assert.equal(b.meta.date, 'Undated');
});

test('should write one Pagefind bundle per month of the newest year, undated articles in their own', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  const result = await writeSearchIndex(dir, 'en', searchRecords(archive, 'en'));
  assert.equal(result.pages, 2);
  assert.equal(result.bundleDir, join(dir, 'pagefind'));
  assert.deepEqual(result.written, ['2024-01', 'undated']);
  assert.deepEqual(readdirSync(join(dir, 'pagefind')).sort(), ['2024-01', 'shards.json', 'undated']);
  for (const f of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']) assert.ok(existsSync(join(dir, 'pagefind', '2024-01', f)), f);
  assert.ok(readdirSync(join(dir, 'pagefind', '2024-01', 'filter')).length > 0, 'filter index written');
});

test('should rewrite only the shard whose articles changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  await writeSearchIndex(dir, 'en', searchRecords(archive, 'en'));
  const more = { articles: [...archive.articles, { ...archive.articles[0], id: 'c', url: '/c/', headline: 'Later' }] } as Archive;
  const again = await writeSearchIndex(dir, 'en', searchRecords(more, 'en'));
  assert.deepEqual(again.written, ['2024-01']);
  assert.equal(again.pages, 3);
});

test('should replace the bundle on a second run and leave no temporary folders', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  await writeSearchIndex(dir, 'en', searchRecords(archive, 'en'));
  const again = await writeSearchIndex(dir, 'en', searchRecords({ articles: archive.articles.slice(0, 1) } as Archive, 'en'));
  assert.equal(again.pages, 1);
  assert.deepEqual(readdirSync(dir).sort(), ['pagefind']);
  assert.deepEqual(readdirSync(join(dir, 'pagefind')).sort(), ['2024-01', 'shards.json'], 'the emptied undated shard is gone');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', '2024-01', 'pagefind-entry.json'), 'utf8'));
  assert.equal(entry.languages.en.page_count, 1);
});

test('should report the number of indexed articles and no warning when all are in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  const result = await runPostProcess(dir, DEFAULT_CONFIG, archive);
  assert.equal(result.searchPages, 2);
  assert.deepEqual(result.warnings, []);
});

test('should shard by year, by month in the newest year, newest first and undated last', () => {
  const dates = ['2023-12-31', '2024-03-02T10:00', null, '2021-06-01', '2024-01-05'];
  assert.deepEqual(searchShards(dates), ['2024-03', '2024-01', '2023', '2021', 'undated']);
  const shardOf = shardAssigner(dates);
  assert.deepEqual(dates.map(shardOf), ['2023', '2024-03', 'undated', '2021', '2024-01']);
  assert.deepEqual(searchShards([]), ['undated']);
});

test('should move a finished year\'s months into one shard once a newer year begins', () => {
  assert.deepEqual(searchShards(['2024-03-02', '2024-01-05', '2025-01-01']), ['2025-01', '2024']);
});

test('should give the same shards manifest with a digest memo, and skip making the records of a shard whose key is remembered', async () => {
  const plainDir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  const memoDir = mkdtempSync(join(tmpdir(), 'bs-search-'));
  const memoFile = join(memoDir, 'state', 'digests.json');
  let made = 0;
  const toRecord = (r: SearchRecord): SearchRecord => (made++, r);
  const memo = { keyOf: (r: SearchRecord) => JSON.stringify(r), salt: 'test', file: memoFile };
  const records = searchRecords(archive, 'en');
  await writeSearchIndex(plainDir, 'en', records);
  const first = await writeSearchIndex(memoDir, 'en', records, toRecord, (r) => r.sort.date ?? null, memo);
  assert.equal(readFileSync(join(memoDir, 'pagefind', 'shards.json'), 'utf8'), readFileSync(join(plainDir, 'pagefind', 'shards.json'), 'utf8'));
  assert.deepEqual(first.written, ['2024-01', 'undated']);
  assert.equal(Object.keys(JSON.parse(readFileSync(memoFile, 'utf8'))).length, 2);
  made = 0;
  const again = await writeSearchIndex(memoDir, 'en', records, toRecord, (r) => r.sort.date ?? null, memo);
  assert.deepEqual(again.written, []);
  assert.equal(again.pages, 2);
  assert.equal(made, 0, 'no record was made for a remembered shard');
});
