import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles, RECORD_VERSION, type ExtractionResult } from '../../src/build/extract-files.ts';
import { RecordCache, type CachedExtraction } from '../../src/build/record-cache.ts';
import { packedEntry, RecordPack, RecordPackWriter, refreshRecordPack } from '../../src/build/record-pack.ts';
import type { ExtractedArticle } from '../../src/record.ts';

const record = (headline: string, removed: ExtractedArticle['removed']): Omit<ExtractedArticle, 'file'> => ({
  headline, date: '2024-01-05', dateSource: 'text', source: 'Valley Gazette', author: null, dateline: null,
  body: 'First paragraph.\n\nSecond “quoted” paragraph, café 😀.', quotes: [], tags: [], topics: [], media: [], removed,
} as Omit<ExtractedArticle, 'file'>);

const kim: CachedExtraction = {
  record: record('Kim’s missiles', [{ text: 'READ: more', reason: 'link to another article' }]),
  url: '/a/', bodyKeys: ['first paragraph'], dupKeys: ['k1'], problems: [],
};
const failed: CachedExtraction = { problems: [{ level: 'error', message: 'no text', action: 'skipped' }] };

function packFile(entries: [string, CachedExtraction][], version = 'v1'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bs-rpack-')), 'records.pack');
  const w = new RecordPackWriter(path, version);
  for (const [k, e] of entries) w.add(k, e);
  w.finish();
  return path;
}

test('should give back each entry without its removed list, keys in their order, every other field exact', () => {
  const path = packFile([['aa', kim], ['bb:template:cc', failed], ['aa', failed]]);
  const pack = RecordPack.read(path, 'v1')!;
  assert.equal(pack.size, 2, 'a key added twice is kept once');
  const got = pack.get('aa')!;
  assert.deepEqual(got, { ...kim, record: { ...kim.record!, removed: [] } });
  assert.deepEqual(Object.keys(got.record!), Object.keys(kim.record!));
  assert.equal(got.record!.body, 'First paragraph.\n\nSecond “quoted” paragraph, café 😀.');
  assert.deepEqual(pack.get('bb:template:cc'), failed);
  assert.equal(pack.get('zz'), undefined);
  assert.equal(kim.record!.removed.length, 1, 'the entry given is left as it was');
  // Note: ASCII only, so an entry decodes at copying speed (see record-pack.ts).
  assert.ok(![...readFileSync(path)].some((b) => b > 0x7f));
  assert.equal(readFileSync(path, 'utf8').split('\n').length, 4, 'header, two entries, nothing after the last line break');
});

test('should not be read for another record version, another format or a file that is not a pack', () => {
  const path = packFile([['aa', kim]]);
  assert.equal(RecordPack.read(path, 'v2'), null);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('broadsheet-records\t1\t', 'broadsheet-records\t9\t'));
  assert.equal(RecordPack.read(path, 'v1'), null);
  writeFileSync(path, '');
  assert.equal(RecordPack.read(path, 'v1'), null);
  assert.equal(RecordPack.read(join(path, '..', 'none.pack'), 'v1'), null);
});

test('should leave a damaged or cut entry to its .json file, and serve the others', () => {
  const path = packFile([['aa', kim], ['bb', failed], ['cc', kim]]);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[1] = lines[1].slice(0, 100); // aa: JSON cut midway
  writeFileSync(path, lines.join('\n').slice(0, -20)); // cc: the last line cut short, no line break
  const pack = RecordPack.read(path, 'v1')!;
  assert.equal(pack.size, 2);
  assert.equal(pack.get('aa'), undefined);
  assert.equal(pack.has('aa'), false, 'a damaged entry is dropped, so a rewrite does not copy it');
  assert.deepEqual(pack.get('bb'), failed);
  assert.equal(pack.get('cc'), undefined);
});

test('should never serve a removed list, even from a pack written with one', () => {
  const path = packFile([]);
  writeFileSync(path, `${readFileSync(path, 'utf8')}aa\t${JSON.stringify(kim)}\n`);
  assert.deepEqual(RecordPack.read(path, 'v1')!.get('aa')!.record!.removed, []);
  assert.deepEqual(packedEntry({ ...kim, bodyHtml: '<p>x</p>' }), { ...kim, record: { ...kim.record!, removed: [] } });
});

test('should rewrite the pack when it is missing or stale, never for one article added or gone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-rpack-stale-'));
  const cache = new RecordCache(dir, 'v1');
  const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
  for (const k of keys) cache.set(k, kim);
  const all = new Set(keys);
  assert.equal(refreshRecordPack(cache, null, new Set(), () => undefined), false, 'nothing read: no pack');
  assert.equal(refreshRecordPack(cache, null, all, () => undefined), true);
  const pack = cache.recordPack()!;
  assert.equal(pack.size, 100);
  assert.equal(refreshRecordPack(cache, pack, new Set([...keys, 'k100']), () => undefined), false, 'one added');
  assert.equal(refreshRecordPack(cache, pack, new Set(keys.slice(1)), () => undefined), false, 'one gone');
  // unused: rewritten past max(32, articles / 4); missing: past max(32, articles / 64)
  assert.equal(refreshRecordPack(cache, pack, new Set(keys.slice(0, 68)), () => undefined), false, '32 gone');
  assert.equal(refreshRecordPack(cache, pack, new Set(keys.slice(0, 67)), () => undefined), true, '33 gone');
  const smaller = cache.recordPack()!;
  assert.equal(smaller.size, 67);
  const held = (k: string): CachedExtraction | undefined => (k.startsWith('n') ? failed : undefined);
  const added = (n: number) => new Set([...keys.slice(0, 67), ...Array.from({ length: n }, (_, i) => `n${i}`)]);
  assert.equal(refreshRecordPack(cache, smaller, added(32), held), false, '32 new');
  assert.equal(refreshRecordPack(cache, smaller, added(33), held), true, '33 new');
  const rewritten = cache.recordPack()!;
  assert.equal(rewritten.size, 100);
  assert.deepEqual(rewritten.get('n32'), failed, 'a new entry from memory');
  assert.deepEqual(rewritten.get('k0'), packedEntry(kim), 'an old one copied');
});

