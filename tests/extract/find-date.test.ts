import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findDate, copyrightYear } from '../../src/extract/findDate.ts';
import { extractArticle } from '../../src/extract/index.ts';

/** The date findDate reads from one line offered as the only byline candidate. */
function dateOfLine(line: string, year: number | null = null) {
  const blocks = splitBlocks(line);
  return findDate(blocks, [[0, 0]], [], year);
}

const BODY = [
  'The council approved the new budget on Tuesday after a long debate, and the mayor said the plan would fund schools, roads and the public library for the next two years.',
  'Opponents argued that the tax increase would hurt small businesses, but supporters pointed to the growing deficit and the need for repairs that had been delayed for a decade.',
  'The vote was seven to two, with both dissenting members saying they would bring the issue back to voters in a referendum next spring if enough signatures are collected.',
];
const extract = (text: string) => extractArticle({ file: 'x.txt', text, frontMatter: {}, format: 'text', warnings: [], hash: 'x' });

test('should read the first of two dates glued together (published, then updated)', () => {
  assert.deepEqual(dateOfLine('On January 12, 2025January 22, 2025'), { date: '2025-01-12', dateSource: 'byline', lines: [0] });
  assert.equal(dateOfLine('September 1, 2016September 8, 2016Autumn Adams').date, '2016-09-01');
});

test('should read a date whose year is glued to the next word', () => {
  assert.equal(dateOfLine('Published October 17, 2025Admin Only:').date, '2025-10-17');
});

test('should read a year-first citation date on a paper\'s doi line', () => {
  assert.equal(dateOfLine('. 2023 Jan 7;15(1):e33475. doi: 10.7759/cureus.33475').date, '2023-01-07');
});

test('should read a "Posted on" line that runs on into a long category list', () => {
  const line = 'Posted on November 25, 2024December 3, 2024 in College of Health Sciences, General, Healthcare, Master of Science in Applied Nutrition, Nutrition, Sports Medicine, Student Life, Research, Wellness, Faculty News, Alumni Stories';
  assert.equal(dateOfLine(line).date, '2024-11-25');
});

test('should prefer the byline date under the headline over a date stated in the story', () => {
  const r = extract(['Budget passes | City News', '', 'Budget passes', '', 'By Ana Ruiz', '', 'March 3, 2024', '', 'On February 20, 2024, the council first met to discuss the budget, and the mayor said the plan would fund schools.', '', ...BODY.flatMap((p) => [p, ''])].join('\n'));
  assert.equal(r.date, '2024-03-03');
  assert.equal(r.dateSource, 'byline');
});

test('should read the published date, not the updated one, from a date line between the opening paragraphs', () => {
  const r = extract(['Budget passes', '', 'Budget passes', '', BODY[0], '', BODY[1], '', 'December 3, 2025. Updated: December 7, 2025', '', BODY[2], '', 'Related Articles', '', 'Library hours change', '', 'June 1, 2025'].join('\n'));
  assert.equal(r.date, '2025-12-03');
});

test('should take the latest year of the copyright line', () => {
  assert.equal(copyrightYear(splitBlocks('Some text here\n\n© 1997-2024 Example Media. All rights reserved.')), 2024);
});
