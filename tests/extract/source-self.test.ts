import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSelfReferenceCues } from '../../src/extract/source/selfReferenceCues.ts';

const names = (lines: string[]) => findSelfReferenceCues(splitBlocks(lines.join('\n\n'))).map((c) => [c.name, c.weight]);

test('should read "At X, we" as the site speaking of itself mid-paragraph as well as at its start', () => {
  assert.deepEqual(names(['Choosing a program is hard. At Lakeside College’s Data School, our analytics degree starts with real projects.']), [['Lakeside College’s Data School', 1.5]]);
  assert.deepEqual(names(['At Ridgeline Weekly, we test hundreds of trail shoes a year.']), [['Ridgeline Weekly', 1.5]]);
});

test('should not read a place or a time opening a clause as the site', () => {
  // No sentence end before "At": a clause inside a sentence.
  assert.deepEqual(names(['The team met them at Harbour Hall, we were told, before the vote.']), []);
  // Not followed by "we" or "our".
  assert.deepEqual(names(['It was late. At Harbour Hall, the doors closed at nine.']), []);
  assert.deepEqual(names(['The tree went up early. At Christmas, we always host the whole family.']), []);
});

test('should read "X is …" self-descriptions whatever the shape of the name\'s last word, and skip prose subjects quickly', () => {
  assert.deepEqual(names(['freeCodeCamp is a nonprofit organization that helps people learn to code.']), [['freeCodeCamp', 2.5]]);
  assert.deepEqual(names(['Tech Radar 9to5Mac is part of the Future group of websites.']), [['Tech Radar 9to5Mac', 2.5]]);
  assert.deepEqual(names(['The Ridgeline Weekly is an independent magazine about trail running.']), [['The Ridgeline Weekly', 2.5]]);
  assert.deepEqual(names(['Ёлка Медиа is an independent publication covering the arts in Riga.']), [['Ёлка Медиа', 2.5]]);
  // The word before "is" cannot end a name: small letters only, digits only, or opening on punctuation.
  assert.deepEqual(names(['Portion control is a magazine topic again this year.']), []);
  assert.deepEqual(names(['Ridgeline 2025 is an independent magazine about trail running.']), []);
  assert.deepEqual(names(['Ridgeline "Weekly" is an independent magazine about trail running.']), []);
});
