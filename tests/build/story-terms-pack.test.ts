import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles, RECORD_VERSION } from '../../src/build/extract-files.ts';
import { linkRecords } from '../../src/build/link-records.ts';
import { packIsStale, TermsPack, TermsPackWriter } from '../../src/build/story-terms-pack.ts';
import { articleTerms, type ArticleTerms } from '../../src/link/stories/storyTerms.ts';
import type { PackedTerms } from '../../src/link/stories/storyVectors.ts';
import { listContentFiles } from '../../src/read/list-content-files.ts';

const kim = articleTerms({ headline: 'Kim’s missiles hit Kharkiv', body: 'North Korea sent 24 ballistic missiles. "We will answer," Zelensky said.', quotes: ['We will answer'] });
const flood = articleTerms({ headline: 'Flood in Valencia', body: 'Rain fell for nine hours in Valencia on Tuesday. Café Zürich closed.' });

/** Packed terms back as ArticleTerms (strings), copied out of the pack's scratch arrays. */
const unpack = (t: PackedTerms, vocabulary: readonly string[]): ArticleTerms => ({
  words: [...t.wordIds].map((id) => vocabulary[id]),
  refs: Int32Array.from(t.refs),
  weights: Float64Array.from(t.weights),
});

function packOf(entries: [string, ArticleTerms][]): Uint8Array {
  const w = new TermsPackWriter();
  for (const [k, t] of entries) w.add(k, t);
  return w.bytes('v1');
}

test('should give back exactly the terms it packed, words as ids into its sorted vocabulary', () => {
  const pack = TermsPack.parse(packOf([['aa', kim], ['bb:template:cc', flood]]), 'v1')!;
  assert.equal(pack.size, 2);
  assert.deepEqual(pack.vocabulary, [...new Set([...kim.words, ...flood.words])].sort());
  assert.deepEqual(unpack(pack.terms('aa')!, pack.vocabulary), kim);
  assert.deepEqual(unpack(pack.terms('bb:template:cc')!, pack.vocabulary), flood);
  assert.equal(pack.terms('zz'), undefined);
});

test('should keep the order each entry sorted in, and the identity for an entry given none', () => {
  const w = new TermsPackWriter();
  w.add('aa', kim);
  const order = Int32Array.from(kim.weights, (_, i) => kim.weights.length - 1 - i);
  w.setOrder(order);
  w.add('bb', flood);
  w.setOrder(new Int32Array(1)); // not bb's length: ignored
  const pack = TermsPack.parse(w.bytes('v1'), 'v1')!;
  assert.deepEqual([...pack.terms('aa')!.order!], [...order]);
  assert.deepEqual([...pack.terms('bb')!.order!], [...flood.weights.keys()]);
});

test('should carry packed entries over into a new pack unchanged', () => {
  const old = TermsPack.parse(packOf([['aa', kim], ['bb', flood]]), 'v1')!;
  const w = new TermsPackWriter();
  w.add('bb', old.terms('bb')!, old.vocabulary);
  w.add('aa', kim);
  const pack = TermsPack.parse(w.bytes('v1'), 'v1')!;
  assert.deepEqual(unpack(pack.terms('bb')!, pack.vocabulary), flood);
  assert.deepEqual(unpack(pack.terms('aa')!, pack.vocabulary), kim);
});

test('should refuse a pack of another record version, a truncated or a foreign file', () => {
  const bytes = packOf([['aa', kim]]);
  assert.equal(TermsPack.parse(bytes, 'v2'), null);
  assert.equal(TermsPack.parse(bytes.subarray(0, bytes.length - 1), 'v1'), null);
  assert.equal(TermsPack.parse(new Uint8Array(100), 'v1'), null);
  assert.equal(TermsPack.parse(new Uint8Array(3), 'v1'), null);
});

