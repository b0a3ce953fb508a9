import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource } from '../../src/extract/findSource.ts';
import { guessTitleSite } from '../../src/extract/source/guessTitleSite.ts';

const body = splitBlocks(['Ferry fares will rise by eight percent in April, the operator said on Monday.', 'Commuters said the service is already late too often.'].join('\n\n'));

test('should guess the site from a title end shaped like a name', () => {
  assert.equal(guessTitleSite('Ferry fares rise again - Lantern Coast Insurance Services, Inc.', body), 'Lantern Coast Insurance Services, Inc.');
  assert.equal(guessTitleSite('Solar costs fall in Korea – sv magazine International', body), 'sv magazine International');
  assert.equal(guessTitleSite('Ferry fares rise again | Harbour Post', body), 'Harbour Post');
  assert.equal(guessTitleSite('商品の改造が商標法違反に！？ | 灯台国際特許事務所', body), '灯台国際特許事務所');
  assert.equal(guessTitleSite('Wanderly | The 10 Best (and Cheapest) Ferry Routes for 2026', body), 'Wanderly');
});

test('should not guess from a subtitle, a section tail or a colon', () => {
  assert.equal(guessTitleSite('Types of Ferry Service | Full Guide to Popular Ferry Formats', body), null);
  assert.equal(guessTitleSite('Best Drip Coffee Maker - Kev\'s In-Depth Review 2026', body), null);
  assert.equal(guessTitleSite('How to Write Docs – A Beginner\'s Tutorial', body), null);
  assert.equal(guessTitleSite('Ferry fares rise again | Opinion', body), null);
  assert.equal(guessTitleSite('Mobile App: Definition, Types, Examples, And Cost', body), null);
  // "Service" is a word this page writes in lower case: a section, not a name.
  assert.equal(guessTitleSite('Ferry fares rise again | Service', body), null);
  assert.equal(guessTitleSite('Ferry fares rise again', body), null);
  // A dash after a short lead opens a subtitle, not a site name.
  assert.equal(guessTitleSite('Zero Waste - A Beginner’s Guide - tips and tricks', body), null);
});

test('should use the title guess only when no cue on the page reaches a vote', () => {
  const ev = (title: string, lines: string[]) => ({ title, siteSegments: [], blocks: splitBlocks(lines.join('\n\n')), proseStart: 0, proseEnd: 1, firstParagraph: '' });
  assert.equal(findSource(ev('Ferry fares rise again | Harbour Post', ['Ferry fares will rise.', 'Commuters are unhappy.'])), 'Harbour Post');
  // The footer's own line outvotes the guess.
  assert.equal(findSource(ev('Ferry fares rise again | Harbour Post', ['Ferry fares will rise.', 'Commuters are unhappy.', 'More from Tidewater Wire', '© 2025 Tidewater Wire. All rights reserved.'])), 'Tidewater Wire');
});
