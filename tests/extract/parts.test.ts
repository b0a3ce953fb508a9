import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitTitle } from '../../src/extract/titleParts.ts';
import { copyrightOwner } from '../../src/extract/findSource.ts';
import { findAuthor } from '../../src/extract/findAuthor.ts';
import { findDate } from '../../src/extract/findDate.ts';
import { findDateline } from '../../src/extract/findDateline.ts';
import { splitCaption } from '../../src/extract/findMedia.ts';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { classifyBlocks } from '../../src/extract/classifyBlocks.ts';
import { isPersonName } from '../../src/extract/isPersonName.ts';
import { matchFamily } from '../../src/extract/patterns.ts';

test('should take a site name written without spaces (Japanese, Chinese) off the title', () => {
  assert.deepEqual(splitTitle('新しい港のフェリー時刻表が決まる | 港湾新聞社オンライン編集部', []), { head: '新しい港のフェリー時刻表が決まる', siteSegments: ['港湾新聞社オンライン編集部'] });
  assert.deepEqual(splitTitle('港口渡轮新时刻表公布 | 海港日报', []), { head: '港口渡轮新时刻表公布', siteSegments: ['海港日报'] });
  // A long run without spaces is a headline, not a name.
  assert.deepEqual(splitTitle('港湾新聞 | 新しい港のフェリー時刻表が来年の春から大きく変わることが決まり住民は歓迎', []).siteSegments, []);
});

test('should keep a colon that is part of the headline and strip real site tails', () => {
  assert.deepEqual(splitTitle('North Korea supplied Russia with missiles for Ukraine attacks: US', []), { head: 'North Korea supplied Russia with missiles for Ukraine attacks: US', siteSegments: [] });
  assert.deepEqual(splitTitle('Plumbers train as substitute teachers : NPR', []), { head: 'Plumbers train as substitute teachers', siteSegments: ['NPR'] });
  assert.deepEqual(splitTitle('US troops killed in crash | Afghanistan News | Al Jazeera', []), { head: 'US troops killed in crash', siteSegments: ['Al Jazeera', 'Afghanistan News'] });
  assert.deepEqual(splitTitle('Frommers | The 10 Best Airfare Search Sites', ['Frommers']), { head: 'The 10 Best Airfare Search Sites', siteSegments: ['Frommers'] });
  assert.equal(splitTitle('Best Drip Coffee Maker - Kev\'s In-Depth Review 2026', []).head, 'Best Drip Coffee Maker - Kev\'s In-Depth Review 2026');
});

test('should read the outlet from copyright lines', () => {
  assert.equal(copyrightOwner('© Copyright 1997-2024 INQUIRER.net | All Rights Reserved'), 'INQUIRER.net');
  assert.equal(copyrightOwner('Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy'), 'Los Angeles Times');
  assert.equal(copyrightOwner('Copyright 2024,'), null);
});

const author = (...lines: string[]) => findAuthor(splitBlocks(lines.join('\n')), 0, lines.length, (i) => /\d{4}/.test(lines[i] ?? '')).authors;

test('should find authors in the usual byline shapes', () => {
  assert.deepEqual(author('By Meg JamesStaff Writer'), ['Meg James']);
  assert.deepEqual(author('By MEG KINNARD and ERRIN HAINES, Associated Press'), ['MEG KINNARD', 'ERRIN HAINES']);
  assert.deepEqual(author('Written by', 'Edzel Tabing'), ['Edzel Tabing']);
  assert.deepEqual(author('Chris Davies - Nov 19, 2019, 10:31 pm CST'), ['Chris Davies']);
  assert.deepEqual(author('Tom Krisher, AP Auto Writer'), ['Tom Krisher']);
  assert.deepEqual(author('Posted by admin on 12 May'), ['admin']);
  assert.deepEqual(author('Andrew King', 'September 4, 2025'), ['Andrew King']);
  assert.deepEqual(author('Recent Posts', 'September 4, 2025'), []);
});

