import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.ts';

const page = (...lines: string[]) => extractArticle({ file: 'p.txt', text: lines.join('\n\n') + '\n', frontMatter: {}, format: 'text', warnings: [], hash: '' });
const PROSE = [
  'The harbour board approved the new ferry timetable on Monday after a long consultation with residents, who had asked for earlier sailings on weekdays.',
  'Under the plan the first boat will leave at six in the morning, and two extra evening crossings will run through the summer months until the end of September.',
  'Board members said the change would be reviewed after a year, once figures on passenger numbers and fuel costs were available for the whole season.',
];

test('should read an author after a date and a slash', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', 'September 29, 2025/Brian Okafor', ...PROSE);
  assert.equal(r.author, 'Brian Okafor');
});

test('should read an author writing on behalf of a group', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', 'Dec. 19, 2025 · Niko Haddad on behalf of the Timetable Working Group', ...PROSE);
  assert.equal(r.author, 'Niko Haddad');
});

test('should take a "Written by" line far below the article when there is no byline', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', ...PROSE, 'Share this post', 'Related posts', 'Harbour lights to be replaced', 'Written by Linda Moreau', '© 2025 Harbour Notes');
  assert.equal(r.author, 'Linda Moreau');
});

test('should not take "Written by" followed by an organisation as a person', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', ...PROSE, 'Written by Harbour Notes Media Group');
  assert.equal(r.author, null);
});

test('should read a date glued to the author name under the headline', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', 'Yucy3/4/2025', ...PROSE);
  assert.equal(r.date, '2025-03-04');
  assert.equal(r.dateSource, 'byline');
});

test('should find an explicit byline a few lines into the article', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', PROSE[0], 'Tweet', 'by Daniel Moreau, Senior Editor, Harbour Notes and the Coast Institute', ...PROSE.slice(1));
  assert.equal(r.author, 'Daniel Moreau');
  assert.ok(!r.body.includes('Senior Editor'), 'the byline is not body text');
});

test('should not take a bare name a few lines into the article as its author', () => {
  const r = page('New ferry timetable approved | Harbour Notes', 'New ferry timetable approved', PROSE[0], PROSE[1], 'Maria Santos', PROSE[2]);
  assert.equal(r.author, null);
});

const HEAD = ['Harbour timetable changes | Harbour Notes', 'Harbour timetable changes'];

test('should keep every name of a name-only line under the headline, including a surname that is also an abbreviation', () => {
  const r = page(...HEAD, 'Tao Ma, Ingrid Solberg, Pavel Novak & Amara Obi', 'March 3, 2025', ...PROSE);
  assert.deepEqual(r.authors, ['Tao Ma', 'Ingrid Solberg', 'Pavel Novak', 'Amara Obi']);
});

test('should read a paper author line with affiliation marks', () => {
  const r = page(...HEAD, 'Lena Brandt 1,✉, Oskar Lind 2, Mira Kovac 1,*', 'Author information', ...PROSE);
  assert.deepEqual(r.authors, ['Lena Brandt', 'Oskar Lind', 'Mira Kovac']);
});

test('should not read a glued menu line as a list of names', () => {
  const r = page(...HEAD, 'AI AssistantTickets & CallingText MarketingInbox', 'March 3, 2025', ...PROSE);
  assert.equal(r.author, null);
});

test('should take a group signature over the date as it is written', () => {
  const r = page(...HEAD, 'Quayside Team', 'March 3, 2025', ...PROSE);
  assert.equal(r.author, 'Quayside Team');
});

test('should take a one-word signature next to the date when the page uses it as a name', () => {
  const r = page(...HEAD, 'Joss', 'March 3, 2025', 'Hi, I’m Joss, and I have ridden these ferries every week for ten years.', ...PROSE);
  assert.equal(r.author, 'Joss');
});

test('should not take a one-word section label next to the date as the author', () => {
  const r = page(...HEAD, 'Ferries', 'March 3, 2025', ...PROSE, 'Ferries', 'Harbour lights to be replaced');
  assert.equal(r.author, null);
});

