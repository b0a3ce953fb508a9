import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles } from '../../src/build/extract-files.ts';
import { linkRecords } from '../../src/build/link-records.ts';
import { buildSiteData, paginate, type SiteData } from '../../src/render/site-data.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import { listContentFiles } from '../../src/read/list-content-files.ts';

const OTHER = ['Port Workers Union', 'City Council', 'Coastal Guard'];
/** One per article, so that no paragraph repeats across them (repeats would be taken for the outlet's template). */
const PARTS = ['cranes', 'gates', 'pontoons', 'bollards', 'lights', 'ramps', 'fences', 'pumps', 'winches', 'cables', 'hoists', 'sheds', 'walkways', 'signals'];

function article(day: number, tags: string[]): string {
  const date = `March ${day}, 2023`;
  return `Harbour authority report number ${day} | Example Daily

Harbour authority report number ${day}

${date}

Portsmouth — The harbour authority published report number ${day} on the state of the docks on ${date}, officials said.

The report covers the ${PARTS[day - 1]} at the docks, which dock workers said needed repairs before the summer season.

“We will repair the ${PARTS[day - 1]} before the summer,” Jane Doe, a spokesperson for the port, told reporters.

TAGS: ${tags.join(', ')}
`;
}

async function siteData(content: string): Promise<SiteData> {
  const listing = listContentFiles(content);
  const extraction = await extractFiles(content, listing.files);
  const linked = linkRecords(content, extraction.extracted);
  return buildSiteData(linked.archive, { ...DEFAULT_CONFIG, pageSize: 3, siteUrl: 'https://example.org/' });
}

const byUrl = <P extends { url: string }>(pages: P[]): Map<string, P> => new Map(pages.map((p) => [p.url, p]));

test('should paginate a long list from its oldest item, the front page showing the newest', () => {
  const newest = [7, 6, 5, 4, 3, 2, 1];
  const pages = paginate('/x/', newest, { size: 3, href: (u) => `/pre${u}`, dayOf: (n) => (n === 4 ? null : `${n} May`), noun: 'things' });
  assert.deepEqual(pages, [
    { url: '/x/', items: [7, 6, 5], pager: { newer: null, older: '/pre/x/page/2/', label: 'The latest 3 things' }, suffix: '' },
    { url: '/x/page/3/', items: [7], pager: { newer: '/pre/x/', older: '/pre/x/page/2/', label: 'Page 3: 7 May' }, suffix: ' (page 3)' },
    { url: '/x/page/2/', items: [6, 5, 4], pager: { newer: '/pre/x/page/3/', older: '/pre/x/page/1/', label: 'Page 2: 5 May – 6 May' }, suffix: ' (page 2)' },
    { url: '/x/page/1/', items: [3, 2, 1], pager: { newer: '/pre/x/page/2/', older: null, label: 'Page 1: 1 May – 3 May' }, suffix: ' (page 1)' },
  ]);
  assert.deepEqual(paginate('/x/', [2, 1], { size: 3, href: (u) => u, dayOf: () => null, noun: 'things' }), [{ url: '/x/', items: [2, 1], pager: null, suffix: '' }]);
  assert.equal(paginate('/x/', [1], { size: 3, href: (u) => u, dayOf: () => null, noun: 'things' }).length, 1);
  assert.equal(paginate('/x/', [4, 3, 2, 1], { size: 3, href: (u) => u, dayOf: () => null, noun: 'things' })[2].pager!.label, 'Page 1: undated');
});

