import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { articleTerms, type ArticleTerms } from '../../src/link/stories/storyTerms.ts';
import { findSorted, storyVectors, type PackedTerms, type StoryVectors } from '../../src/link/stories/storyVectors.ts';
import { referenceStoryVectors } from './helpers/reference-story-vectors.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });

const POOL = ['kim', 'missil', 'kharkiv', '24', 'north', 'korea', 'zelensky', 'café', 'zürich', 'b', 'a', 'ä', '東京', 'z'];

/** Terms as articleTerms makes them (distinct words; each term once) or, with `repeat`, with a term twice. */
const termsArb = (repeat: boolean): fc.Arbitrary<ArticleTerms> =>
  fc
    .record({
      words: fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: POOL.length }),
      picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(1, 2, 3)), { minLength: 1, maxLength: 30 }),
      weights: fc.array(fc.constantFrom(1, 1.5, 2, 1 + Math.log(2), 3 * (1 + Math.log(3))), { minLength: 30, maxLength: 30 }),
    })
    .map(({ words, picks, weights }) => {
      const n = words.length;
      const seen = new Set<string>();
      const refs: number[] = [];
      for (const [a, b, c, kind] of picks) {
        const r = [a % n, kind > 1 ? b % n : -1, kind > 2 ? c % n : -1];
        const key = r.join(',');
        if (seen.has(key) && !repeat) continue;
        seen.add(key);
        refs.push(...r);
      }
      const m = refs.length / 3;
      return { words, refs: Int32Array.from(refs), weights: Float64Array.from(weights.slice(0, m)) };
    });

/** The same terms with their words as ids into `vocabulary`. */
function packed(t: ArticleTerms, vocabulary: string[]): PackedTerms {
  return { wordIds: Int32Array.from(t.words.map((w) => findSorted(vocabulary, w))), refs: t.refs, weights: t.weights };
}

function assertSameVectors(got: StoryVectors, want: StoryVectors): void {
  assert.deepEqual([...got.df], [...want.df]);
  assert.equal(got.vectors.length, want.vectors.length);
  got.vectors.forEach((v, d) => {
    assert.deepEqual([...v.ids], [...want.vectors[d].ids]);
    // exact bits: the same sums in the same order
    assert.deepEqual([...new Uint8Array(Float64Array.from(v.weights).buffer)], [...new Uint8Array(Float64Array.from(want.vectors[d].weights).buffer)]);
  });
  for (let id = 0; id < want.df.length; id++) assert.equal(got.term(id), want.term(id));
}

