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
