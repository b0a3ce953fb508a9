import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDuplicates, type DuplicateInput } from '../../src/link/find-duplicates.ts';

const body = 'The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports.';
const art = (file: string, headline: string, text: string): DuplicateInput => ({ file, headline, body: text });

test('should merge a file with the same body into the file that sorts first', () => {
  const result = findDuplicates([art('b.txt', 'Bridge closed', body), art('a.txt', 'Another headline', body)]);
  assert.deepEqual([...result], [['b.txt', 'a.txt']]);
});

test('should treat bodies differing only in case, punctuation and spacing as the same', () => {
  const other = body.toUpperCase().replace(/ /g, '  ').replace(/\./g, '!');
  assert.deepEqual([...findDuplicates([art('x.txt', 'H', body), art('y.txt', 'H2', other)])], [['y.txt', 'x.txt']]);
});

test('should merge same headline and same opening even when the endings differ', () => {
  const long = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
  const result = findDuplicates([art('a.txt', 'Bridge closed', `${long} Advertisement. Subscribe now.`), art('b.txt', 'Bridge Closed!', `${long} Read more: other story.`)]);
  assert.deepEqual([...result], [['b.txt', 'a.txt']]);
});

test('should not merge different bodies under the same headline', () => {
  const other = 'Storms brought down power lines across the northern districts overnight, leaving thousands of homes without electricity.';
  assert.deepEqual([...findDuplicates([art('a.txt', 'Update', body), art('b.txt', 'Update', other)])], []);
});

test('should not merge bodies shorter than twelve words', () => {
  assert.deepEqual([...findDuplicates([art('a.txt', 'Brief', 'Markets closed higher on Friday.'), art('b.txt', 'Brief', 'Markets closed higher on Friday.')])], []);
});

test('should give the same result whatever the input order', () => {
  const inputs = [art('c.txt', 'H', body), art('a.txt', 'H', body), art('b.txt', 'H', body)];
  const expected = [['b.txt', 'a.txt'], ['c.txt', 'a.txt']];
  assert.deepEqual([...findDuplicates(inputs)].sort(), expected);
  assert.deepEqual([...findDuplicates([...inputs].reverse())].sort(), expected);
});

test('should merge a third copy that only matches a merged copy into the same keeper', () => {
  const long = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
  // b shares a's headline and opening; c has b's exact body under another headline.
  const inputs = [art('a.txt', 'Bridge closed', `${long} ending one`), art('b.txt', 'Bridge closed', `${long} ending two`), art('c.txt', 'Different', `${long} ending two`)];
  assert.deepEqual([...findDuplicates(inputs)].sort(), [['b.txt', 'a.txt'], ['c.txt', 'a.txt']]);
});
