import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuoteIndex, quoteKey } from '../../src/link/same-quote.ts';

const index = () => {
  const q = new QuoteIndex<string>();
  q.add(quoteKey('This is a significant and concerning escalation,'), 'whole');
  return q;
};

test('should find the same words, a part of a quote, and a quote that holds a stored one', () => {
  const q = index();
  assert.equal(q.find(quoteKey('this is a significant and concerning escalation')), 'whole');
  assert.equal(q.find(quoteKey('a significant and concerning escalation.')), 'whole');
  assert.equal(q.find(quoteKey('He said: This is a significant and concerning escalation, and we will respond')), 'whole');
});

test('should not join quotes that share fewer than four words or only part of a word', () => {
  const q = index();
  assert.equal(q.find(quoteKey('concerning escalation')), undefined);
  assert.equal(q.find(quoteKey('is a significant and concerning escalations everywhere')), undefined);
  assert.equal(q.find(quoteKey('a significant and worrying escalation')), undefined);
});
