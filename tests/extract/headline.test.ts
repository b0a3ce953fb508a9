import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.ts';
import type { SourceFile } from '../../src/record.ts';

const page = (lines: string[]): SourceFile => ({ file: 'page.txt', text: lines.join('\n\n'), frontMatter: {}, format: 'text', warnings: [], hash: '' });

const PROSE = [
  'Harbour officials in the port town said on Tuesday that the new ferry schedule would start in March, after two years of delays and a long fight over the cost of the terminal.',
  'The council voted seven to two for the plan, which adds four crossings a day and moves the first departure to six in the morning, a change commuters had asked for since the old pier closed.',
  'Residents who spoke at the meeting welcomed the extra crossings but asked how the town would pay for the larger car park that the ferry company says it needs before the summer season.',
];

test('should take the h1 over a byline when the title is reworded for search engines', () => {
  const r = extractArticle(page([
    'Ferry Timetable 2026: New Crossings, Prices and Parking | Harbour Gazette',
    'Local News',
    'Extra ferry crossings approved after long timetable fight',
    'By Maria Lindqvist',
    'March 3, 2026',
    ...PROSE,
  ]));
  assert.equal(r.headline, 'Extra ferry crossings approved after long timetable fight');
  assert.equal(r.author, 'Maria Lindqvist');
});

test('should keep the title when the line over the byline shares nothing with it (a widget or teaser)', () => {
  const r = extractArticle(page([
    'Ferry Timetable 2026: New Crossings Approved | Harbour Gazette',
    'Ask Our Experts Anything Today',
    'Written by Maria Lindqvist',
    ...PROSE,
  ]));
  assert.equal(r.headline, 'Ferry Timetable 2026: New Crossings Approved');
});

test('should keep the title when no byline or date stands under the reworded line', () => {
  const r = extractArticle(page([
    'Ferry Timetable 2026: New Crossings, Prices and Parking | Harbour Gazette',
    'Extra ferry crossings approved after long timetable fight',
    ...PROSE,
  ]));
  assert.equal(r.headline, 'Ferry Timetable 2026: New Crossings, Prices and Parking');
});

test('should not take a table-of-contents entry that echoes the title for the headline', () => {
  const r = extractArticle(page([
    'Best Ferry Routes for Island Hopping [2026]',
    'Table of Contents',
    'Why Island Hopping by Ferry?',
    'How We Picked the Routes',
    'Best Ferry Routes for Island Hopping FAQs',
    ...PROSE,
    'Best Ferry Routes for Island Hopping FAQs',
    'Which route is the cheapest? The northern loop costs less than half of the southern one, and its ferries run all year round, even in the stormy weeks of January.',
  ]));
  assert.equal(r.headline, 'Best Ferry Routes for Island Hopping [2026]');
});

test('should still take a line that agrees with the title when it is not in a table of contents', () => {
  const r = extractArticle(page([
    'Best Ferry Routes for Island Hopping [2026] - Travel Notes',
    'Best Ferry Routes for Island Hopping in 2026',
    ...PROSE,
  ]));
  assert.equal(r.headline, 'Best Ferry Routes for Island Hopping in 2026');
});
