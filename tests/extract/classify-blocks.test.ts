import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { classifyBlocks } from '../../src/extract/classifyBlocks.ts';

const P1 = 'The council approved the new budget on Tuesday after a long debate, and the mayor said the plan would fund schools, roads and the public library for the next two years.';
const P2 = 'Opponents argued that the tax increase would hurt small businesses, but supporters pointed to the growing deficit and the need for repairs that had been delayed for a decade.';
const P3 = 'The vote was seven to two, with both dissenting members saying they would bring the issue back to voters in a referendum next spring if enough signatures are collected.';
const P5 = 'Residents who spoke at the meeting were divided, with several parents praising the school funding and a group of shop owners asking for a delay until next year.';
const P6 = 'The mayor thanked both sides for a respectful debate and promised monthly public updates on how the money is being spent across every district of the city.';
const P4 = 'City staff will now prepare the detailed spending schedule, which must be published within thirty days and reviewed by an independent auditor before any money is spent.';

/** Classify a page whose first line is the headline; returns each block's text with its fate. */
function fates(lines: string[]): Array<[string, string]> {
  const blocks = splitBlocks(lines.join('\n\n'));
  const cls = classifyBlocks(blocks, { headline: 0, meta: new Map() });
  return blocks.map((b, i) => {
    const f = cls.fates[i];
    return [b.text, f.kind === 'removed' ? f.reason : f.kind];
  });
}
const kept = (lines: string[]) => fates(lines).filter(([, f]) => f === 'body').map(([t]) => t);

test('should keep the short lines a colon-ended sentence introduces as the article list', () => {
  const page = ['Budget passes', P1, P2, 'The council listed the projects that will be funded first under the new plan:',
    'Main Street Bridge', 'Northside Library', 'Harbor Road Repaving', 'Elm Park Playground', 'Privacy Policy'];
  assert.deepEqual(kept(page), [P1, P2, 'The council listed the projects that will be funded first under the new plan:',
    'Main Street Bridge', 'Northside Library', 'Harbor Road Repaving', 'Elm Park Playground']);
});

test('should keep a labelled list between paragraphs ("Projects Funded:") as the article\'s', () => {
  const page = ['Budget passes', P1, 'Projects Funded:', 'Main Street Bridge', 'Northside Library', 'Harbor Road Repaving',
    'Elm Park Playground', 'Eastside Fire Station', 'Council Members Voting Yes:', 'Ana Ruiz', 'Tom Becker', 'Lee Chang', P2, P3];
  assert.deepEqual(kept(page), [P1, 'Projects Funded:', 'Main Street Bridge', 'Northside Library', 'Harbor Road Repaving',
    'Elm Park Playground', 'Eastside Fire Station', 'Council Members Voting Yes:', 'Ana Ruiz', 'Tom Becker', 'Lee Chang', P2, P3]);
});

test('should not keep a labelled menu after the article that no paragraph follows', () => {
  const page = ['Budget passes', P1, P2, P3, 'Categories:', 'City Hall', 'Schools', 'Transport', 'Weather', 'Sports', 'Obituaries'];
  assert.deepEqual(kept(page), [P1, P2, P3]);
});

test('should not treat a colon-ended invitation to related links as a list intro', () => {
  const page = ['Budget passes', P1, P2, P3, 'Check out our related articles and resources on the city budget below:',
    'Council Elections Explained', 'How Property Taxes Work', 'Library Hours Change'];
  const f = new Map(fates(page));
  assert.equal(f.get('How Property Taxes Work'), 'after the article text (related links, comments or footer)');
});

test('should end the article at an author box (name, role, bio opening with the name)', () => {
  const page = ['Budget passes', P1, P2, P3, P4, 'Maria Lopez', 'City Hall Reporter',
    'Maria Lopez covers local government and has reported on the city council since 2015 for the paper.',
    'Related Articles'];
  const f = new Map(fates(page));
  assert.equal(f.get(P4), 'body');
  assert.equal(f.get('Maria Lopez'), 'after the article text (related links, comments or footer)');
  assert.equal(f.get('Maria Lopez covers local government and has reported on the city council since 2015 for the paper.'),
    'after the article text (related links, comments or footer)');
});

