import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { extractInPool, startWorkers, stopWorkers } from '../../src/build/extract-pool.ts';
import { extractOne, type OneResult } from '../../src/build/extract-one.ts';
import { normaliseLine } from '../../src/extract/index.ts';

const files = readdirSync('content').filter((f) => f.endsWith('.txt')).sort();

/** Results as plain data: a Buffer made in a worker arrives as a Uint8Array of the same bytes. */
const plain = (rs: OneResult[]): unknown =>
  JSON.parse(JSON.stringify(rs, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : (v as { type?: string; data?: number[] })?.type === 'Buffer' ? (v as { data: number[] }).data : v)));

async function collect(run: (onResult: (r: OneResult) => void) => Promise<void>): Promise<OneResult[]> {
  const out: OneResult[] = [];
  await run((r) => out.push(r));
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

test('should extract a small job in workers started early exactly as the main thread does, template lines included', async () => {
  assert.equal(files.length, 2);
  // a paragraph of the first seed's body, as if its outlet repeated it in every article
  const first = extractOne('content', files[0]).extraction.record!.body.split('\n\n')[1];
  const lines = new Set([normaliseLine(first)]);
  const workers = startWorkers(1);
  try {
    const viaWorker = await collect((on) => extractInPool('content', files, on, undefined, { workers }));
    // the same worker serves a second job (the outlet-template pass) with its lines
    const again = await collect((on) => extractInPool('content', files, on, undefined, { workers, templateLines: lines }));
    assert.equal(workers[0].listenerCount('message'), 0, 'a finished job leaves no listener behind');
    const inMain = files.map((f) => extractOne('content', f));
    assert.deepEqual(viaWorker.map((r) => r.file), files);
    assert.deepEqual(plain(viaWorker), plain(inMain));
    assert.deepEqual(plain(again), plain(files.map((f) => extractOne('content', f, lines))));
    assert.notDeepEqual(plain(again), plain(inMain), 'the template lines reached the worker');
    assert.match(viaWorker[0].extraction.record!.headline, /\S/);
  } finally {
    await stopWorkers(workers);
  }
});

test('should extract a small job in the main thread when no worker is given', async () => {
  const results = await collect((on) => extractInPool('content', files, on));
  assert.deepEqual(results.map((r) => r.file), files);
  assert.ok(results.every((r) => r.hash.length === 64 && r.extraction.record));
});
