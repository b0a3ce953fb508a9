import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayDate, displayMonth } from '../../src/render/format-date.ts';

test('should show a date with a time as day, month name, year and time', () => {
  assert.equal(displayDate('2024-01-05T03:07'), '5 January 2024, 03:07');
  assert.equal(displayDate('2023-12-31T23:59:59Z'), '31 December 2023, 23:59');
});

test('should show a day-only date without a time', () => {
  assert.equal(displayDate('2024-01-04'), '4 January 2024');
  assert.equal(displayDate('1999-10-10'), '10 October 1999');
});

test('should show Undated for a missing date', () => {
  assert.equal(displayDate(null), 'Undated');
  assert.equal(displayDate(''), 'Undated');
});

test('should return text that is not an ISO date unchanged', () => {
  assert.equal(displayDate('Tuesday'), 'Tuesday');
  assert.equal(displayDate('2024-13-01'), '2024-13-01');
  assert.equal(displayDate('2024-00-10'), '2024-00-10');
});

test('should name the month of a month archive', () => {
  assert.equal(displayMonth('2024', '01'), 'January 2024');
  assert.equal(displayMonth('2019', '11'), 'November 2019');
});
