import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../../src/render/site-data.ts';

test('should summarise the first paragraph that is not blank, as paragraphsOf gives them', () => {
  assert.equal(summarise(' \n\t\n\n  First words. Then more.  \n\nSecond paragraph.'), 'First words. Then more.');
  assert.equal(summarise('Only one paragraph, no full stop'), 'Only one paragraph, no full stop');
  assert.equal(summarise('\n\n \n'), '');
});
