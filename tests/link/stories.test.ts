import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkStories, type StoryInput } from '../../src/link/stories.ts';
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { attachFragments } from '../../src/link/stories/attachFragments.ts';
import { PairIndex } from '../../src/link/stories/pairIndex.ts';
import { articleTerms, storyTerms, termStrings } from '../../src/link/stories/storyTerms.ts';
import { storyVectors } from '../../src/link/stories/storyVectors.ts';
import { ALL_CAPS, CAP, INITIAL, NUM, TokenBuffer } from '../../src/link/stories/tokenBuffer.ts';
import { WordTable } from '../../src/link/stories/wordTable.ts';
import { SEED_A_PARAGRAPHS, SEED_B_PARAGRAPHS } from '../fixtures/seed-paragraphs.ts';

// The project's two seed articles (content/000_…, content/001_…): one story, two outlets, one day apart.
const SEED_A_BODY = SEED_A_PARAGRAPHS.join('\n\n');

const SEED_B_BODY = SEED_B_PARAGRAPHS.join('\n\n');

const seedA: StoryInput = {
  id: 'a4bf3128148b1bfc',
  headline: 'North Korea supplied Russia with missiles for Ukraine attacks: US',
  body: SEED_A_BODY,
  date: '2024-01-05T03:07',
  source: 'INQUIRER.net',
};
const seedB: StoryInput = {
  id: '658d48cb4717a895',
  headline: 'North Korean Connection Confirmed in Ukraine War',
  body: SEED_B_BODY,
  date: '2024-01-04',
  source: null,
};

// Two look-alike stories: the same kind of event (an earthquake), different places, people and numbers.
const quakeA: StoryInput = {
  id: 'quake-a',
  headline: 'Magnitude 6.4 earthquake strikes southern Peru, killing 12',
  body: [
    'A magnitude 6.4 earthquake struck near the city of Arequipa in southern Peru on Tuesday, killing at least 12 people and injuring dozens, officials said.',
    'The quake collapsed adobe homes in the towns of Chivay and Yanque, where rescue teams searched the rubble through the night.',
    '“We have lost everything,” said Rosa Quispe, a farmer in Chivay, standing outside her destroyed house.',
    'President Dina Boluarte declared a state of emergency in the Caylloma province and sent the army to deliver tents and water.',
    'The US Geological Survey said the earthquake was centred 25 km below the surface.',
  ].join('\n\n'),
  date: '2024-03-12',
  source: 'Andes Daily',
};
const quakeB: StoryInput = {
  id: 'quake-b',
  headline: 'Strong earthquake hits Sumatra; 7 dead as buildings collapse',
  body: [
    'A magnitude 5.9 earthquake shook western Sumatra in Indonesia on Thursday, killing seven people and damaging hundreds of buildings, the disaster agency said.',
    'The quake toppled a mosque and a market in the town of Padang Panjang, and rescue teams pulled survivors from the rubble.',
    '“The shaking lasted almost a minute,” said Budi Santoso, a teacher in Bukittinggi, whose school lost its roof.',
    'Governor Mahyeldi Ansharullah said tents, food and water were being sent to the worst-hit villages near Mount Marapi.',
    'The Meteorology and Geophysics Agency said the earthquake was centred 10 km below the surface and warned of aftershocks.',
  ].join('\n\n'),
  date: '2024-03-14',
  source: 'Island Post',
};

const unrelated: StoryInput = {
  id: 'budget-vote',
  headline: 'Parliament passes the 2024 budget after a late-night session',
  body: [
    'Lawmakers approved the national budget early on Friday after a fourteen-hour debate over farm subsidies and school funding.',
    'Finance Minister Clara Ruiz said the spending plan would cut the deficit to 2.1 percent of output by next year.',
    'Opposition parties voted against the bill, saying it did too little for pensioners.',
  ].join('\n\n'),
  date: '2024-01-05',
  source: 'Capital Herald',
};

