import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/extract/blocks.ts';
import { findSource, copyrightClaim, type SourceEvidence } from '../../src/extract/findSource.ts';
import { sameOutlet } from '../../src/extract/source/sameOutlet.ts';
import { hostLabel } from '../../src/extract/source/hostLabel.ts';
import { notASiteName } from '../../src/extract/source/titleCues.ts';
import { extractArticle } from '../../src/extract/index.ts';

const prose = 'The council voted on Tuesday to extend the night bus service, after a long debate about costs and the safety of late-shift workers who rely on it.';

/** Evidence for a page given as lines (blank lines between them are added), the prose as given. */
function evidence(title: string, lines: string[], siteSegments: string[] = [], proseAt: [number, number] = [-1, -1]): SourceEvidence {
  const blocks = splitBlocks(lines.join('\n\n'));
  return { title, siteSegments, blocks, proseStart: proseAt[0], proseEnd: proseAt[1], firstParagraph: '' };
}

test('should read a parent company from a copyright line as a company, with its stem', () => {
  assert.deepEqual(copyrightClaim('© 2021 Harbour Post Holdings, Inc. All Rights Reserved | Terms of Use'), { owner: 'Harbour Post Holdings', company: true, stem: 'Harbour Post' });
  assert.deepEqual(copyrightClaim('Copyright © 2014-present Lantern Garden Supply. All rights reserved.'), { owner: 'Lantern Garden Supply', company: false, stem: 'Lantern Garden Supply' });
  assert.deepEqual(copyrightClaim('Copyright 2026 by Riverbend Broadcasting Company. All rights reserved.'), { owner: 'Riverbend Broadcasting Company', company: true, stem: 'Riverbend' });
  assert.equal(copyrightClaim('Tidewater Wire © 2025 • Tidewater Jobs • Best of the Coast')?.owner, 'Tidewater Wire');
  assert.equal(copyrightClaim('Copyright and License information'), null);
  assert.equal(copyrightClaim('© 2025 · Site by Pink Door Studio'), null);
  assert.equal(copyrightClaim('Copyright © 2025 | Made with love by Kasia'), null);
});

test('should tell one outlet under its name, its host and its initials', () => {
  assert.equal(sameOutlet('Harbour Post', 'harbourpost.com'), true);
  assert.equal(sameOutlet('Valley Morning Ledger', 'vmledger.com'), true);
  assert.equal(sameOutlet('Northwind', 'Northwind Signal'), true);
  assert.equal(sameOutlet('Kestrels', 'Kestrel'), true);
  assert.equal(sameOutlet('Move Planner', 'Assigned move coordinator'), false);
  assert.equal(hostLabel('quietfields.substack.com'), 'quietfields');
  assert.equal(hostLabel('www.tidewater.co.uk'), 'tidewater');
});

test('should refuse title tails that belong to the headline or the author', () => {
  assert.equal(notASiteName('Top 10 Picks'), 'a listicle count is part of the headline');
  assert.equal(notASiteName('by Ada Fenwick'), 'author credit ("by X"), not the site');
  assert.equal(notASiteName('The End of Work?'), 'a question or exclamation is part of the headline');
  assert.equal(notASiteName('Kayaks, Canoes, More'), 'a list ("A, B, More") is part of the headline');
  assert.equal(notASiteName('Lantern Insurance Services, Inc.'), null);
  assert.equal(notASiteName('The Harbour Post'), null);
});

test('should prefer the outlet the footer names over its parent company', () => {
  const ev = evidence('Ferry fares rise again', [
    'Ferry fares rise again', prose, prose, 'TRENDING NOW ON HARBOURPOST.COM', 'harbourpost', 'Harbour Post',
    '© 2021 HPX Holdings, Inc. All Rights Reserved | Terms of Use',
  ], [], [1, 2]);
  assert.equal(findSource(ev), 'Harbour Post');
});

