import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../src/read/parse-front-matter.ts';

test('should keep every valid field and the body after the block', () => {
  const text = '---\nheadline: Storm hits coast\ndate: 2024-01-05\nsource: The Herald\nauthor: Ana Ruiz\ntags: [weather, coast]\nurl: /storm/\n---\n\nFirst paragraph.\n\nSecond.\n';
  assert.deepEqual(parseFrontMatter(text), {
    frontMatter: { headline: 'Storm hits coast', date: '2024-01-05', source: 'The Herald', author: 'Ana Ruiz', tags: ['weather', 'coast'], url: '/storm/' },
    body: 'First paragraph.\n\nSecond.\n',
    warnings: [],
    present: true,
  });
});

test('should read title as the headline', () => {
  assert.deepEqual(parseFrontMatter('---\ntitle: "  Markets rally  "\n---\nBody'), { frontMatter: { headline: 'Markets rally' }, body: 'Body', warnings: [], present: true });
});

test('should prefer headline over title when both are given', () => {
  assert.equal(parseFrontMatter('---\ntitle: A\nheadline: B\n---\nBody').frontMatter.headline, 'B');
});

test('should read a YAML date without a time as a day', () => {
  assert.equal(parseFrontMatter('---\ndate: 2024-01-05\n---\nBody').frontMatter.date, '2024-01-05');
});

test('should read a YAML timestamp as the wall time written, not converted to UTC', () => {
  assert.equal(parseFrontMatter('---\ndate: 2024-01-05 03:07\n---\nB').frontMatter.date, '2024-01-05T03:07');
  // The writer's date is the 5th; UTC would make it 2024-01-04T22:30 and move the article a day.
  assert.equal(parseFrontMatter('---\ndate: 2024-01-05T00:30:00+02:00\n---\nB').frontMatter.date, '2024-01-05T00:30');
  assert.equal(parseFrontMatter('---\ndate: 2024-01-05T00:00\n---\nB').frontMatter.date, '2024-01-05T00:00');
});

test('should read a quoted date string with a time', () => {
  assert.equal(parseFrontMatter("---\ndate: '2024-01-05T03:07:09' # local\n---\nB").frontMatter.date, '2024-01-05T03:07');
  assert.equal(parseFrontMatter('---\ndate: "2024-01-05 18:45"\n---\nB').frontMatter.date, '2024-01-05T18:45');
});

test('should drop a date that is not a real calendar day with a warning', () => {
  assert.deepEqual(parseFrontMatter('---\ndate: 2024-02-30\n---\nB'), {
    frontMatter: {},
    body: 'B',
    warnings: ['front matter "date" ("2024-02-30") is not an ISO date: ignored'],
    present: true,
  });
  assert.deepEqual(parseFrontMatter('---\ndate: "2024-13-45"\n---\nB').warnings, ['front matter "date" ("2024-13-45") is not an ISO date: ignored']);
  assert.deepEqual(parseFrontMatter('---\ndate: "2024-01-05 25:00"\n---\nB').frontMatter, {});
});

test('should drop wrong types with warnings and keep the rest', () => {
  const r = parseFrontMatter('---\nheadline: Kept\ndate: yesterday\ntags: 5\nauthor: [a, b]\n---\nBody text');
  assert.deepEqual(r, {
    frontMatter: { headline: 'Kept' },
    body: 'Body text',
    warnings: [
      'front matter "author" is not text: ignored',
      'front matter "date" ("yesterday") is not an ISO date: ignored',
      'front matter "tags" is not a list of names: ignored',
    ],
    present: true,
  });
});

test('should split a comma-separated tags string and stringify numbers', () => {
  assert.deepEqual(parseFrontMatter('---\ntags: "a, b ,, c"\nsource: 2024\n---\nB').frontMatter, { tags: ['a', 'b', 'c'], source: '2024' });
  assert.deepEqual(parseFrontMatter('---\ntags: [2024, " x "]\n---\nB').frontMatter, { tags: ['2024', 'x'] });
});

test('should warn about fields Broadsheet does not use', () => {
  assert.deepEqual(parseFrontMatter('---\nlayout: post\nheadline: H\n---\nB').warnings, ['front matter "layout" is not a Broadsheet field: ignored']);
});

test('should keep the body and warn when the YAML is broken', () => {
  assert.deepEqual(parseFrontMatter('---\ntitle: [unclosed\n---\n\nThe body.\n'), {
    frontMatter: {},
    body: 'The body.\n',
    warnings: ['front matter is not valid YAML (unexpected end of the stream within a flow collection at line 3, column 1:): ignored'],
    present: true,
  });
});

test('should give an empty body, not the raw block, when broken YAML ends the file', () => {
  assert.equal(parseFrontMatter('---\ntitle: [unclosed\n---').body, '');
});

test('should return the text unchanged when there is no front matter', () => {
  assert.deepEqual(parseFrontMatter('Headline\n\n---\nheadline: not front matter\n---\n'), {
    frontMatter: {},
    body: 'Headline\n\n---\nheadline: not front matter\n---\n',
    warnings: [],
    present: false,
  });
});

test('should not swallow the article when a leading --- line is never closed', () => {
  const text = '---\nBreaking: news today\n\nMore text here.\n';
  assert.deepEqual(parseFrontMatter(text), { frontMatter: {}, body: text, warnings: [], present: false });
});

test('should treat a block that is not a YAML mapping as article text', () => {
  const text = '---\nJust a line between rules\n---\nMore';
  assert.deepEqual(parseFrontMatter(text), { frontMatter: {}, body: text, warnings: [], present: false });
});

test('should accept an empty front-matter block', () => {
  assert.deepEqual(parseFrontMatter('---\n---\nbody'), { frontMatter: {}, body: 'body', warnings: [], present: true });
});

test('should keep later --- lines in the body', () => {
  assert.equal(parseFrontMatter('---\nheadline: a\n---\nbody\n---\nmore').body, 'body\n---\nmore');
});
