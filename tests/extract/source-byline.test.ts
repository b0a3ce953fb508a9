import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource, type SourceEvidence } from '../../src/extract/findSource.ts';
import { findBylineOutletCues, houseByline, outletAfterName } from '../../src/extract/source/bylineOutletCues.ts';

const prose = 'The county board approved the new flood maps on Monday, which will raise insurance costs for about four hundred homes along the river.';

test('should split a byline into the reporter and the paper glued after the name', () => {
  assert.deepEqual(outletAfterName('Elena Marsh Coastal Ledger', []), { person: 'Elena Marsh', outlet: 'Coastal Ledger' });
  assert.deepEqual(outletAfterName('By Dana Reyes Harbour Post', []), { person: 'Dana Reyes', outlet: 'Harbour Post' });
  assert.deepEqual(outletAfterName('Dana Reyes HARBOUR POST', []), { person: 'Dana Reyes', outlet: 'HARBOUR POST' });
});

test('should not take a job title, a longer name, a heading or a separated affiliation for the paper', () => {
  assert.equal(outletAfterName('Emma Ryan Lead Writer', []), null);
  assert.equal(outletAfterName('Oliver Simpson Senior Research Executive', []), null);
  assert.equal(outletAfterName('Megan Leanda Berry Smith', []), null);
  assert.equal(outletAfterName('Mary Anne Van Buren', []), null);
  assert.equal(outletAfterName("Ryan Reed's Most Recent Stories", []), null);
  assert.equal(outletAfterName('SKIP TO MAIN CONTENT', []), null);
  assert.equal(outletAfterName('Dana Reyes, Clemson University', []), null);
  assert.equal(outletAfterName('Dana Reyes | The Texas Newsroom', []), null);
  // A desk: the page writes "weather" and "desk" in lower case.
  const blocks = splitBlocks('Dana Reyes Weather Desk\n\nThe weather desk said the storm would pass by noon.');
  assert.equal(outletAfterName('Dana Reyes Weather Desk', blocks), null);
});

test('should read the paper only from the line the author finder took as the byline', () => {
  const blocks = splitBlocks(['Pelicans return to the marsh', 'Elena Marsh Coastal Ledger', prose].join('\n\n'));
  assert.deepEqual(findBylineOutletCues(blocks, [1]).map((c) => [c.name, c.weight]), [['Coastal Ledger', 2.5]]);
  assert.deepEqual(findBylineOutletCues(blocks, []), []);
});

test('should name the reporter\'s paper over its chain\'s copyright', () => {
  const lines = ['Pelicans return to the marsh', 'Elena Marsh Coastal Ledger', 'Published 6:10 AM EST Nov 20, 2019', prose, '© Copyright Tidewater 2019'];
  const ev: SourceEvidence = { title: 'Pelicans return to the marsh', siteSegments: [], blocks: splitBlocks(lines.join('\n\n')), proseStart: 3, proseEnd: 3, firstParagraph: prose, bylines: [1] };
  assert.equal(findSource(ev), 'Coastal Ledger');
  // Without the byline the chain's copyright is all there is.
  assert.equal(findSource({ ...ev, bylines: [] }), 'Tidewater');
});

test('should read the house from a byline that signs as a team, a staff or a desk editor', () => {
  const house = (line: string) => houseByline(line, []);
  assert.equal(house('Quillmark Team'), 'Quillmark');
  assert.equal(house('by The Harbour Post Team'), 'Harbour Post');
  assert.equal(house('Gridline Staff'), 'Gridline');
  assert.equal(house('KVTR Travel Editor, JMR'), 'KVTR');
  assert.equal(house('KVTR TRAVEL EDITOR'), 'KVTR');
  assert.equal(house('Team Quillmark'), 'Quillmark');
});

test('should not read a job, a department, a link or a product feature as the house', () => {
  const house = (line: string) => houseByline(line, []);
  assert.equal(house('Senior Editor'), null);
  assert.equal(house('Marketing Team'), null);
  assert.equal(house('Meet The Team'), null);
  assert.equal(house('Drag-and-drop editor'), null);
  assert.equal(house('Heather LeahWeb Editor'), null);
  // A desk the page writes in lower case.
  const blocks = splitBlocks('Garden Team\n\nOur garden team picked these bulbs for spring.');
  assert.equal(houseByline('Garden Team', blocks), null);
});

test('should name the house that signs the byline over a product the title names', () => {
  const lines = ['12 Road Trips to Book for 2026', 'WRITTEN BY', 'KVTR Travel Editor, JMR', prose, 'Plan your road trip with KVTR', '© 2026 KVTR, All Rights Reserved.'];
  const ev: SourceEvidence = { title: '12 Road Trips to Book for 2026 - Route Planner', siteSegments: ['Route Planner'], blocks: splitBlocks(lines.join('\n\n')), proseStart: 3, proseEnd: 3, firstParagraph: prose, bylines: [2] };
  assert.equal(findSource(ev), 'KVTR');
  assert.equal(findSource({ ...ev, bylines: [] }), 'Route Planner');
});