test('should join a name broken over two lines next to the date', () => {
  const r = page(...HEAD, 'Maria', 'Kostopoulou', 'March 3, 2025', ...PROSE);
  assert.equal(r.author, 'Maria Kostopoulou');
});

test('should read names after a section label glued to them', () => {
  const r = page(...HEAD, 'Local NewsIngrid Solberg and Pavel Novak • Updated: March 3, 2025 • 4 minutes read', ...PROSE);
  assert.deepEqual(r.authors, ['Ingrid Solberg', 'Pavel Novak']);
});

test('should read a byline whose "By" is glued to the name', () => {
  const r = page(...HEAD, 'ByTamsin Achebe', 'Published March 3, 2025', ...PROSE);
  assert.equal(r.author, 'Tamsin Achebe');
});

test('should take a news agency byline when no person signs', () => {
  const r = page(...HEAD, 'By The Associated Press', 'March 3, 2025', ...PROSE);
  assert.equal(r.author, 'The Associated Press');
});

test('should turn a surname-first byline around', () => {
  const r = page(...HEAD, 'By Okafor, Brian', 'March 3, 2025', ...PROSE);
  assert.equal(r.author, 'Brian Okafor');
});

test('should skip a peer reviewer and take the author from the box under the article', () => {
  const r = page(...HEAD, 'Peer reviewed by Dr Hal Brenner, MRCGP', ...PROSE, 'Authored by:', 'Nadia Ferreira', 'Ask, share, connect.');
  assert.equal(r.author, 'Nadia Ferreira');
});

test('should take the first "Posted by X at <date>" line after the post, not the comment signatures', () => {
  const r = page(...HEAD, ...PROSE, 'Posted by Jonah at March 3, 2025 10:15 AM', 'Comments', 'Nice work.', 'Posted by: Rhea at March 4, 2025 09:02 AM');
  assert.equal(r.author, 'Jonah');
});

test('should take a name over a job title in an author box far below the article', () => {
  const r = page(...HEAD, ...PROSE, 'Learn more about us', 'Ingrid Solberg', 'Senior Content Manager', '© 2025 Harbour Notes');
  assert.equal(r.author, 'Ingrid Solberg');
});

test('should not take a menu entry over a link as a name and job title', () => {
  const r = page(...HEAD, ...PROSE, 'Audio Book', 'Author Website', 'Book Publishing');
  assert.equal(r.author, null);
});

test('should take a one-word author box over a bio about a person, but not a product card', () => {
  const person = page(...HEAD, ...PROSE, 'Tobin', 'Website', 'Tobin cofounded the harbour podcast in 2013, and today he lives in Leith with his family.');
  assert.equal(person.author, 'Tobin');
  const product = page(...HEAD, ...PROSE, 'Ferrytix', 'Ferrytix is a ticketing app for small harbours, with offline passes and group bookings.');
  assert.equal(product.author, null);
});

test('should fall back to a person who owns the site in its copyright line', () => {
  const r = page(...HEAD, ...PROSE, 'Subscribe', '© 2026 Nicholas Ferreira · Privacy ∙ Terms');
  assert.equal(r.author, 'Nicholas Ferreira');
});

test('should not take a brand in the copyright line as the author', () => {
  const r = page(...HEAD, ...PROSE, '© 2026 Trip Canvas · Privacy ∙ Terms');
  assert.equal(r.author, null);
});

// A company blog with no person signing: the site's name in the byline slot is the author.
const SHOP = 'Choosing a tent for two | Northwind Outfitters';
const SHOP_HEAD = 'Choosing a tent for two';

test('should take the site signing an explicit byline when no person does', () => {
  const r = page(SHOP, SHOP_HEAD, 'March 3, 2025', 'By Northwind Outfitters', ...PROSE);
  assert.equal(r.author, 'Northwind Outfitters');
});

test('should take the site under a longer name in an explicit byline', () => {
  const r = page('Choosing a tent for two | Northwind', SHOP_HEAD, 'March 3, 2025', 'By Northwind Gear Labs', ...PROSE);
  assert.equal(r.author, 'Northwind Gear Labs');
});