test('should let self-references outvote a company copyright when the title has no site tail', () => {
  const ev = evidence('Ten habits for better sleep', [
    'Ten habits for better sleep', prose, prose, 'Sign up to the Restwell newsletter', 'Download the Restwell app',
    'Restwell is a part of', '© 2026 Calm Ventures Ltd. All rights reserved.',
  ], [], [1, 2]);
  assert.equal(findSource(ev), 'Restwell');
});

test('should keep a title site segment when only a product is described inside the story', () => {
  const ev = evidence('Best note apps | Paper Lantern', [
    'Best note apps', 'Quillpad is a leading note app for students and teachers alike.', prose, 'Paper Lantern',
  ], ['Paper Lantern'], [1, 2]);
  assert.equal(findSource(ev), 'Paper Lantern');
});

test('should name the site from an affiliate note with a lead-in clause and a staff bio', () => {
  const ev = evidence('The best trail shoes in 2026', [
    'If you buy through our links, Trailhead Weekly may earn an affiliate commission. Learn more.',
    'The best trail shoes in 2026', prose, prose,
    'Mara Quist is a senior writer at Trailhead Weekly, covering gear and long-distance routes.',
  ], [], [2, 3]);
  assert.equal(findSource(ev), 'Trailhead Weekly');
});

test('should give a shared-platform blog by its address, not by its author', () => {
  const ev = evidence('On compounding - by Lena Ortiz', [
    'On compounding', prose, 'Read the earlier post at lenaortiz.substack.com/p/first and the follow-up at lenaortiz.substack.com/p/second.',
    '© 2026 Lena Ortiz · Privacy ∙ Terms ∙ Collection notice',
  ], ['by Lena Ortiz'], [1, 2]);
  assert.equal(findSource(ev), 'lenaortiz.substack.com');
});

test('should join a leading title segment to a copyright owner that agrees with it', () => {
  const ev = evidence('Northwind Signal #22 – Will Robots Vote?', ['Northwind Signal #22 – Will Robots Vote?', prose, '© 2025 Northwind.'], ['Will Robots Vote?'], [1, 1]);
  assert.equal(findSource(ev), 'Northwind Signal');
});

test('should fall back to a wire credit only when nothing names the outlet', () => {
  const ev = { ...evidence('Quake hits coast', ['Quake hits coast', prose], [], [1, 1]), firstParagraph: 'LIMA (Reuters) - A strong quake struck…' };
  assert.equal(findSource(ev), 'Reuters');
  const named = { ...evidence('Quake hits coast', ['Quake hits coast', prose, 'More from Andes Daily'], [], [1, 1]), firstParagraph: 'LIMA (Reuters) - A strong quake struck…' };
  assert.equal(findSource(named), 'Andes Daily');
});

test('should not take a photo credit, a theme credit or a menu link as the outlet', () => {
  const ev = evidence('Spring planting guide', [
    'Spring planting guide', 'Image credit: © Stockpix.com/JaneRowe', prose, 'Support Center', 'Download Center',
    '© 2025 · Glam Theme on Genesis Framework',
  ], [], [2, 2]);
  assert.equal(findSource(ev), null);
});

test('should extract the outlet from a whole invented page with a listicle title tail', () => {
  const text = [
    'Best Apps to Learn Welsh in 2025 – Top 7 Picks', '',
    'Best Apps to Learn Welsh in 2025', '', prose, '',
    'We at Cymraeg Corner test every app for a month before we write about it.', '', prose, '',
    'About Cymraeg Corner', '', 'Copyright © 2025 Cymraeg Corner Ltd. All rights reserved.',
  ].join('\n');
  const r = extractArticle({ file: 'x.txt', text, frontMatter: {}, format: 'text', warnings: [], hash: 'x' });
  assert.equal(r.source, 'Cymraeg Corner');
});

test('should name the site from an author box saying who founded it', () => {
  const ev = evidence('Best kanban tools [Free & Paid]', [
    'Best kanban tools [Free & Paid]', prose, 'Try it at taskpile.io today.', prose,
    'Rosa Imre is a product designer with twelve years of experience. She founded Slatework, a studio that builds email templates, in 2013.',
    'Slatework Experts',
  ], [], [1, 3]);
  assert.equal(findSource(ev), 'Slatework');
  // "launched" names a product the story covers, not the site.
  const launched = evidence('New builder', ['New builder', 'In May, Corvid launched Corvid Studio, its new site builder.', prose], [], [1, 2]);
  assert.equal(findSource(launched), null);
});

