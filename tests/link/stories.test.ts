import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkStories, type StoryInput } from '../../src/link/stories.ts';

// The project's two seed articles (content/000_…, content/001_…): one story, two outlets, one day apart.
const SEED_A_BODY = [
  "North Korea has provided Russia with ballistic missiles and missile launchers that were used in recent attacks on Ukraine, the White House said Thursday.",
  "“This is a significant and concerning escalation,” National Security Council spokesman John Kirby told reporters in a briefing.",
  "Russian forces launched at least one of the North Korean-supplied missiles on December 30, which landed in an open field in the Zaporizhzhia region, Kirby said.",
  "Moscow’s forces then fired “multiple” ballistic missiles into Ukraine as part of a mass aerial attack on January 2, he added.",
  "The United States and its allies will now raise the matter at the UN Security Council as it represents a breach of UN sanctions against North Korea, said Kirby.",
  "Russia also intends to purchase missiles from its ally Iran, said the spokesman.",
].join('\n\n');

const SEED_B_BODY = [
  "The US has put strict sanctions in place on Russia and individuals that have helped them obtain weapons. In September, reports indicated Russia was reaching out to North Korea for help. President Joe Biden’s administration is now confirming the two nations are working together.",
  "On January 4, National Security Council spokesman John Kirby told reporters that the US has information indicating North Korea “provided Russia with ballistic missile launchers and several ballistic missiles.” He went on to say that the Russian military launched one of those missiles into Ukraine on December 30. They launched more missiles a few days later.",
  "Kirby explained that the first North Korean missile landed in an open field. The US was assessing the same from the second launch. He said the US believes more North Korean missiles will be used to target “civilian infrastructure and to kill innocent” civilians.",
  "It isn’t just North Korean missiles that Russia wants. The Wall Street Journal recently reported the Kremlin is moving forward with a plan to purchase ballistic missiles from Iran. Experts say those missiles would allow the military to target Ukraine’s critical infrastructure.",
  "According to reports, the Biden administration is concerned about Russia’s move to rebuild its defense capabilities while a fight is still raging about whether to provide more aid to Ukraine. There’s support for more money on both sides of the aisle, but Republicans are demanding policy changes at the border. So far, the two sides have not been able to reach an agreement, and last year, Biden’s team said money would run out to continue funding Ukraine by January 1.",
  "Kirby called the news about North Korea’s involvement in the conflict “a significant and concerning escalation.” He also said the US believes Kim Jong-un is trying to obtain surface-to-air missiles, a fighter plane, and other advanced weaponry. Like Russia, the North Korean government has created a situation where it’s isolated and in need of help. It appears the relationship could be mutually beneficial for both authoritarian regimes.",
].join('\n\n');

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