describe('storyVectors', () => {
  it('should give exactly the vectors of the reference implementation on random terms', () => {
    fc.assert(
      fc.property(fc.array(termsArb(false), { minLength: 1, maxLength: 12 }), (docs) => {
        assertSameVectors(storyVectors(docs.length, (k) => docs[k], 10, 2), referenceStoryVectors(docs.length, (k) => docs[k], 10, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('should give exactly the reference vectors when one article holds the same term twice', () => {
    fc.assert(
      fc.property(fc.array(termsArb(true), { minLength: 1, maxLength: 8 }), (docs) => {
        assertSameVectors(storyVectors(docs.length, (k) => docs[k], 10, 1), referenceStoryVectors(docs.length, (k) => docs[k], 10, 1));
      }),
      { numRuns: 200 },
    );
  });

  it('should give the same vectors whether words come as strings or as vocabulary ids, mixed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(termsArb(false), fc.boolean()), { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: POOL.length }), (docs, known) => {
        // a vocabulary that holds some of the words only: the rest come as strings from fresh articles
        const vocabulary = POOL.slice(0, known).sort();
        const inVocabulary = (t: ArticleTerms) => t.words.every((w) => vocabulary.includes(w));
        const mixed = docs.map(([t, pack]) => (pack && inVocabulary(t) ? packed(t, vocabulary) : t));
        assertSameVectors(storyVectors(docs.length, (k) => mixed[k], 10, 2, { vocabulary }), referenceStoryVectors(docs.length, (k) => docs[k][0], 10, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('should give exactly the reference vectors from any order guess: right, nearly right, wrong or broken', () => {
    fc.assert(
      fc.property(
        fc.array(termsArb(false), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.constantFrom('right', 'swapped', 'reversed', 'repeated', 'outside'), fc.nat()), { minLength: 10, maxLength: 10 }),
        (docs, guesses) => {
          const want = referenceStoryVectors(docs.length, (k) => docs[k], 10, 2);
          const vocabulary = [...new Set(docs.flatMap((d) => d.words))].sort();
          const positions: Int32Array[] = [];
          storyVectors(docs.length, (k) => docs[k], 10, 2, { onSorted: (k, p) => (positions[k] = Int32Array.from(p)) });
          const withOrder = docs.map((t, k): PackedTerms => {
            const order = Uint16Array.from(positions[k]);
            const [kind, at] = guesses[k];
            const i = at % order.length;
            if (kind === 'swapped' && order.length > 1) [order[i], order[(i + 1) % order.length]] = [order[(i + 1) % order.length], order[i]];
            if (kind === 'reversed') order.reverse();
            if (kind === 'repeated' && order.length > 1) order[i] = order[(i + 1) % order.length];
            if (kind === 'outside') order[i] = order.length;
            return { ...packed(t, vocabulary), order };
          });
          assertSameVectors(storyVectors(docs.length, (k) => withOrder[k], 10, 2, { vocabulary }), want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should report the positions of each article’s terms in ascending order of id', () => {
    const docs = [articleTerms({ headline: 'Peru quake', body: 'Arequipa shook.' }), articleTerms({ headline: 'Quake in Peru', body: 'Chivay shook.' })];
    const positions: number[][] = [];
    const sv = storyVectors(2, (k) => docs[k], 10, 2, { onSorted: (k, p) => (positions[k] = [...p]) });
    // the second article's terms ("in" is a stopword: no phrase): quak, peru, chivay, shook, b:chivay shook
    // → ids 1, 0, 6, 4, 7
    assert.deepEqual(positions, [[0, 1, 2, 3, 4, 5], [1, 0, 3, 2, 4]]);
    assert.deepEqual([...sv.vectors[1].ids].map(sv.term), ['peru', 'quak', 'shook']);
  });

  it('should give the reference vectors for real articles', () => {
    const texts = [
      { headline: 'Kim’s missiles hit Kharkiv', body: 'North Korea sent 24 ballistic missiles to Russia. "We will answer," Zelensky said in Kyiv.' },
      { headline: 'Zelensky: North Korean missiles struck Kharkiv', body: 'Ukraine says 24 missiles from North Korea hit Kharkiv on Tuesday. "We will answer," he said.' },
      { headline: 'Flood in Valencia', body: 'Rain fell for nine hours in Valencia on Tuesday, and 24 roads closed.' },
    ];
    const docs = texts.map((t) => articleTerms(t));
    const want = referenceStoryVectors(docs.length, (k) => docs[k], 10, 2);
    assertSameVectors(storyVectors(docs.length, (k) => docs[k], 10, 2), want);
    const vocabulary = [...new Set(docs.flatMap((d) => d.words))].sort();
    assertSameVectors(storyVectors(docs.length, (k) => packed(docs[k], vocabulary), 10, 2, { vocabulary }), want);
    assert.equal(want.vectors[0].ids.length, 10);
  });
});

describe('findSorted', () => {
  it('should find each word of a sorted list at its index, and no other word', () => {
    const list = ['24', 'a', 'b', 'z', 'ä', 'café', '東京'].sort();
    list.forEach((w, i) => assert.equal(findSorted(list, w), i));
    assert.equal(findSorted(list, 'c'), -1);
    assert.equal(findSorted([], 'a'), -1);
  });
});
