import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/extract/index.ts';
import type { SourceFile } from '../../src/record.ts';
import { SEED_A_PARAGRAPHS, SEED_B_PARAGRAPHS } from '../fixtures/seed-paragraphs.ts';

const content = join(dirname(fileURLToPath(import.meta.url)), '../../content');
const load = (file: string): SourceFile => ({
  file, text: readFileSync(join(content, file), 'utf8'), frontMatter: {}, format: 'text', warnings: [], hash: 'x',
});

test('should extract the INQUIRER seed exactly', () => {
  const r = extractArticle(load('000_a4bf3128148b1bfc.txt'));
  assert.equal(r.headline, 'North Korea supplied Russia with missiles for Ukraine attacks: US');
  assert.equal(r.date, '2024-01-05T03:07');
  assert.equal(r.dateSource, 'byline');
  assert.equal(r.source, 'INQUIRER.net');
  assert.equal(r.dateline, 'Washington, United States');
  assert.equal(r.author, null);
  assert.deepEqual(r.tags, ['North Korea', 'Russia-Ukraine war', 'world news']);
  assert.deepEqual(r.media, [{
    caption: 'White House national security spokesperson John Kirby answers a question during a press briefing at the White House in Washington, U.S., January 3, 2024.',
    credit: 'REUTERS/Kevin Lamarque',
  }]);
  const paragraphs = r.body.split('\n\n');
  assert.deepEqual(paragraphs, SEED_A_PARAGRAPHS);
  assert.ok(!/\n{3}/.test(r.body));
});

test('should list every boilerplate line of the INQUIRER seed in removed, with its reason', () => {
  const r = extractArticle(load('000_a4bf3128148b1bfc.txt'));
  const reason = (text: string) => r.removed.find((x) => x.text === text)?.reason;
  assert.equal(reason('Article continues after this advertisement'), 'advertisement or sponsor label');
  assert.equal(reason('READ: Russia pounds Ukraine’s two biggest cities in new wave of attacks'), 'related-article link');
  assert.equal(reason('FEATURED STORIES'), 'related-links heading');
  assert.equal(reason('Subscribe to our daily newsletter'), 'newsletter or subscription prompt');
  assert.equal(reason('Your subscription could not be saved. Please try again.'), 'newsletter or subscription prompt');
  assert.equal(reason('By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.'), 'newsletter or subscription prompt');
  assert.equal(reason('TAGS: North Korea, Russia-Ukraine war, world news'), 'tag list');
  assert.equal(reason('© Copyright 1997-2024 INQUIRER.net | All Rights Reserved'), 'copyright or legal line');
  assert.equal(reason('This is an information message'), 'cookie or consent notice');
  assert.equal(reason('We use cookies to enhance your experience. By continuing, you agree to our use of cookies. Learn more here.'), 'cookie or consent notice');
  assert.equal(reason('White House national security spokesperson John Kirby'), 'image alt text (repeats the caption)');
  for (const bad of ['READ:', 'FEATURED', 'subscription', 'newsletter', 'TAGS', 'Copyright', 'cookies', 'information message', 'REUTERS/']) {
    assert.ok(!r.body.includes(bad), `body must not contain ${bad}`);
  }
});

test('should extract the second seed with a date from the text and its year from the copyright line', () => {
  const r = extractArticle(load('001_658d48cb4717a895.txt'));
  assert.equal(r.headline, 'North Korean Connection Confirmed in Ukraine War');
  assert.equal(r.source, null);
  assert.equal(r.date, '2024-01-04');
  assert.equal(r.dateSource, 'text');
  assert.equal(r.author, null);
  assert.equal(r.dateline, null);
  assert.deepEqual(r.tags, []);
  const paragraphs = r.body.split('\n\n');
  assert.deepEqual(paragraphs, SEED_B_PARAGRAPHS);
  assert.ok(r.removed.some((x) => x.text === '( –'));
  assert.ok(r.removed.some((x) => x.text === 'Copyright 2024,'));
  assert.ok(!r.body.includes('Copyright'));
});
