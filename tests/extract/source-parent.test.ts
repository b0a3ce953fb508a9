import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { explainSource, findSource, type SourceEvidence } from '../../src/extract/findSource.ts';

const prose = 'Shooting a product video takes three stages, and most of the budget goes to the second one, where the crew works on set for a day or two.';

function evidence(title: string, siteSegments: string[], lines: string[], proseAt: [number, number]): SourceEvidence {
  return { title, siteSegments, blocks: splitBlocks(lines.join('\n\n')), proseStart: proseAt[0], proseEnd: proseAt[1], firstParagraph: '' };
}

test('should name the brand the title names over a parent company with its own furniture', () => {
  const ev = evidence('Video Production Process: A Guide - ReelKit', ['ReelKit'], [
    'Video Production Process: A Guide', prose, 'Streamline your work with ReelKit AI.', prose, 'Try ReelKit free',
    'Vantor for Small Business', 'Vantor for Enterprise', 'More from Vantor', 'ReelKit', 'Copyright © 2025 Vantor, Inc. All rights reserved.',
  ], [1, 3]);
  assert.equal(findSource(ev), 'ReelKit');
  assert.equal(Math.round(explainSource(ev)[0].score * 100) / 100, 3 + 0.6);
  // The parent's pool keeps its furniture cue in full and half of its company copyright.
  const parent = explainSource(ev).find((v) => v.name === 'Vantor');
  assert.ok(parent);
  assert.equal(Math.round(parent.score * 100) / 100, 2.5 + 0.5 + 0.4);
});

test('should count a company copyright in full when the title names no site or names the same outlet', () => {
  const lines = ['Ten habits for better sleep', prose, prose, 'More from Restwell', '© 2026 Restwell Media Group. All rights reserved.'];
  assert.equal(explainSource(evidence('Ten habits for better sleep', [], lines, [1, 2]))[0].score, 2.5 + 1);
  const titled = explainSource(evidence('Ten habits for better sleep | Restwell', ['Restwell'], lines, [1, 2]))[0];
  assert.equal(titled.name, 'Restwell');
  assert.equal(titled.score, 3 + 2.5 + 1);
});
