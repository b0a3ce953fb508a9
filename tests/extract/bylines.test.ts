import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.ts';

const page = (...lines: string[]) => extractArticle({ file: 'p.txt', text: lines.join('\n\n') + '\n', frontMatter: {}, format: 'text', warnings: [], hash: '' });
const PROSE = [
  'The harbour board approved the new ferry timetable on Monday after a long consultation with residents, who had asked for earlier sailings on weekdays.',
  'Under the plan the first boat will leave at six in the morning, and two extra evening crossings will run through the summer months until the end of September.',
  'Board members said the change would be reviewed after a year, once figures on passenger numbers and fuel costs were available for the whole season.',
];

test('should read an author after a date and a slash', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', 'September 29, 2025/Brian Okafor', ...PROSE);
  assert.equal(r.author, 'Brian Okafor');
});

test('should read an author writing on behalf of a group', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', 'Dec. 19, 2025 · Niko Haddad on behalf of the Timetable Working Group', ...PROSE);
  assert.equal(r.author, 'Niko Haddad');
});

test('should take a "Written by" line far below the article when there is no byline', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', ...PROSE, 'Share this post', 'Related posts', 'Harbour lights to be replaced', 'Written by Linda Moreau', '© 2025 Harbour Notes');
  assert.equal(r.author, 'Linda Moreau');
});

test('should not take "Written by" followed by an organisation as a person', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', ...PROSE, 'Written by Harbour Notes Media Group');
  assert.equal(r.author, null);
});

test('should read a date glued to the author name under the headline', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', 'Yucy3/4/2025', ...PROSE);
  assert.equal(r.date, '2025-03-04');
  assert.equal(r.dateSource, 'byline');
});

test('should find an explicit byline a few lines into the article', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', PROSE[0], 'Tweet', 'by Daniel Moreau, Senior Editor, Harbour Notes and the Coast Institute', ...PROSE.slice(1));
  assert.equal(r.author, 'Daniel Moreau');
  assert.ok(!r.body.includes('Senior Editor'), 'the byline is not body text');
});

test('should not take a bare name a few lines into the article as its author', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', PROSE[0], PROSE[1], 'Maria Santos', PROSE[2]);
  assert.equal(r.author, null);
});
