import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource } from '../../src/extract/findSource.ts';
import { tallyDomains } from '../../src/extract/source/domainCues.ts';

const tally = (lines: string[]) => tallyDomains(splitBlocks(lines.join('\n\n')), -1, -1).map((t) => [t.host, t.score]);

test('should count an e-mail address at any domain ending as the site\'s own contact', () => {
  assert.deepEqual(tally(['Have a tip? Email us at tips@harbourfund.vc']), [['harbourfund.vc', 1]]);
  assert.deepEqual(tally(['Write to hello@quietroom.studio']), [['quietroom.studio', 1]]);
  // A known ending is counted once, not once per pattern.
  assert.deepEqual(tally(['Contact press@harbourpost.com']), [['harbourpost.com', 1]]);
});

test('should not take a package scope or an unknown ending without an address for a domain', () => {
  assert.deepEqual(tally(['pnpm dlx @docs.page/cli init docs.page']), []);
  assert.deepEqual(tally(['See the notes in release.notes for details']), []);
});

test('should name a newsletter by its contact domain over a guest author\'s company', () => {
  const blocks = splitBlocks([
    'by Dana Reyes | Gridwell',
    'HFV',
    'At Gridwell, we model power demand for cities, and the numbers keep surprising us.',
    'The HFV Newsletter is a free weekly email on climate news and jobs.',
    'Have a climate event you would like us to cover? Email us at content@hfv.vc',
    '1 reply by HFV',
  ].join('\n\n'));
  const ev = { title: 'Cities will need more power than planned', siteSegments: [], blocks, proseStart: 2, proseEnd: 2, firstParagraph: '' };
  assert.equal(findSource(ev), 'HFV');
  // Without the address the guest's company is all the page says about itself.
  assert.equal(findSource({ ...ev, blocks: blocks.filter((b) => !b.text.includes('@')) }), 'Gridwell');
});