test('should tell names from heading labels', () => {
  assert.equal(isPersonName('Shrijith Venkatramana'), true);
  assert.equal(isPersonName('Emmet White'), true);
  assert.equal(isPersonName('Vibe Coding'), false);
  assert.equal(isPersonName('Latest Travel Gear Reviews'), false);
});

test('should prefer a byline date, keep its time, and skip deadlines', () => {
  const blocks = splitBlocks(['Lean Startup Week Call for Proposals is Open Until July 31', 'By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET'].join('\n'));
  assert.deepEqual(findDate(blocks, [[0, 0], [1, 1]], [], 2019), { date: '2019-11-19T08:02', dateSource: 'byline', lines: [1] });
  const split = splitBlocks('Nov. 19, 2019\n5:50 PM');
  assert.equal(findDate(split, [[0, 0]], [], null).date, '2019-11-19T17:50');
  assert.deepEqual(findDate([], [], ['On January 4, the spokesman said so.'], 2024), { date: '2024-01-04', dateSource: 'text', lines: [] });
  assert.equal(findDate([], [], ['On January 4, the spokesman said so.'], null).date, null);
});

test('should split datelines and wire credits off the first paragraph', () => {
  assert.deepEqual(findDateline('WASHINGTON (AP) — The Senate voted on Tuesday.'), { dateline: 'WASHINGTON', wire: 'AP', rest: 'The Senate voted on Tuesday.', taken: 'WASHINGTON (AP) —' });
  assert.equal(findDateline('Apple — the company — said nothing.').dateline, null);
});

test('should split captions from their credits only when a credit is there', () => {
  assert.deepEqual(splitCaption('Fans cheer during the match in Madrid. (Photo by John Doe/Getty Images)'), { caption: 'Fans cheer during the match in Madrid.', credit: 'Photo by John Doe/Getty Images' });
  assert.equal(splitCaption('She took a photograph by the lake and sent it to her sister.'), null);
  assert.equal(splitCaption('The company said on Monday it would cut jobs, according to Reuters.'), null);
});

test('should class boilerplate families generically', () => {
  const reason = (s: string) => matchFamily(s, s.split(/\s+/).length)?.reason ?? null;
  assert.equal(reason('See also: Ten ways to save on fuel'), 'related-article link');
  assert.equal(reason('Story continues below advertisement'), 'advertisement or sponsor label');
  assert.equal(reason('Filed under: Politics, Courts'), 'tag list');
  assert.equal(reason('“I almost died there,” Bublik said.'), null);
});

test('should find the main run of prose and keep short lines inside it', () => {
  const lines = ['Home', 'World', 'Sport', 'Headline Here',
    'The first paragraph is long enough to read as prose and it closes with a full stop, as prose does.',
    'A Subheading',
    '“Short quote,” she said.',
    'The last paragraph is also long enough to read as prose and it too closes with a full stop here.',
    'Related Articles', 'Another story teaser line that is not part of this article at all', 'Privacy Policy'];
  const cls = classifyBlocks(splitBlocks(lines.join('\n')), { headline: 3, meta: new Map() });
  assert.deepEqual([cls.start, cls.end], [4, 7]);
  assert.deepEqual(cls.fates.map((f) => f.kind), ['removed', 'removed', 'removed', 'removed', 'body', 'body', 'body', 'body', 'removed', 'removed', 'removed']);
});

test('should read day-month-year dates written in other European languages', () => {
  const date = (line: string) => findDate(splitBlocks(line), [[0, 0]], [], null).date;
  assert.equal(date('segunda-feira, 22 de janeiro de 2018 às 0:13'), '2018-01-22');
  assert.equal(date('Текст: Венера Ерофеева·24 сентября 2018'), '2018-09-24');
  assert.equal(date('Publié le 11 octobre 2018'), '2018-10-11');
});