test('should keep a name-and-paragraph shape that repeats (a listicle of people), not take it for an author box', () => {
  const a = 'Jack Butcher is a conceptual artist who plays with digital scarcity and economics in his recent work.';
  const b = 'David Hockney is one of the most famous painters of the century and exhibited drawings made on an iPad.';
  const page = ['Artists to know', P1, P2, 'Jack Butcher', a, 'David Hockney', b];
  assert.deepEqual(kept(page), [P1, P2, 'Jack Butcher', a, 'David Hockney', b]);
});

test('should stop the article at teaser cards whose date stamps share one shape', () => {
  const page = ['Budget passes', P1, P2, P3,
    'Council Elections Explained', 'A guide to the candidates, the districts and the dates that matter before voting starts next month.', 'Ana Ruiz 19 Jun 2025',
    'How Property Taxes Work', 'Everything homeowners need to know about assessments, appeals and the deadlines they should keep in mind.', 'Ana Ruiz 02 Apr 2025',
    'Library Hours Change', 'The main branch will open later on weekdays and close earlier on weekends starting in the autumn.', 'Ana Ruiz 06 Nov 2024'];
  assert.deepEqual(kept(page), [P1, P2, P3, 'Council Elections Explained',
    'A guide to the candidates, the districts and the dates that matter before voting starts next month.']);
});

test('should resume the article after an inline "You May Also Like" box of short teasers', () => {
  const page = ['Budget passes', P1, P2, 'You May Also Like', 'POLITICS', 'Council Elections Explained', 'POLITICS',
    'How Property Taxes Work', P3, P4, P5, P6];
  assert.deepEqual(kept(page), [P1, P2, P3, P4, P5, P6]);
});

test('should keep a listicle\'s template subheading each time it heads a paragraph', () => {
  const page = ['Best schools', P4, 'Why We Chose This School', P1, 'Why We Chose This School', P2, 'Why We Chose This School', P3];
  assert.deepEqual(kept(page), page.slice(1));
});

test('should keep paragraphs about newsletters on a page about newsletters, and still drop the sign-up prompt', () => {
  const n = [
    'The newsletter industry has never been healthier, with more writers launching paid editions every single month.',
    'Publishers are doubling down on newsletters as their main hedge against falling search traffic and social reach.',
    'Readers unsubscribe from newsletters mostly because they receive too many of them in a single busy week.',
    'An assistant that sorts your email decides which newsletters you see first, and which ones you never open.',
  ];
  const page = ['Who reads your newsletter?', ...n, 'Sign up for our newsletter to get the latest stories delivered to your inbox.'];
  const f = new Map(fates(page));
  for (const p of n) assert.equal(f.get(p), 'body');
  assert.equal(f.get('Sign up for our newsletter to get the latest stories delivered to your inbox.'), 'newsletter or subscription prompt');
});

test('should unwrap hard-wrapped lines into one block, but never past 5,000 characters', () => {
  const wrapped = 'the council said on Tuesday that the budget would fund schools, roads,';
  assert.deepEqual(splitBlocks(`Budget\n\nThe plan, approved after a long debate that ran well into the night,\n${wrapped}\n${wrapped}`).map((b) => b.text.length), [6, 210]);
  // A data dump: 300 lines of 67 characters that each end on a comma would otherwise be one block of
  // 20,399 characters, re-tested whole at each line it absorbs.
  const lines = Array.from({ length: 300 }, (_, i) => `"line-${String(i).padStart(4, '0')}": "a value that is long enough to be unwrapped further",`);
  assert.equal(lines[0].length, 67);
  const blocks = splitBlocks(['Budget', ...lines].join('\n')).slice(1);
  // 73 lines (4,963 characters) per block: a 74th would pass 5,000.
  assert.deepEqual(blocks.map((b) => b.text.length), [4963, 4963, 4963, 4963, 543]);
  assert.equal(blocks.map((b) => b.text).join(' '), lines.join(' '), 'no line lost');
});
