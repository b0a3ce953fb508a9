import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetParsedNames, parseKinds } from '../../src/extract/entities/lexicon.ts';

test('should place a name with a full stop among plain names, asked first or again', () => {
  forgetParsedNames();
  assert.deepEqual([...parseKinds(['St. Regis', 'Aman', 'Hyatt'])], [['St. Regis', 'place']]);
  // The second time the names are remembered, and the answer is the same.
  assert.deepEqual([...parseKinds(['Hyatt', 'St. Regis'])], [['St. Regis', 'place']]);
});

test('should answer nothing for a list holding a name that makes two sentences', () => {
  forgetParsedNames();
  assert.deepEqual([...parseKinds(['Hello! World', 'Paris'])], []);
  // Remembered: still nothing, while Paris alone is a place.
  assert.deepEqual([...parseKinds(['Paris', 'Hello! World'])], []);
  assert.deepEqual([...parseKinds(['Paris', 'Joe Biden'])], [['Paris', 'place'], ['Joe Biden', 'person']]);
});

test('should parse a list holding a quotation mark together, as it is', () => {
  forgetParsedNames();
  assert.deepEqual([...parseKinds(['“Magic', 'Paris'])], [['Paris', 'place']]);
});
