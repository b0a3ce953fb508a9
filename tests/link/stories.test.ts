import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkStories, type StoryInput } from '../../src/link/stories.ts';
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

  it('should return no groups for no articles', () => {
    assert.deepEqual(linkStories([]), []);
  });
});
