import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource } from '../../src/extract/findSource.ts';
import { brandOfProduct } from '../../src/extract/source/brandOfProduct.ts';

const blocks = (lines: string[]) => splitBlocks(lines.join('\n\n'));

test('should name the maker when a glued product name wins and the page uses the bare name', () => {
  const page = blocks(['About preprintLabs', 'preprintLabs: experimental projects with partners', 'Groups that work with preprintLabs share our values.', 'preprint is committed to openness.', 'preprint Operational Status']);
  assert.equal(brandOfProduct('preprintLabs', page), 'preprint');
  assert.equal(findSource({ title: 'A paper', siteSegments: [], blocks: page, proseStart: -1, proseEnd: -1, firstParagraph: '' }), 'preprint');
});

test('should keep a glued name whose bare form the page never uses alone', () => {
  const page = blocks(['Welcome to FlowHub', 'FlowHub keeps your notes in one place.', 'Flow state is what we want for you.']);
  assert.equal(brandOfProduct('FlowHub', page), null);
  // Spaced names are left alone, and a plain name has no product suffix.
  assert.equal(brandOfProduct('Rust Blog', blocks(['Rust is fast.', 'Rust 1.80 is out.'])), null);
  assert.equal(brandOfProduct('Gridline', blocks(['Gridline', 'Gridline'])), null);
});
