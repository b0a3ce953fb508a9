import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles } from '../../src/build/extract-files.ts';

const PROMO = 'Our newsroom brings you the stories that matter in the valley every single day of the week.';
const TOPICS = ['bridge repairs', 'school budget', 'river festival', 'bus routes', 'library hours'];

test('should remove a line an outlet repeats in its articles, with the reason', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bs-tpl-'));
  TOPICS.forEach((topic, i) => {
    writeFileSync(join(root, `a${i}.txt`), [
      `Council votes on ${topic} | Valley Gazette`, `Council votes on ${topic}`,
      `The town council voted on Tuesday to approve new spending on ${topic}, after a debate that lasted most of the evening and drew a large crowd of residents.`,
      `Members said the decision on ${topic} would be reviewed next spring, when the council sets its budget for the following year and hears from the public again.`,
      PROMO,
      `Supporters of the plan for ${topic} said they were pleased with the outcome, while opponents said they would keep raising their concerns at future meetings.`,
      '© 2024 Valley Gazette. All rights reserved.',
    ].join('\n\n') + '\n');
  });
  const result = await extractFiles(root, TOPICS.map((_, i) => `a${i}.txt`));
  assert.equal(result.extracted.length, 5);
  for (const e of result.extracted) {
    assert.equal(e.record.source, 'Valley Gazette');
    assert.ok(!e.record.body.includes(PROMO), `${e.record.file}: promo line left in the body`);
    assert.ok(e.record.body.includes('The town council voted on Tuesday'));
  }
  // The page classifier alone keeps this line (it reads as prose); the archive shows it is template.
  assert.equal(result.templated, 5);
  const reasons = result.extracted.flatMap((e) => e.record.removed.filter((r) => r.text === PROMO).map((r) => r.reason));
  assert.deepEqual(reasons, Array(5).fill('repeated across articles of this outlet'));
});