// Second reports of each earthquake, and two one-sentence wire snippets.
const quakeA2: StoryInput = {
  id: 'quake-a2',
  headline: 'Peru quake death toll rises as Chivay counts its losses',
  body: [
    'Rescuers in southern Peru pulled two more bodies from collapsed adobe homes in Chivay on Wednesday, a day after a magnitude 6.4 earthquake shook the Colca valley.',
    'Officials in Arequipa said 12 people had died and more than 60 were injured in Chivay, Yanque and nearby villages of the Caylloma province.',
    'President Dina Boluarte flew to the area and promised to rebuild the damaged schools and the church of Yanque.',
    'Aftershocks kept families sleeping outdoors in tents handed out by the army.',
  ].join('\n\n'),
  date: '2024-03-13',
  source: 'Lima Post',
};
const quakeB2: StoryInput = {
  id: 'quake-b2',
  headline: 'Sumatra earthquake: survivors sleep outside in Padang Panjang',
  body: [
    'Thousands of people in western Sumatra spent a second night outdoors after Thursday’s magnitude 5.9 earthquake killed seven people in Padang Panjang and Bukittinggi.',
    'Governor Mahyeldi Ansharullah visited the collapsed market and said the province would pay to rebuild the mosque.',
    'Indonesia’s disaster agency counted more than 300 damaged buildings near Mount Marapi.',
  ].join('\n\n'),
  date: '2024-03-15',
  source: 'Jakarta Courier',
};
// ECB-style snippets: the whole text is one sentence, given as the headline.
const snippetA: StoryInput = { id: 'snippet-a', headline: 'Dina Boluarte sent the army to Caylloma.', body: '', date: '2024-03-12', source: 'Wire' };
const snippetVague: StoryInput = {
  id: 'snippet-vague',
  headline: 'An earthquake killed several people and collapsed buildings, officials said.',
  body: '',
  date: '2024-03-14',
  source: 'Wire',
};

const groupOf = (groups: { id: string; articles: string[] }[], id: string) => groups.find((g) => g.articles.includes(id));

describe('linkStories', () => {
  it('should put the two seed articles in one story named after the earlier one', () => {
    const groups = linkStories([seedA, seedB]);
    assert.deepEqual(groups, [{ id: '658d48cb4717a895', articles: ['658d48cb4717a895', 'a4bf3128148b1bfc'] }]);
  });

  it('should keep the seed story together among unrelated articles', () => {
    const groups = linkStories([seedA, unrelated, quakeA, seedB, quakeB]);
    assert.deepEqual(groupOf(groups, 'a4bf3128148b1bfc'), { id: '658d48cb4717a895', articles: ['658d48cb4717a895', 'a4bf3128148b1bfc'] });
    assert.deepEqual(groupOf(groups, 'budget-vote'), { id: 'budget-vote', articles: ['budget-vote'] });
  });

  it('should not link two different earthquakes', () => {
    const groups = linkStories([quakeA, quakeB, seedA, seedB, unrelated]);
    assert.deepEqual(groupOf(groups, 'quake-a'), { id: 'quake-a', articles: ['quake-a'] });
    assert.deepEqual(groupOf(groups, 'quake-b'), { id: 'quake-b', articles: ['quake-b'] });
  });

  it('should not link articles far apart in date, even with the same text', () => {
    const later: StoryInput = { ...seedB, id: 'same-text-a-year-later', date: '2025-01-04' };
    const groups = linkStories([seedA, seedB, later]);
    assert.deepEqual(groupOf(groups, 'same-text-a-year-later'), { id: 'same-text-a-year-later', articles: ['same-text-a-year-later'] });
    assert.deepEqual(groupOf(groups, 'a4bf3128148b1bfc'), { id: '658d48cb4717a895', articles: ['658d48cb4717a895', 'a4bf3128148b1bfc'] });
  });

  it('should not let a chain of links stretch one story beyond the date window', () => {
    // day 0 ~ day 10 ~ day 20: each step is inside the 14-day window, the whole chain is not
    const chain = ['2024-01-01', '2024-01-11', '2024-01-21'].map((date, k) => ({ ...seedB, id: `chain-${k}`, date }));
    const groups = linkStories(chain);
    assert.deepEqual(groups, [
      { id: 'chain-0', articles: ['chain-0', 'chain-1'] },
      { id: 'chain-2', articles: ['chain-2'] },
    ]);
  });

  it('should link undated copies of a story (the date window needs both dates)', () => {
    const undated: StoryInput = { ...seedA, id: 'undated-copy', date: null };
    const groups = linkStories([seedA, seedB, undated]);
    assert.deepEqual(groups, [{ id: '658d48cb4717a895', articles: ['658d48cb4717a895', 'a4bf3128148b1bfc', 'undated-copy'] }]);
  });

  it('should keep a story id when an unrelated article is added', () => {
    const before = groupOf(linkStories([seedA, seedB, quakeA]), 'a4bf3128148b1bfc');
    const after = groupOf(linkStories([seedA, seedB, quakeA, unrelated]), 'a4bf3128148b1bfc');
    assert.equal(before?.id, '658d48cb4717a895');
    assert.equal(after?.id, '658d48cb4717a895');
  });

  it('should give the same groups whatever the input order', () => {
    const all = [seedA, seedB, quakeA, quakeB, unrelated];
    const expected = linkStories(all);
    assert.deepEqual(linkStories([...all].reverse()), expected);
    assert.deepEqual(linkStories([quakeB, seedB, unrelated, seedA, quakeA]), expected);
    assert.equal(expected.length, 4);
  });

  it('should place every article in exactly one group', () => {
    const groups = linkStories([seedA, seedB, quakeA, quakeB, unrelated]);
    assert.deepEqual(groups.flatMap((g) => g.articles).sort(), ['658d48cb4717a895', 'a4bf3128148b1bfc', 'budget-vote', 'quake-a', 'quake-b']);
  });

  it('should let a one-sentence snippet join the fuller reports of its story', () => {
    const groups = linkStories([quakeA, quakeA2, quakeB, quakeB2, snippetA]);
    assert.deepEqual(groups, [
      { id: 'quake-a', articles: ['quake-a', 'snippet-a', 'quake-a2'] },
      { id: 'quake-b', articles: ['quake-b', 'quake-b2'] },
    ]);
  });

  it('should keep two look-alike earthquakes apart, and a snippet that fits both out of either', () => {
    const groups = linkStories([quakeA, quakeA2, quakeB, quakeB2, snippetVague]);
    assert.deepEqual(groups, [
      { id: 'quake-a', articles: ['quake-a', 'quake-a2'] },
      { id: 'quake-b', articles: ['quake-b', 'quake-b2'] },
      { id: 'snippet-vague', articles: ['snippet-vague'] },
    ]);
  });

  it('should give the same groups from cached, serialised terms', () => {
    const all = [quakeA, quakeA2, quakeB, quakeB2, snippetA];
    // the cache a build could keep: JSON per article, typed arrays as plain arrays
    const cache = new Map(all.map((x) => {
      const t = articleTerms(x);
      return [x.id, JSON.stringify({ words: t.words, refs: [...t.refs], weights: [...t.weights] })];
    }));
    let reads = 0;
    const termsOf = (x: StoryInput) => {
      reads++;
      const j = JSON.parse(cache.get(x.id)!) as { words: string[]; refs: number[]; weights: number[] };
      return { words: j.words, refs: Int32Array.from(j.refs), weights: Float64Array.from(j.weights) };
    };
    assert.deepEqual(linkStories(all, {}, { termsOf }), linkStories(all));
    assert.equal(reads, 5);
  });

  it('should return no groups for no articles', () => {
    assert.deepEqual(linkStories([]), []);
  });
});

