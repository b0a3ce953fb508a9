import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource, type SourceEvidence } from '../../src/extract/findSource.ts';
import { findStaffCreditCues } from '../../src/extract/source/staffCreditCues.ts';
import { findStoryListCues } from '../../src/extract/source/storyListCues.ts';

const prose = 'The county board approved the new flood maps on Monday, which will raise insurance costs for about four hundred homes along the river.';

function evidence(title: string, lines: string[], proseAt: [number, number] = [-1, -1]): SourceEvidence {
  return { title, siteSegments: [], blocks: splitBlocks(lines.join('\n\n')), proseStart: proseAt[0], proseEnd: proseAt[1], firstParagraph: '' };
}

test('should read the outlet from a byline job line in its usual forms', () => {
  const names = (lines: string[]) => findStaffCreditCues(splitBlocks(lines.join('\n\n'))).map((c) => c.name);
  assert.deepEqual(names(['By', 'Mara Quill', ', KVTR multiplatform producer']), ['KVTR']);
  assert.deepEqual(names(['Dana Reyes, Harbour Post staff writer']), ['Harbour Post']);
  assert.deepEqual(names(['By Tomas Ek, Gridline Staff']), ['Gridline']);
  assert.deepEqual(names(['BY JO PARK, The Ledger senior political reporter']), ['The Ledger']);
});

test('should not take a job title, a beat or a desk for an outlet', () => {
  const names = (lines: string[]) => findStaffCreditCues(splitBlocks(lines.join('\n\n'))).map((c) => c.name);
  assert.deepEqual(names(['Jane Doe, Senior Editor']), []);
  assert.deepEqual(names(['Tom Krall, Wire Auto Writer']), []);
  // "Sports" is a desk: the page writes "sports" in lower case too.
  assert.deepEqual(names(['Lee Ames, Sports staff writer', 'He covers high school sports for the paper.']), []);
  assert.deepEqual(names(['Drag-and-drop editor']), []);
});

test('should read the site from its own story list heading but not a section list', () => {
  const names = (lines: string[]) => findStoryListCues(splitBlocks(lines.join('\n\n'))).map((c) => c.name);
  assert.deepEqual(names(['Other KVTR Top Stories']), ['KVTR']);
  assert.deepEqual(names(['More Harbour Post Stories']), ['Harbour Post']);
  assert.deepEqual(names(['More Top Stories']), []);
  assert.deepEqual(names(['More Business Stories', 'Small business owners said the rules were unclear.']), []);
});

test('should name the station over its parent company when a byline and a story list name it', () => {
  const ev = evidence('Volunteer in the valley: 20 ways to help', [
    'Volunteer in the valley: 20 ways to help', 'By', 'Mara Quill', ', KVTR multiplatform producer', prose,
    'Other KVTR Top Stories', prose, 'Videos', 'KVTR Storm Tracker Forecast',
    'Copyright 2026 by Riverbend Broadcasting Company. All rights reserved.',
  ], [4, 6]);
  assert.equal(findSource(ev), 'KVTR');
});

test('should keep the copyright owner when it is the outlet and no byline names another', () => {
  const ev = evidence('Flood maps approved', [
    'Flood maps approved', 'By Dana Reyes', prose, prose, 'More from Harbour Post', '© 2025 Harbour Post Media Group. All rights reserved.',
  ], [2, 3]);
  assert.equal(findSource(ev), 'Harbour Post');
});
