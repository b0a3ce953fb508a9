import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource } from '../../src/extract/findSource.ts';
import { findTitleCues, sectionTail } from '../../src/extract/source/titleCues.ts';

const page = splitBlocks([
  'The 9 Best Trail Shoes of 2026',
  'At Ridgeline Weekly, we test hundreds of trail shoes a year on real mountain routes.',
  'Our testers ran in every pair below, and these trail shoes held up best on wet rock.',
  'More trail shoe reviews',
  '© 2026 Summit Publishing Group',
].join('\n\n'));

test('should take a title tail that repeats the headline\'s topic in plain words for a section', () => {
  assert.equal(sectionTail('Trail Shoe Reviews', 'The 9 Best Trail Shoes of 2026 - Trail Shoe Reviews', page), true);
  const cues = findTitleCues('The 9 Best Trail Shoes of 2026 - Trail Shoe Reviews', ['Trail Shoe Reviews'], page);
  assert.deepEqual(cues.map((c) => [c.name, c.kind, c.weight]), [['Trail Shoe Reviews', 'title-part', 0.6]]);
});

test('should keep a masthead that shares a topic word but has a word of its own', () => {
  // "Quest" is never written in lower case: a name.
  assert.equal(sectionTail('Trail Shoe Quest', 'The 9 Best Trail Shoes of 2026 - Trail Shoe Quest', page), false);
  // No topic word in common with the headline.
  assert.equal(sectionTail('Mountain Gazette', 'The 9 Best Trail Shoes of 2026 - Mountain Gazette', page), false);
  // A lone section word says nothing either way.
  assert.equal(sectionTail('Reviews', 'The 9 Best Trail Shoes of 2026 - Reviews', page), false);
});

test('should name the site that speaks of itself over a section tail of the title', () => {
  const ev = { title: 'The 9 Best Trail Shoes of 2026 - Trail Shoe Reviews', siteSegments: ['Trail Shoe Reviews'], blocks: page, proseStart: 1, proseEnd: 2, firstParagraph: '' };
  assert.equal(findSource(ev), 'Ridgeline Weekly');
  // A real site tail still wins.
  assert.equal(findSource({ ...ev, title: 'The 9 Best Trail Shoes of 2026 - Trail Shoe Quest', siteSegments: ['Trail Shoe Quest'] }), 'Trail Shoe Quest');
});