test('should take the site name over the date under the headline, in the site spelling when shouted', () => {
  assert.equal(page(SHOP, SHOP_HEAD, 'Northwind Outfitters', 'March 3, 2025', ...PROSE).author, 'Northwind Outfitters');
  assert.equal(page(SHOP, SHOP_HEAD, 'NORTHWIND OUTFITTERS | MARCH 3, 2025', ...PROSE).author, 'Northwind Outfitters');
});

test('should not take the site name standing alone away from the byline slot', () => {
  const r = page(SHOP, 'Home', 'Northwind Outfitters', 'Shop', 'Journal', SHOP_HEAD, ...PROSE);
  assert.equal(r.author, null);
});

test('should prefer a person to the site in the byline zone', () => {
  const r = page(SHOP, SHOP_HEAD, 'By Northwind Outfitters', 'Marta Kowalczyk, Staff Writer', 'March 3, 2025', ...PROSE);
  assert.equal(r.author, 'Marta Kowalczyk');
});

test('should take a job signing after "Written by" when no name follows', () => {
  const r = page(SHOP, SHOP_HEAD, 'Updated: March 3, 2025', 'WRITTEN BY', 'Coastal Travel Editor, KLM', ...PROSE);
  assert.equal(r.author, 'Coastal Travel Editor');
});

test('should cut the outlet glued after the writer name', () => {
  const r = page('Rowing club wins the regatta | Harbour Notes', 'Rowing club wins the regatta', 'Marta Kowalczyk Harbour Notes', 'Published 2:16 AM EST Nov 20, 2019', ...PROSE);
  assert.equal(r.author, 'Marta Kowalczyk');
});

test('should prefer the byline under the headline to one in a teaser card further up', () => {
  const r = page(SHOP, 'Journal', 'Packing light for a weekend', 'by Laura Quinn', 'Shop', 'Tents', 'Stoves', 'Boots', 'Maps', SHOP_HEAD, 'Oskar Lindqvist December 18, 2025', ...PROSE);
  assert.equal(r.author, 'Oskar Lindqvist');
});

test('should take the editor an editorial note names over the site signing', () => {
  const r = page(SHOP, SHOP_HEAD, 'Written by Northwind Outfitters', 'This article was drafted with automation and fact-checked and edited by Northwind Editor Ruth Adeyemi.', ...PROSE);
  assert.equal(r.author, 'Ruth Adeyemi');
});

test('should take the name signing off a blog post, but not a salutation to readers', () => {
  assert.equal(page(SHOP, SHOP_HEAD, ...PROSE, 'xo, Marisol Vega', 'Subscribe').author, 'Marisol Vega');
  assert.equal(page(SHOP, SHOP_HEAD, ...PROSE, 'Cheers, Happy Campers', 'Subscribe').author, null);
});

test('should not take a section heading over a paragraph about a product as an author box', () => {
  const r = page(SHOP, SHOP_HEAD, ...PROSE, 'Trail Stove', 'Trail Stove is a compact burner that folds into its own pot and boils water in three minutes.');
  assert.equal(r.author, null);
});

test('should not take menu labels over a date as a name broken over two lines', () => {
  const r = page('Council votes on the budget | Harbour Notes', 'News', 'Opinions', 'Sport', 'October 9, 2018 at 4:02 pm', 'Council votes on the budget', ...PROSE);
  assert.equal(r.author, null);
});

test("should not take the site's About link as an author box", () => {
  const r = page('Choosing a tent for two | Northwind University', SHOP_HEAD, ...PROSE, 'About Northwind', 'About Northwind University', 'Mission and values');
  assert.equal(r.author, null);
});

test('should leave the paper out of a chain byline that glues it to the name, and name the paper as the source', () => {
  const r = page('New ferry timetable approved', 'New ferry timetable approved', 'Maria Lindqvist Florida Today', 'Published 2:16 AM EST Nov 20, 2019', ...PROSE,
    '© 2019 Coastal Media Company. All rights reserved.');
  assert.equal(r.author, 'Maria Lindqvist');
  assert.equal(r.source, 'Florida Today');
});
