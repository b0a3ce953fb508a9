// Author boxes and bios found from a name and the bio that opens on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findAuthorBox } from '../../src/extract/findAuthor.ts';
import { isAuthorBio } from '../../src/extract/classifyBlocks.ts';

const box = (lines: string[]) => findAuthorBox(splitBlocks(lines.join('\n\n'))).authors;

test('should take a one-word box whose bio opens on the name and speaks of a person', () => {
  assert.deepEqual(box(['Anthony', 'Anthony cofounded a board-game café in 2014, and he still runs its Friday league.']), ['Anthony']);
  assert.deepEqual(box(['Anthony', 'Anthony, a former teacher, writes about games and he tests every one of them.']), ['Anthony']);
  // No he or she: a product card, not a bio.
  assert.deepEqual(box(['Freshsales', 'Freshsales is a customer relationship tool that sales teams use to track every lead.']), []);
  // The bio must open on the whole name, then a comma or a verb.
  assert.deepEqual(box(['Anthony', 'Anthonyx cofounded a board-game café in 2014, and he still runs its Friday league.']), []);
});

test('should take the full name a bio gives under "About X"', () => {
  assert.deepEqual(box(['About Alexa', 'Alexa Amador is a writer based in Lisbon who covers food and travel for the site.']), ['Alexa Amador']);
  assert.deepEqual(box(['About Alexa', 'Alexa writes about food and travel from Lisbon, where she has lived since 2019.']), ['Alexa']);
});

test('should take a name over a bio that opens on its first name, a doctor\'s title allowed', () => {
  assert.deepEqual(box(['Priya Raman', 'Dr. Priya leads the sleep clinic at the county hospital, where she has worked for ten years.']), ['Priya Raman']);
  assert.deepEqual(box(['Priya Raman', 'Priya joined the newsroom in 2019 after she spent six years covering courts in Ohio.']), ['Priya Raman']);
  assert.deepEqual(box(['Priya Raman', 'Dr. Priyanka leads the sleep clinic at the county hospital, where she has worked for ten years.']), []);
});

test('should know an author bio by the byline author\'s first name and a bio verb', () => {
  assert.equal(isAuthorBio('Karina holds a Global MBA from a business school in Madrid and writes about markets.', 16, ['Karina Olsen']), true);
  assert.equal(isAuthorBio('Karina\tgraduated from a business school in Madrid and writes about markets for us.', 15, ['Karina Olsen']), true);
  assert.equal(isAuthorBio('Karinas hold a Global MBA from a business school in Madrid and write about markets.', 16, ['Karina Olsen']), false);
  assert.equal(isAuthorBio('Karina is here.', 3, ['Karina Olsen']), false);
});
