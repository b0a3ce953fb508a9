import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { extractArticle, extractArticleReporting, normaliseLine, EXTRACTOR_VERSION } from '../../src/extract/index.ts';
import type { SourceFile } from '../../src/record.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
const src = (text: string, extra: Partial<SourceFile> = {}): SourceFile => ({
  file: 'x.txt', text, frontMatter: {}, format: 'text', warnings: [], hash: 'h', ...extra,
});

test('should take the article from a blog page and stop at its comments', () => {
  const r = extractArticle(src(readFileSync(join(fixtures, 'blog-with-comments.txt'), 'utf8')));
  assert.equal(r.headline, 'Why the Night Ferry Still Matters');
  assert.equal(r.source, 'Harbour Notes');
  assert.equal(r.author, 'Jane Doe');
  assert.deepEqual(r.authors, ['Jane Doe']);
  assert.equal(r.date, '2023-03-03');
  assert.equal(r.dateSource, 'byline');
  assert.deepEqual(r.tags, ['ferries', 'harbour', 'commuting']);
  assert.deepEqual(r.body.split('\n\n'), [
    'The night ferry across the bay has carried commuters, students and the occasional lost tourist for more than sixty years, and on most evenings it still leaves the pier within a minute of its timetable.',
    'Ridership fell during the pandemic, but the operator says the last two winters brought passengers back in numbers nobody at the harbour expected.',
    'What changed',
    '“I almost died there,” Bublik said.',
    'Engineers replaced both engines in 2021, which cut the crossing time by nine minutes and, according to the operator, halved the fuel bill for the route.',
  ]);
  const reason = (t: string) => r.removed.find((x) => x.text === t)?.reason;
  assert.equal(reason('Skip to content'), 'navigation or page chrome');
  assert.equal(reason('By Jane Doe, Staff Writer'), 'byline');
  assert.equal(reason('March 3, 2023'), 'date line');
  assert.equal(reason('Share this article'), 'share bar');
  assert.equal(reason('Mark Lee on March 4, 2023 at 9:12 am said:'), 'comments section');
});

test('should let front matter override what the text says', () => {
  const r = extractArticle(src('Some Title | Site\n\nA paragraph of text that is long enough to be taken as the article body, with a full stop.', {
    frontMatter: { headline: 'Given headline', date: '2020-02-02', source: 'Given Source', author: 'Ann Lee and Bo Chan', tags: ['a'] },
  }));
  assert.equal(r.headline, 'Given headline');
  assert.equal(r.date, '2020-02-02');
  assert.equal(r.dateSource, 'front-matter');
  assert.equal(r.source, 'Given Source');
  assert.equal(r.author, 'Ann Lee, Bo Chan');
  assert.deepEqual(r.authors, ['Ann Lee', 'Bo Chan']);
  assert.deepEqual(r.tags, ['a']);
});

test('should read a Markdown article with remark: first heading as headline, paragraphs as body', () => {
  const md = '# A Hand-Written Piece\n\nFirst paragraph with *emphasis* and a [link](https://example.com).\n\n## A subheading\n\n- item one\n- item two\n';
  const r = extractArticle(src(md, { format: 'markdown' }));
  assert.equal(r.headline, 'A Hand-Written Piece');
  assert.equal(r.body, 'First paragraph with emphasis and a link.\n\nA subheading\n\nitem one\n\nitem two');
});

test('should remove lines the outlet repeats across articles when given templateLines', () => {
  const text = 'Title - Site\n\nTitle\n\nThe first paragraph of the story is long enough to count as real prose, and it ends properly.\n\nThe Harbour Notes team thanks every reader\n\nThe second paragraph is also long enough to count as real article prose, and it ends properly.';
  const r = extractArticle(src(text), { templateLines: new Set([normaliseLine('The Harbour Notes team thanks every reader')]) });
  assert.ok(!r.body.includes('thanks every reader'));
  assert.equal(r.removed.find((x) => x.text === 'The Harbour Notes team thanks every reader')?.reason, 'repeated across articles of this outlet');
});

test('should fold digits and punctuation in normaliseLine', () => {
  assert.equal(normaliseLine('  12 Comments — Read MORE!'), '0 comments read more');
  assert.equal(normaliseLine('© 2024 Example.com'), '0 example com');
});

test('should never throw and return an empty headline for junk input', () => {
  for (const junk of ['', '\n\n\n', '\u0000\u0001\u0002binary\ufffd\ufffd', 'x'.repeat(300_000), '日本語のテキスト。\n\n本文です。']) {
    const r = extractArticle(src(junk));
    assert.equal(typeof r.headline, 'string');
    assert.equal(typeof r.body, 'string');
  }
  assert.equal(extractArticle(src('')).headline, '');
  assert.equal(extractArticle(src('')).body, '');
  fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
    const r = extractArticle(src(s));
    return typeof r.body === 'string' && Array.isArray(r.removed);
  }), { numRuns: 300 });
});

test('should keep a version string for the cache key', () => {
  assert.match(EXTRACTOR_VERSION, /^extract-\d+$/);
});

test('should extract an article whose words are the names of object properties ("Constructor", "__proto__")', () => {
  for (const w of ['Constructor', '__proto__', 'HasOwnProperty', 'ToString', 'ValueOf']) {
    const text = [`${w} wins the harbour regatta | Harbour Post`, `${w} wins the harbour regatta`, 'March 3, 2024',
      `The sailing club said ${w} won the regatta on Sunday, ahead of twelve other boats in strong winds off the harbour wall.`,
      `“${w} sailed a perfect race,” said Anna Berg, the club's commodore. ${w} and the crew will defend the title next spring.`].join('\n\n');
    const r = extractArticle({ file: 'p.txt', text, frontMatter: {}, format: 'text', warnings: [], hash: '' });
    assert.equal(r.headline, `${w} wins the harbour regatta`, w);
    assert.equal(r.body.split('\n\n').length, 2, w);
    assert.equal(r.quotes[0]?.speaker, 'Anna Berg', w);
  }
});

test('should give the file\'s own text, and say why, when the extractor fails on it', () => {
  const src = { file: 'p.txt', text: 'A headline\n\nFirst line.\n\nSecond line.', frontMatter: {}, format: 'text' as const, warnings: [], hash: '' };
  // A rule failing on this text stands in as a text that cannot be read the first time.
  let reads = 0;
  const broken = { ...src, get text(): string { if (reads++ === 0) throw new Error('a rule failed'); return src.text; } };
  const r = extractArticleReporting(broken as typeof src);
  assert.equal(r.failure, 'a rule failed');
  assert.equal(r.record.headline, 'A headline');
  assert.equal(r.record.body, 'First line.\n\nSecond line.');
  assert.deepEqual(extractArticleReporting(src).failure, null);
});