describe('attachFragments', () => {
  // items 0,1 are one story and 2,3 another (cosine 0.5 within each); item 4 is a lone article
  const stories = [
    { a: 0, b: 1, sim: 0.5 },
    { a: 2, b: 3, sim: 0.5 },
  ];
  const labels = [0, 0, 2, 2, 4];
  // maxSize 1: only the lone article is a fragment (the two stories of two would be, at the default 3)
  const opts = { maxSize: 1, floor: 0.1, margin: 1.3 };

  it('should move a lone article into the story whose centroid it clearly matches', () => {
    // centroid cosine with {0,1}: 0.6 / √3 = 0.346; with {2,3}: 0.1 / √3 = 0.058
    const pairs = [...stories, { a: 0, b: 4, sim: 0.3 }, { a: 1, b: 4, sim: 0.3 }, { a: 2, b: 4, sim: 0.1 }];
    assert.deepEqual(attachFragments(5, pairs, labels, opts), [0, 0, 2, 2, 0]);
  });

  it('should leave a lone article that matches two stories equally where it is', () => {
    const pairs = [...stories, { a: 0, b: 4, sim: 0.3 }, { a: 1, b: 4, sim: 0.3 }, { a: 2, b: 4, sim: 0.3 }, { a: 3, b: 4, sim: 0.3 }];
    assert.deepEqual(attachFragments(5, pairs, labels, opts), [0, 0, 2, 2, 4]);
  });

  it('should leave a lone article below the floor where it is', () => {
    // centroid cosine 0.1 / √3 = 0.058 < 0.1
    const pairs = [...stories, { a: 0, b: 4, sim: 0.05 }, { a: 1, b: 4, sim: 0.05 }];
    assert.deepEqual(attachFragments(5, pairs, labels, opts), [0, 0, 2, 2, 4]);
  });

  it('should not move groups larger than maxSize', () => {
    // {2,3} matches {0,1} at 1.2 / 3 = 0.4, but is not a fragment when maxSize is 1
    const pairs = [...stories, { a: 0, b: 2, sim: 0.3 }, { a: 1, b: 3, sim: 0.3 }, { a: 0, b: 3, sim: 0.3 }, { a: 1, b: 2, sim: 0.3 }];
    assert.deepEqual(attachFragments(5, pairs, labels, { ...opts, maxSize: 1 }), [0, 0, 2, 2, 4]);
    assert.deepEqual(attachFragments(5, pairs, labels, { ...opts, maxSize: 2 }), [0, 0, 0, 0, 4]);
  });

  it('should respect a veto on the merge', () => {
    const pairs = [...stories, { a: 0, b: 4, sim: 0.3 }, { a: 1, b: 4, sim: 0.3 }];
    assert.deepEqual(attachFragments(5, pairs, labels, opts, () => false), [0, 0, 2, 2, 4]);
  });
});