/** The two articles of content/ and five of one outlet sharing a promo line (a second, template pass). */
function corpus(): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'bs-rpack-content-'));
  cpSync('content', root, { recursive: true });
  const promo = 'Our newsroom brings you the stories that matter in the valley every single day of the week.';
  const topics = ['bridge repairs', 'school budget', 'river festival', 'bus routes', 'library hours'];
  topics.forEach((topic, i) => writeFileSync(join(root, `a${i}.txt`), [
    `Council votes on ${topic} | Valley Gazette`, `Council votes on ${topic}`,
    `The town council voted on Tuesday to approve new spending on ${topic}, after a debate that lasted most of the evening and drew a large crowd of residents.`,
    `Members said the decision on ${topic} would be reviewed next spring, when the council sets its budget for the following year and hears from the public again.`,
    promo,
    `Supporters of the plan for ${topic} said they were pleased with the outcome, while opponents said they would keep raising their concerns at future meetings.`,
  ].join('\n\n') + '\n'));
  return { root, files: readdirSync(root).filter((f) => f.endsWith('.txt')).sort() };
}

/** What a build goes on with (the count of fresh extractions aside). */
const output = (r: ExtractionResult) => ({ extracted: r.extracted, problems: r.problems, templated: r.templated });

const packPath = (state: string): string => {
  const records = join(state, '.cache', 'records');
  return join(records, readdirSync(records)[0], 'records.pack');
};

test('should extract the same records with the pack, without it and with no cache at all', async () => {
  const { root, files } = corpus();
  const state = mkdtempSync(join(tmpdir(), 'bs-rpack-state-'));
  const build = () => extractFiles(root, files, { stateDir: state, dropRemoved: true });
  const cold = await build();
  assert.equal(cold.fresh, 7);
  assert.equal(cold.templated, 5);
  // every entry the build read: seven first-pass entries and five of the template pass
  const pack = RecordPack.read(packPath(state), RECORD_VERSION)!;
  assert.equal(pack.size, 12);
  for (const e of cold.extracted) assert.ok(pack.has(e.recordKey!), e.record.file);
  const warm = await build();
  assert.equal(warm.fresh, 0);
  assert.deepEqual(output(warm), output(cold));
  rmSync(packPath(state));
  const noPack = await build();
  assert.deepEqual(output(noPack), output(cold));
  assert.ok(existsSync(packPath(state)), 'written again');
  const noCache = await extractFiles(root, files, { dropRemoved: true });
  assert.deepEqual(noCache.extracted.map((e) => e.record), cold.extracted.map((e) => e.record));
});

test('should read a build\'s records from the pack, an entry it lacks from its .json file, and never the pack for a caller that keeps removed', async () => {
  const { root, files } = corpus();
  const state = mkdtempSync(join(tmpdir(), 'bs-rpack-state-'));
  const truth = await extractFiles(root, files, { stateDir: state, dropRemoved: true });
  const kept = await extractFiles(root, files, { stateDir: state });
  const [first] = truth.extracted;
  assert.equal(first.record.file, '000_a4bf3128148b1bfc.txt');
  assert.equal(kept.extracted[0].record.removed.length, 23);
  // A headline changed in the pack only: what is read from the pack shows it.
  const path = packPath(state);
  const text = readFileSync(path, 'utf8');
  const headline = 'North Korea supplied Russia with missiles for Ukraine attacks: US';
  writeFileSync(path, text.replace(`"headline":"${headline}"`, '"headline":"From the pack"'));
  const fromPack = await extractFiles(root, files, { stateDir: state, dropRemoved: true });
  assert.equal(fromPack.extracted[0].record.headline, 'From the pack');
  assert.deepEqual(output(await extractFiles(root, files, { stateDir: state })), output(kept), 'keeping removed: the .json files');
  // The entry taken out of the pack: read from its .json file.
  const lacking = text.split('\n').filter((l) => !l.startsWith(`${first.recordKey}\t`)).join('\n');
  writeFileSync(path, lacking);
  assert.deepEqual(output(await extractFiles(root, files, { stateDir: state, dropRemoved: true })), output(truth));
  assert.equal(readFileSync(path, 'utf8'), lacking, 'one entry missing: not rewritten');
  // A new article: read from its own file, the pack left as it is.
  writeFileSync(join(root, 'b.txt'), readFileSync(join(root, files[1]), 'utf8').replace('North Korean Connection', 'South Korean Connection'));
  const added = await extractFiles(root, [...files, 'b.txt'], { stateDir: state, dropRemoved: true });
  assert.equal(added.fresh, 1);
  assert.equal(added.extracted.length, 8);
  assert.equal(readFileSync(path, 'utf8'), lacking);
});