test('should change no numbered list page but the newest two when an article joins a topic and shifts its related topics', async () => {
  const content = join(mkdtempSync(join(tmpdir(), 'bs-sitedata-')), 'content');
  mkdirSync(content);
  for (let day = 1; day <= 12; day++) writeFileSync(join(content, `a${day}.txt`), article(day, ['Harbour Authority', OTHER[day % 3]]));
  const before = byUrl((await siteData(content)).lists);
  // The newcomer brings a topic new to Harbour Authority's company, twice over, so its related topics change.
  writeFileSync(join(content, 'a13.txt'), article(13, ['Harbour Authority', 'Tidal Energy']));
  writeFileSync(join(content, 'a14.txt'), article(14, ['Harbour Authority', 'Tidal Energy']));
  const after = byUrl((await siteData(content)).lists);
  const topic = '/topics/harbour-authority/';
  assert.notDeepEqual(after.get(topic)!.related, before.get(topic)!.related, 'the front page shows the new related topic');
  assert.ok(after.get(topic)!.related.some((l) => l.label === 'Tidal Energy'));
  const numbered = [...before.keys()].filter((url) => url.startsWith(`${topic}page/`)).sort((a, b) => Number(a.match(/(\d+)\/$/)![1]) - Number(b.match(/(\d+)\/$/)![1]));
  assert.equal(numbered.length, 4, numbered.join(' '));
  // Pages 1-3 hold articles 1-9; page 4 (10-12) gains the new ones' neighbour link; page 5 is new.
  for (const url of numbered.slice(0, 3)) assert.deepEqual(after.get(url), before.get(url), `${url} unchanged`);
  assert.deepEqual(after.get(`${topic}page/3/`)!.related, []);
});

test('should paginate a speaker’s quotes like a list, newest first, so a new quote leaves the older pages alone', async () => {
  const content = join(mkdtempSync(join(tmpdir(), 'bs-people-')), 'content');
  mkdirSync(content);
  for (let day = 1; day <= 7; day++) writeFileSync(join(content, `a${day}.txt`), article(day, ['Harbour Authority']));
  const before = await siteData(content);
  const pages = before.people.filter((p) => p.name === 'Jane Doe');
  assert.deepEqual(pages.map((p) => p.url), ['/people/jane-doe/', '/people/jane-doe/page/3/', '/people/jane-doe/page/2/', '/people/jane-doe/page/1/']);
  assert.deepEqual(pages.map((p) => p.quotes.map((q) => q.text)), [
    ['We will repair the fences before the summer', 'We will repair the ramps before the summer', 'We will repair the lights before the summer'],
    ['We will repair the fences before the summer'],
    ['We will repair the ramps before the summer', 'We will repair the lights before the summer', 'We will repair the bollards before the summer'],
    ['We will repair the pontoons before the summer', 'We will repair the gates before the summer', 'We will repair the cranes before the summer'],
  ]);
  assert.deepEqual(pages.map((p) => p.title), ['Jane Doe — quotes', 'Jane Doe — quotes (page 3)', 'Jane Doe — quotes (page 2)', 'Jane Doe — quotes (page 1)']);
  assert.deepEqual(pages[3].pager, { newer: '/people/jane-doe/page/2/', older: null, label: 'Page 1: 1 March 2023 – 3 March 2023' });
  // The role, which may change with any quote, opens the front page only.
  assert.deepEqual(pages.map((p) => p.intro), ['spokesperson for the port', 'Page 3: 7 March 2023', 'Page 2: 4 March 2023 – 6 March 2023', 'Page 1: 1 March 2023 – 3 March 2023']);
  const inSitemap = before.sitemaps.flatMap((f) => f.entries.map((e) => e.loc)).filter((loc) => loc.includes('/people/'));
  assert.deepEqual(inSitemap.sort(), pages.map((p) => `https://example.org${p.url}`).sort());

  writeFileSync(join(content, 'a8.txt'), article(8, ['Harbour Authority']));
  const after = byUrl((await siteData(content)).people);
  for (const url of ['/people/jane-doe/page/1/', '/people/jane-doe/page/2/']) assert.deepEqual(after.get(url), byUrl(pages).get(url), `${url} unchanged`);
  assert.deepEqual(after.get('/people/jane-doe/page/3/')!.quotes.map((q) => q.text), ['We will repair the pumps before the summer', 'We will repair the fences before the summer']);
});
