import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordCache } from '../../src/build/record-cache.ts';
import { runBuild } from '../../src/build/run-build.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';

test('should keep an entry\'s body HTML apart, read only on request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-cache-'));
  const cache = new RecordCache(dir, 'v1');
  cache.set('abc', { bodyHtml: '<p>Hi</p>', bodyKeys: ['hi'], problems: [] });
  assert.deepEqual(cache.get('abc'), { bodyKeys: ['hi'], problems: [] });
  assert.equal(cache.bodyHtml('abc'), '<p>Hi</p>');
  assert.equal(cache.bodyHtml('missing'), undefined);
  assert.equal(new RecordCache(dir, 'v2').get('abc'), undefined, 'another extractor version misses');
});

test('should write the same pages from cached body HTML, and make it again when the cache lost it', async () => {
  const work = mkdtempSync(join(tmpdir(), 'bs-cache-build-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const build = (out: string) => runBuild({ contentDir: content, outDir: join(work, out), stateDir: work, config: { ...DEFAULT_CONFIG }, full: true });
  await build('a');
  await build('b'); // every record from the cache: body HTML read back from it
  const records = join(work, '.cache', 'records');
  let removed = 0;
  for (const f of readdirSync(records, { recursive: true }) as string[]) if (f.endsWith('.html')) {
    rmSync(join(records, f));
    removed++;
  }
  assert.ok(removed >= 2, `${removed} cached bodies removed`);
  await build('c');
  const page = '2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/index.html';
  const a = readFileSync(join(work, 'a', page), 'utf8');
  assert.match(a, /<div class="body">\n<p>North Korea has provided Russia with ballistic missiles/);
  assert.equal(readFileSync(join(work, 'b', page), 'utf8'), a);
  assert.equal(readFileSync(join(work, 'c', page), 'utf8'), a);
});

test('should keep one extractor version\'s entries and drop every other version\'s', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-cache-versions-'));
  new RecordCache(dir, 'v1').set('abc', { bodyHtml: '<p>Old</p>', problems: [] });
  const v2 = new RecordCache(dir, 'v2');
  v2.set('abc', { bodyHtml: '<p>New</p>', problems: [] });
  assert.equal(readdirSync(join(dir, '.cache', 'records')).length, 2);
  assert.equal(v2.dropOtherVersions(), 1);
  assert.equal(new RecordCache(dir, 'v1').bodyHtml('abc'), undefined, 'the old version\'s entry is gone');
  assert.equal(v2.bodyHtml('abc'), '<p>New</p>');
  assert.equal(v2.dropOtherVersions(), 0);
});
