import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles } from '../../src/build/extract-files.ts';
import { linkRecords } from '../../src/build/link-records.ts';
import { buildSiteData, type ListPage } from '../../src/render/site-data.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import { listContentFiles } from '../../src/read/list-content-files.ts';

const OTHER = ['Port Workers Union', 'City Council', 'Coastal Guard'];

function article(day: number, tags: string[]): string {
  const date = `March ${day}, 2023`;
  return `Harbour authority report number ${day} | Example Daily

Harbour authority report number ${day}

${date}

Portsmouth — The harbour authority published report number ${day} on the state of the docks on ${date}, officials said.

The report covers berth ${day * 3} and the cranes there, which dock workers said needed repairs before the summer season.

TAGS: ${tags.join(', ')}
`;
}

async function listsOf(content: string): Promise<Map<string, ListPage>> {
  const listing = listContentFiles(content);
  const extraction = await extractFiles(content, listing.files);
  const linked = linkRecords(content, extraction.extracted);
  const data = buildSiteData(linked.archive, { ...DEFAULT_CONFIG, pageSize: 3 });
  return new Map(data.lists.map((l) => [l.url, l]));
}

test('should change no numbered list page but the newest two when an article joins a topic and shifts its related topics', async () => {
  const content = join(mkdtempSync(join(tmpdir(), 'bs-sitedata-')), 'content');
  mkdirSync(content);
  for (let day = 1; day <= 12; day++) writeFileSync(join(content, `a${day}.txt`), article(day, ['Harbour Authority', OTHER[day % 3]]));
  const before = await listsOf(content);
  // The newcomer brings a topic new to Harbour Authority's company, twice over, so its related topics change.
  writeFileSync(join(content, 'a13.txt'), article(13, ['Harbour Authority', 'Tidal Energy']));
  writeFileSync(join(content, 'a14.txt'), article(14, ['Harbour Authority', 'Tidal Energy']));
  const after = await listsOf(content);
  const topic = '/topics/harbour-authority/';
  assert.notDeepEqual(after.get(topic)!.related, before.get(topic)!.related, 'the front page shows the new related topic');
  assert.ok(after.get(topic)!.related.some((l) => l.label === 'Tidal Energy'));
  const numbered = [...before.keys()].filter((url) => url.startsWith(`${topic}page/`)).sort((a, b) => Number(a.match(/(\d+)\/$/)![1]) - Number(b.match(/(\d+)\/$/)![1]));
  assert.equal(numbered.length, 4, numbered.join(' '));
  // Pages 1-3 hold articles 1-9; page 4 (10-12) gains the new ones' neighbour link; page 5 is new.
  for (const url of numbered.slice(0, 3)) assert.deepEqual(after.get(url), before.get(url), `${url} unchanged`);
  assert.deepEqual(after.get(`${topic}page/3/`)!.related, []);
});
