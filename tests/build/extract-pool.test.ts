import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractInPool, MIN_FILES_FOR_WORKERS, startSideWorker } from '../../src/build/extract-pool.ts';
import { extractOne, type OneResult } from '../../src/build/extract-one.ts';
import { normaliseLine } from '../../src/extract/index.ts';

const seeds = readdirSync('content').filter((f) => f.endsWith('.txt')).sort();

/** Results as plain data: a Buffer made in a worker arrives as a Uint8Array of the same bytes. */
const plain = (r: OneResult): unknown =>
  JSON.parse(JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : (v as { type?: string; data?: number[] })?.type === 'Buffer' ? (v as { data: number[] }).data : v)));

test('should extract a large job across the main thread and a worker exactly as one thread does, template lines included', async () => {
  assert.equal(seeds.length, 2);
  const root = mkdtempSync(join(tmpdir(), 'bs-pool-'));
  const files: string[] = [];
  for (let i = 0; i < MIN_FILES_FOR_WORKERS; i++) {
    const name = `${String(i).padStart(3, '0')}-${seeds[i % 2]}`;
    copyFileSync(join('content', seeds[i % 2]), join(root, name));
    files.push(name);
  }
  // a paragraph of the first seed's body, as if its outlet repeated it in every article
  const first = extractOne('content', seeds[0]).extraction.record!.body.split('\n\n')[1];
  const lines = new Set([normaliseLine(first)]);
  const results: OneResult[] = [];
  let progress = 0;
  await extractInPool(root, files, (r) => results.push(r), (done) => (progress = done), { threads: 2, templateLines: lines });
  assert.equal(progress, files.length);
  assert.deepEqual(results.map((r) => r.file).sort(), files);
  // Each worker is sent a batch at once, so some results always crossed a thread.
  assert.ok(results.some((r) => !Buffer.isBuffer(r.extraction.storyTerms)), 'a worker took part');
  assert.ok(results.some((r) => Buffer.isBuffer(r.extraction.storyTerms)), 'the main thread took part');
  const expected = seeds.map((s) => plain({ ...extractOne('content', s, lines), file: '' }));
  assert.notDeepEqual(expected[0], plain({ ...extractOne('content', seeds[0]), file: '' }), 'the template lines change the record');
  for (const r of results) assert.deepEqual(plain({ ...r, file: '' }), expected[seeds.indexOf(r.file.slice(4))], r.file);
});

test('should extract a small job in the main thread alone', async () => {
  const results: OneResult[] = [];
  await extractInPool('content', seeds, (r) => results.push(r));
  assert.deepEqual(results.map((r) => r.file), seeds);
  assert.ok(results.every((r) => r.hash.length === 64 && r.extraction.record && Buffer.isBuffer(r.extraction.storyTerms)));
});

test('should extract a small job in a side worker exactly as the main thread does, template lines included, jobs answered in order', async () => {
  const side = startSideWorker();
  assert.ok(side, 'this machine has a second core');
  try {
    const lines = new Set([normaliseLine(extractOne('content', seeds[0]).extraction.record!.body.split('\n\n')[1])]);
    const plainRun = async (templateLines?: ReadonlySet<string>): Promise<unknown[]> => {
      const results: OneResult[] = [];
      await extractInPool('content', seeds, (r) => results.push(r), undefined, { side, templateLines });
      return results.map(plain);
    };
    const [first, second] = await Promise.all([plainRun(), plainRun(lines)]);
    assert.deepEqual(first, seeds.map((s) => plain(extractOne('content', s))));
    assert.deepEqual(second, seeds.map((s) => plain(extractOne('content', s, lines))));
    assert.notDeepEqual(first, second);
  } finally {
    await side?.close();
  }
});
