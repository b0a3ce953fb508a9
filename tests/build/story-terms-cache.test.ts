import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles } from '../../src/build/extract-files.ts';
import { linkRecords } from '../../src/build/link-records.ts';
import { RecordCache } from '../../src/build/record-cache.ts';
import { RECORD_VERSION } from '../../src/build/extract-files.ts';
import { decodeStoryTerms, encodeStoryTerms } from '../../src/build/story-terms-bytes.ts';
import { storyInputs } from '../../src/link/build-archive.ts';
import { articleTerms, termStrings } from '../../src/link/stories/storyTerms.ts';
import { listContentFiles } from '../../src/read/list-content-files.ts';

test('should give back exactly the terms it encoded', () => {
  const t = articleTerms({ headline: 'Kim’s missiles hit Kharkiv', body: 'North Korea sent 24 ballistic missiles. "We will answer," Zelensky said.', quotes: ['We will answer'] });
  const back = decodeStoryTerms(encodeStoryTerms(t));
  assert.deepEqual(back, t);
  assert.deepEqual(termStrings(back!).slice(0, 3), termStrings(t).slice(0, 3));
  assert.ok(t.weights.length > 5, `${t.weights.length} terms`);
});

test('should refuse damaged bytes instead of returning wrong terms', () => {
  const bytes = encodeStoryTerms(articleTerms({ headline: 'Flood in Valencia', body: 'Rain fell for nine hours in Valencia on Tuesday.' }));
  assert.equal(decodeStoryTerms(bytes.subarray(0, bytes.length - 1)), null);
  assert.equal(decodeStoryTerms(new Uint8Array(3)), null);
  const wrongCount = Uint8Array.from(bytes);
  wrongCount[0] += 1;
  assert.equal(decodeStoryTerms(wrongCount), null);
});

test('should cache for each seed the very terms same-story linking would compute, and link the same without them', async () => {
  const work = mkdtempSync(join(tmpdir(), 'bs-terms-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const files = listContentFiles(content).files;
  const extraction = await extractFiles(content, files, { stateDir: work });
  const linked = linkRecords(content, extraction.extracted, work);
  const cache = new RecordCache(work, RECORD_VERSION);
  const inputs = storyInputs(linked.archive.articles);
  assert.equal(inputs.length, 2);
  for (const input of inputs) {
    const file = linked.archive.articles.find((a) => a.id === input.id)!.file;
    const e = extraction.extracted.find((x) => x.record.file === file)!;
    assert.ok(e.cacheKey, 'record came with its cache entry');
    assert.deepEqual(cache.storyTerms(e.cacheKey!), articleTerms(input));
  }
  assert.deepEqual(linked.archive.stories.map((s) => s.articles.length), [2]);
  // Without the cached terms (files deleted), linking computes them and finds the same story.
  rmSync(join(work, '.cache', 'stories.json'));
  const records = join(work, '.cache', 'records');
  let damaged = 0;
  for (const f of readdirSync(records, { recursive: true }) as string[]) {
    // the terms pack (story-terms-pack.ts) repeats them: gone too
    if (f.endsWith('story-terms.pack')) rmSync(join(records, f));
    if (f.endsWith('.terms')) {
      writeFileSync(join(records, f), 'damaged');
      damaged++;
    }
  }
  assert.equal(damaged, 2);
  const again = linkRecords(content, (await extractFiles(content, files, { stateDir: work })).extracted, work);
  assert.deepEqual(again.archive.stories, linked.archive.stories);
  // Without a cache at all, the terms travel in memory.
  const plain = await extractFiles(content, files);
  assert.ok(plain.extracted.every((e) => e.storyTerms && !e.cacheKey));
  assert.deepEqual(linkRecords(content, plain.extracted).archive.stories, linked.archive.stories);
});
