/**
 * Properties of the extractor that hold for any input: it never throws, it never invents body text,
 * and extracting its own output ("headline\n\nbody") gives the same body back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractArticle } from '../../src/extract/index.ts';
import { anyText, normalised, scrapedPage, sourceOf } from './arbitraries.ts';

const RUNS = 150;

test('should never throw and always return text fields, whatever the text', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const a = extractArticle(sourceOf(text));
      assert.equal(typeof a.headline, 'string');
      assert.equal(typeof a.body, 'string');
      assert.ok(Array.isArray(a.removed) && Array.isArray(a.quotes) && Array.isArray(a.topics));
      assert.equal(a.file, 'prop.txt');
    }),
    { numRuns: RUNS },
  );
});

test('should make the body only of text that was in the input', () => {
  fc.assert(
    fc.property(fc.oneof(scrapedPage, anyText), (text) => {
      const input = normalised(text);
      const a = extractArticle(sourceOf(text));
      for (const p of a.body.split('\n\n').filter(Boolean)) {
        assert.ok(input.includes(normalised(p)), `paragraph not in the input: ${JSON.stringify(p.slice(0, 120))}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('should keep every removed line as text from the input', () => {
  fc.assert(
    fc.property(scrapedPage, (text) => {
      const input = normalised(text);
      for (const r of extractArticle(sourceOf(text)).removed) {
        assert.ok(input.includes(normalised(r.text)), `removed text not in the input: ${JSON.stringify(r.text.slice(0, 120))}`);
        assert.ok(r.reason.trim().length > 0, 'every removal has its reason');
      }
    }),
    { numRuns: RUNS },
  );
});

test('should give the same body when its own output is extracted again', () => {
  fc.assert(
    fc.property(scrapedPage, (text) => {
      const first = extractArticle(sourceOf(text));
      // Stability is claimed for records whose headline is the page's title line; a page whose first
      // line is rejected as a title gets its headline from a later line, and its body loses that line.
      const titleLine = text.split('\n').find((l) => l.trim())?.trim() ?? '';
      fc.pre(first.headline.trim().length > 0 && first.body.trim().length > 0 && titleLine.includes(first.headline));
      const again = extractArticle(sourceOf(`${first.headline}\n\n${first.body}\n`));
      assert.equal(again.body, first.body);
    }),
    { numRuns: RUNS },
  );
});
