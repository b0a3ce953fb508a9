import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TOKEN_SPEC, PLAIN_TOKEN_SPEC, isPlainText, tokenize } from '../../src/extract/quotes/tokens.ts';

/** The spans tokenize cuts, with a word and the full stop split off it joined again (one regex match). */
function spans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let prevWord = false;
  for (const t of tokenize(text, new Map())) {
    // A word's regex match takes a full stop right after it.
    if (t.text === '.' && t.kind === 'punct' && prevWord && out[out.length - 1][1] === t.start) out[out.length - 1][1] = t.end;
    else out.push([t.start, t.end]);
    prevWord = t.kind === 'word' && !t.text.endsWith('.');
  }
  return out;
}

function specSpans(text: string, spec: RegExp): [number, number][] {
  return [...text.matchAll(new RegExp(spec.source, spec.flags))].map((m) => [m.index, m.index + m[0].length]);
}

const CHARS = [...'aAzZ09éÉßİǅ.,\'’“”"«»-–—…:;!?() \u00a0\u2009\u3000\tЖжΣ中ا\u0301٣€&\u0001', '𝐀', '😀', '𐐀', '\ud800', '\udc00'];

test('should cut any text into the matches of its specification regex', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      assert.deepEqual(spans(text), specSpans(text, isPlainText(text) ? PLAIN_TOKEN_SPEC : TOKEN_SPEC));
    }),
    { numRuns: 20000 },
  );
});

test('should read a surrogate pair as one letter and split a sentence-final full stop off a word', () => {
  const tokens = tokenize('𝐀bc said Émile.', new Map());
  assert.deepEqual(tokens.map((t) => [t.text, t.kind, t.start, t.end, t.cap]), [
    ['𝐀bc', 'word', 0, 4, false],
    ['said', 'word', 5, 9, false],
    ['Émile', 'word', 10, 15, true],
    ['.', 'punct', 15, 16, false],
  ]);
});