test('should refuse an entry whose refs point outside its words, and serve the others', () => {
  const bytes = Uint8Array.from(packOf([['aa', kim], ['bb', flood]]));
  const h = new Uint32Array(bytes.buffer, 0, 12);
  const [palette, entries, words] = [h[5], h[6], h[8]];
  // the first term of entry 'bb': its word index set beyond bb's word count
  const entry = new Uint32Array(bytes.buffer, 48 + ((8 * palette + 7) & ~7), 4 * entries);
  const refsAt = 48 + ((8 * palette + 7) & ~7) + ((16 * entries + 7) & ~7) + ((4 * words + 7) & ~7);
  new Uint16Array(bytes.buffer, refsAt, 3 * h[9])[3 * entry[4 + 2]] = entry[4 + 1];
  const pack = TermsPack.parse(bytes, 'v1')!;
  assert.equal(pack.terms('bb'), undefined);
  assert.deepEqual(unpack(pack.terms('aa')!, pack.vocabulary), kim);
});

test('should leave out an entry it cannot hold exactly, once per key', () => {
  const w = new TermsPackWriter();
  w.add('aa', kim);
  w.add('aa', flood);
  w.add('bad\nkey', flood);
  w.add('neg', { words: ['x'], refs: Int32Array.from([0, -1, -1, 0, 0, -1]), weights: Float64Array.from([0, -0]) });
  assert.equal(w.size, 1);
  const pack = TermsPack.parse(w.bytes('v1'), 'v1')!;
  assert.deepEqual(unpack(pack.terms('aa')!, pack.vocabulary), kim);
});

test('should call a pack stale when missing, or when many articles came or went since it was written', () => {
  const pack = TermsPack.parse(packOf(Array.from({ length: 100 }, (_, i): [string, ArticleTerms] => [`k${i}`, kim])), 'v1')!;
  assert.equal(packIsStale(null, 16000, 16000), true);
  assert.equal(packIsStale(null, 0, 0), false);
  assert.equal(packIsStale(pack, 101, 1), false); // one added
  assert.equal(packIsStale(pack, 99, 0), false); // one removed
  assert.equal(packIsStale(pack, 133, 33), true); // 33 added
  assert.equal(packIsStale(pack, 67, 0), true); // 33 removed
});

test('should link from the pack the same stories as from the terms files, and fall back when it is damaged', async () => {
  const work = mkdtempSync(join(tmpdir(), 'bs-pack-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const files = listContentFiles(content).files;
  const extracted = (await extractFiles(content, files, { stateDir: work })).extracted;
  const first = linkRecords(content, extracted, work);
  const records = join(work, '.cache', 'records');
  const packFile = (readdirSync(records, { recursive: true }) as string[]).find((f) => f.endsWith('story-terms.pack'))!;
  const pack = TermsPack.read(join(records, packFile), RECORD_VERSION)!;
  assert.equal(pack.size, 2);
  assert.deepEqual(first.archive.stories.map((s) => s.articles.length), [2]);
  const relink = () => {
    rmSync(join(work, '.cache', 'stories.json'));
    return linkRecords(content, extracted, work).archive;
  };
  // From the pack: the very same archive.
  assert.equal(JSON.stringify(relink()), JSON.stringify(first.archive));
  // The pack is what linking read: a pack whose entries hold no terms links no story.
  const keys = extracted.map((e) => e.cacheKey!);
  const empty = new TermsPackWriter();
  for (const k of keys) empty.add(k, { words: [], refs: new Int32Array(0), weights: new Float64Array(0) });
  writeFileSync(join(records, packFile), empty.bytes(RECORD_VERSION));
  assert.deepEqual(relink().stories, []);
  // A damaged pack is no pack: the terms files serve, and the pack is written afresh.
  writeFileSync(join(records, packFile), readFileSync(join(records, packFile)).subarray(0, 40));
  assert.equal(JSON.stringify(relink()), JSON.stringify(first.archive));
  assert.equal(TermsPack.read(join(records, packFile), RECORD_VERSION)!.size, 2);
  rmSync(work, { recursive: true, force: true });
});