// The tokenizer before it became one pass over character codes: sentences split by a pattern, tokens
// matched by a pattern. The fast one must give exactly these tokens, or story groups would change.
const REF_TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
const REF_SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;
function referenceTokens(text: string, split: boolean): string[][] {
  const out: string[][] = [];
  const sentences = split ? text.split(/\n+/).map((p) => p.trim()).filter(Boolean).flatMap((p) => p.split(REF_SENTENCE_END)) : [text];
  for (const sentence of sentences) {
    const lowered = sentence.toLowerCase();
    const aligned = lowered.length === sentence.length;
    const toks: string[] = [];
    for (const m of sentence.matchAll(REF_TOKEN)) {
      let raw = m[0];
      const last = raw.charCodeAt(raw.length - 1);
      if ((last === 115 || last === 83) && raw.length > 2 && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’')) raw = raw.slice(0, -2);
      else if (last === 46) raw = raw.slice(0, -1);
      const low = aligned ? lowered.slice(m.index, m.index + raw.length) : raw.toLowerCase();
      const cap = raw[0] !== low[0];
      const allCaps = cap && raw.length >= 2 && raw === raw.toUpperCase();
      toks.push(`${low}|${cap ? 'C' : ''}${allCaps ? 'A' : ''}${toks.length === 0 ? 'I' : ''}${/[0-9]/.test(low) ? 'N' : ''}`);
    }
    if (toks.length) out.push(toks);
  }
  return out;
}

function bufferTokens(text: string, split: boolean): string[][] {
  const words = new WordTable();
  const b = new TokenBuffer();
  b.reset();
  b.text(text, words, split);
  const out: string[][] = [];
  for (let k = 0; k < b.sentences; k++) {
    const toks: string[] = [];
    for (let i = b.start[k]; i < b.start[k + 1]; i++) {
      const f = b.flag[i];
      toks.push(`${words.text[b.word[i]]}|${f & CAP ? 'C' : ''}${f & ALL_CAPS ? 'A' : ''}${f & INITIAL ? 'I' : ''}${f & NUM ? 'N' : ''}`);
    }
    out.push(toks);
  }
  return out;
}

// Letters, capitals, digits, the token joiners, sentence punctuation, quotes, Unicode spaces, and the
// awkward cases: İ (lower case is two units long), Σ (final sigma), ß, an astral capital, an emoji.
const UNITS = ['a', 'b', 'S', 's', 'X', 'é', 'Ü', '7', '0', "'", '’', '.', '-', '!', '?', '"', '“', '”', '‘', '(', ')', ' ', ' ', '\n', '\u00a0', '\u2009', 'İ', 'Σ', 'ß', '𝒜', '😀', '\ud800'];

describe('TokenBuffer', () => {
  it('should find the tokens and sentences the old patterns found, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 80 }), fc.boolean(), (text, split) => {
        assert.deepEqual(bufferTokens(text, split), referenceTokens(text, split));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('should find the same tokens and sentences in word-like text', () => {
    const pieces = ['Smith', "'s", '’s', 'U.S.', 'the', 'New', 'york', 'NASA', '8.9', '2024', 'İstanbul', 'ΟΔΟΣ', 'straße', ' ', ' ', ' ', '. ', '.” ', '? ', ') ', '\n', '\n\n', '“', '‘', '(', '-', '—', '𝒜bc'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.boolean(), (parts, split) => {
        const text = parts.join('');
        assert.deepEqual(bufferTokens(text, split), referenceTokens(text, split));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('should split sentences after a full stop and a closing quote, not before a lower-case word', () => {
    assert.deepEqual(bufferTokens('He said “no.” Then U.S. Troops left. it ended', true), [
      ['he|CI', 'said|', 'no|'],
      ['then|CI', 'u.s|CA'],
      ['troops|CI', 'left|', 'it|', 'ended|'],
    ]);
  });

  it("should drop a possessive and keep acronyms as all capitals", () => {
    assert.deepEqual(bufferTokens("NASA's rover met Kirby’s 8900 team", true), [['nasa|CAI', 'rover|', 'met|', 'kirby|C', '8900|N', 'team|']]);
  });
});

describe('articleTerms', () => {
  const a = { headline: 'Quake hits Chivay', body: 'Rescuers reached Chivay on Tuesday. “The shaking lasted almost a minute,” said Rosa Quispe.' };

  it('should give the terms storyTerms gives, in the same order', () => {
    const t = articleTerms(a);
    assert.deepEqual(termStrings(t), [...storyTerms(a).keys()]);
    assert.deepEqual(
      termStrings(t).slice(0, 8),
      ['quak', 'hit', 'b:quak hit', 'chivay', 'b:hit chivay', 'rescuer', 'reach', 'b:rescuer reach'],
    );
  });

  it('should weigh a name in the headline by the headline and name boosts', () => {
    const t = articleTerms(a);
    // "chivay": twice (headline ×2, body ×1) = count 3, name boost 2
    assert.equal(t.weights[termStrings(t).indexOf('chivay')], (1 + Math.log(3)) * 2);
    // a quote shingle ("the" is a stopword, but two of the three words carry content) counts once, boosted 1.5
    assert.equal(t.weights[termStrings(t).indexOf('q:the shak last')], 1.5);
  });

  it('should be a pure function of the article: the same result after other articles', () => {
    const before = articleTerms(a);
    articleTerms({ headline: 'Chivay chivay CHIVAY', body: 'Other words entirely. Chivay again.' });
    assert.deepEqual(articleTerms(a), before);
  });

  it('should not keep whole articles alive through the words it remembers', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    // 500 articles of 58 KB, each with one new long word (a slice of it could pin the whole text)
    const filler = 'plain words again and again. '.repeat(2000);
    for (let i = 0; i < 500; i++) articleTerms({ headline: 'x', body: `internationally${i.toString(36)}administered ${filler}` });
    gc();
    assert.equal(process.memoryUsage().heapUsed - before < 8_000_000, true);
  });
});

describe('storyVectors', () => {
  it('should keep only the terms another article shares, at unit-norm weights', () => {
    const docs = [
      { headline: 'Peru quake', body: 'Arequipa shook.' },
      { headline: 'Peru quake', body: 'Chivay shook.' },
    ].map((d) => articleTerms(d));
    const sv = storyVectors(2, (k) => docs[k], 10, 2);
    assert.deepEqual([...sv.vectors[0].ids].map(sv.term), ['peru', 'quak', 'b:peru quak', 'shook']);
    // peru, quak, b:peru quak, arequipa, shook, b:arequipa shook, then the second article's chivay, b:chivay shook
    assert.deepEqual([...sv.df], [2, 2, 2, 1, 2, 1, 1, 1]);
    // headline words count twice (1 + ln 2); IDF is ln((2 + 10) / df) squared; the norm counts every term
    const head = (1 + Math.log(2)) * Math.log(12 / 2) ** 2;
    const shared = Math.log(12 / 2) ** 2;
    const own = Math.log(12 / 1) ** 2;
    const norm = Math.sqrt(head * head + head * head + head * head + own * own + shared * shared + own * own);
    assert.deepEqual([...sv.vectors[0].weights], [head / norm, head / norm, head / norm, shared / norm]);
  });
});

describe('PairIndex', () => {
  it('should return the first value stored for a pair, across growth and clears', () => {
    const p = new PairIndex(2);
    for (let i = 0; i < 1000; i++) assert.equal(p.getOrSet(i, i * 7, i), -1);
    assert.equal(p.getOrSet(500, 3500, 9), 500);
    assert.equal(p.getOrSet(3500, 500, 9), -1);
    p.clear();
    assert.equal(p.getOrSet(500, 3500, 4), -1);
    assert.equal(p.size, 1);
  });
});
