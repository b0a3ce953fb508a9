import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTemplateLines } from '../../src/link/find-template-lines.ts';

const art = (file: string, source: string | null, bodyKeys: string[]) => ({ file, source, bodyKeys });

test('should find a line that recurs in most articles of one outlet', () => {
  const articles = [1, 2, 3, 4, 5].map((i) => art(`a${i}`, 'Herald', [`story ${i}`, 'follow us for more']));
  assert.deepEqual(findTemplateLines(articles), new Map([['Herald', new Set(['follow us for more'])]]));
});

test('should not treat a line as template below four articles or below 40 % of the outlet', () => {
  const few = [1, 2, 3].map((i) => art(`a${i}`, 'Herald', [`story ${i}`, 'follow us']));
  assert.deepEqual(findTemplateLines(few), new Map());
  const rare = Array.from({ length: 12 }, (_, i) => art(`a${i}`, 'Herald', [`story ${i}`, ...(i < 4 ? ['background line'] : [])]));
  assert.deepEqual(findTemplateLines(rare), new Map());
});

test('should keep outlets apart and ignore articles with no outlet', () => {
  const articles = [
    ...[1, 2, 3, 4].map((i) => art(`h${i}`, 'Herald', [`h ${i}`, 'shared line'])),
    ...[1, 2].map((i) => art(`t${i}`, 'Times', [`t ${i}`, 'shared line'])),
    ...[1, 2, 3, 4].map((i) => art(`u${i}`, null, [`u ${i}`, 'unknown line'])),
  ];
  assert.deepEqual(findTemplateLines(articles), new Map([['Herald', new Set(['shared line'])]]));
});

test('should count copies of one article once', () => {
  const articles = [1, 2, 3, 4].map((i) => art(`copy${i}`, 'Herald', ['same story', 'same second paragraph']));
  assert.deepEqual(findTemplateLines(articles, (f) => f !== 'copy1'), new Map());
});
