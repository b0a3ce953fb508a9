import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chunkSiteData, writeSite } from '../../src/build/write-site.ts';
import { extractFiles } from '../../src/build/extract-files.ts';
import { linkRecords } from '../../src/build/link-records.ts';
import { buildSiteData } from '../../src/render/site-data.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import { listContentFiles } from '../../src/read/list-content-files.ts';

test('should cut page lists into chunks of at most the given size, each keeping the shared data', () => {
  const site = { title: 'T' };
  const data = { site, a: [{ url: '/1/' }, { url: '/2/' }, { url: '/3/' }], b: [{ url: '/4/' }, { url: '/5/' }], c: [] as { url: string }[] };
  const chunks = chunkSiteData(data, 2);
  assert.deepEqual(chunks, [
    { site, a: [{ url: '/1/' }, { url: '/2/' }], b: [], c: [] },
    { site, a: [{ url: '/3/' }], b: [{ url: '/4/' }], c: [] },
    { site, a: [], b: [{ url: '/5/' }], c: [] },
  ]);
  assert.deepEqual(chunkSiteData({ site, a: [] }, 2), [{ site, a: [] }], 'an empty site is one (empty) chunk');
});

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

test('should write the same files, byte for byte, in chunks as in one run', async () => {
  const listing = listContentFiles('content');
  const extraction = await extractFiles('content', listing.files);
  const linked = linkRecords(mkdtempSync(join(tmpdir(), 'bs-ws-content-')), extraction.extracted);
  const data = buildSiteData(linked.archive, DEFAULT_CONFIG);
  const one = mkdtempSync(join(tmpdir(), 'bs-ws-one-'));
  const many = mkdtempSync(join(tmpdir(), 'bs-ws-many-'));
  const pagesOne = await writeSite(data, one, '/');
  const pagesMany = await writeSite(data, many, '/', undefined, 7);
  assert.equal(pagesMany, pagesOne);
  assert.ok(pagesOne >= 20, `${pagesOne} HTML pages`);
  const a = files(one);
  const b = files(many);
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [k, v] of a) assert.equal(b.get(k), v, k);
});