test('should name a blog from its "X Blog" masthead line outside the story', () => {
  const ev = evidence('Home gym ideas on a budget', ['Larkspur Strength Blog', 'Home gym ideas on a budget', prose, prose, 'Larkspur Strength Studio'], [], [1, 3]);
  assert.equal(findSource(ev), 'Larkspur Strength');
  // The same words inside the story name nothing; a section's blog line does not beat the title's site.
  const inStory = evidence('Home gym ideas', ['Home gym ideas', 'Larkspur Strength Blog', prose], [], [1, 2]);
  assert.equal(findSource(inStory), null);
  const section = evidence('How to write the essay | Harbour Prep', ['Admissions Blog', 'How to write the essay', prose], ['Harbour Prep'], [1, 2]);
  assert.equal(findSource(section), 'Harbour Prep');
  // A section's blog line alone names nothing: the page writes "admissions" in lower case.
  assert.equal(findSource(evidence('How to write the essay', ['Admissions Blog', 'How to write the essay', 'Our admissions advice, updated.', prose], [], [2, 3])), null);
  // The site's own host is no lower-case use of its name.
  assert.equal(findSource(evidence('Tracking runs', ['Larkspur Blog', 'Tracking runs', 'Sign in at larkspur.ai to start.', prose], [], [2, 3])), 'Larkspur');
});

test('should take a short title segment the split left alone when the page names it again', () => {
  const title = 'How to Oil a Teak Table | Brindle Barn Antiques - Brindle Barn Antiques Mall in Fort Collins CO';
  const ev = evidence(title, [
    'How to Oil a Teak Table', 'In this guide, the experts at Brindle Barn Antiques show the steps we use on our own stock.', prose,
    'Brindle Barn Antiques has dealers who sell oils and waxes.', prose,
  ], [], [1, 4]);
  assert.equal(findSource(ev), 'Brindle Barn Antiques');
  // Named by the title alone, or a headline part ("A Beginner's Guide", "tips and tricks"): no outlet.
  assert.equal(findSource(evidence(title, ['How to Oil a Teak Table', prose], [], [1, 1])), null);
  assert.equal(findSource(evidence('Zero Waste - A Beginner’s Guide - tips and tricks', ['Zero Waste', prose, 'A Beginner’s Guide'], [], [1, 1])), null);
});

test('should name the site from the first crumb of a breadcrumb trail, not from a menu row', () => {
  const ev = evidence('Hire movers from the 21 best moving companies', [
    'Hire movers from the 21 best moving companies', prose, prose, 'Baylight / Best of the Bay / Best Movers in the Bay Area',
  ], [], [1, 2]);
  assert.equal(findSource(ev), 'Baylight');
  // A trail from "Home", or a menu row (its last item is no page title): no outlet.
  assert.equal(findSource(evidence('Movers', ['Movers', prose, 'Home » Guides » Best Movers in the Bay Area'], [], [1, 1])), null);
  assert.equal(findSource(evidence('Movers', ['Movers', prose, 'About / Advertise / Tip Us / Contact'], [], [1, 1])), null);
  // A section leading the trail: the page writes its word in lower case too.
  const section = evidence('Late winner', ['Sport / Football / Harbour beat Rovers with a late winner', 'Late winner', 'The best sport of the weekend came late.', prose], [], [2, 3]);
  assert.equal(findSource(section), null);
});

test('should name a company blog from its call to action, even inside the story', () => {
  const ev = evidence('Short-form video best practices', [
    'Short-form video best practices', prose,
    'Ready to turn video into a growth engine? Partner with Quarry Films for production that builds trust.',
  ], [], [1, 2]);
  assert.equal(findSource(ev), 'Quarry Films');
  assert.equal(findSource(evidence('Payroll tips', ['Payroll tips', prose, 'Talk to Sales'], [], [1, 1])), null);
});
