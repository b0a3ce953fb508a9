import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource, type SourceEvidence } from '../../src/extract/findSource.ts';
import { findBylineOutletCues, outletAfterName } from '../../src/extract/source/bylineOutletCues.ts';

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
