import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../src/build/run-build.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';

const work = mkdtempSync(join(tmpdir(), 'bs-incr-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
const out = join(work, '_site');
const build = () => runBuild({ contentDir: content, outDir: out, stateDir: work, config: { ...DEFAULT_CONFIG } });
const first = await build();
const seedA = '2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/index.html';
const seedAMtime = statSync(join(out, seedA)).mtimeMs;

const NEW = `Kirby says North Korean missiles hit Kharkiv | Example Daily

Kirby says North Korean missiles hit Kharkiv

January 9, 2024

Washington — North Korean missiles struck the city of Kharkiv in Ukraine this week, White House national security spokesman John Kirby said on Tuesday, adding that Russia had fired more of them.

“We are watching this closely,” Kirby told reporters, saying the United States would raise the attacks with allies at the United Nations.

The strikes on Kharkiv followed the attacks in late December and early January that Kirby described last week, officials in Washington said.

© 2024 Example Daily
`;

test('should do nothing when nothing changed', async () => {
  const again = await build();
  assert.equal(again.written, 0);
  assert.equal(again.unchanged, first.pages);
  assert.deepEqual(Object.keys(again.timings), ['list', 'check']);
  assert.equal(statSync(join(out, seedA)).mtimeMs, seedAMtime);
});

test('should add one article to its page, the home page, its topic, source, feeds and search, and rewrite little else', async () => {
  writeFileSync(join(content, 'kharkiv.txt'), NEW);
  const r = await build();
  const url = '/2024/01/09/kirby-says-north-korean-missiles-hit-kharkiv/';
  assert.ok(r.writtenUrls.includes(url), r.writtenUrls.join(' '));
  assert.ok(existsSync(join(out, url, 'index.html')));
  for (const page of ['/', '/topics/john-kirby/', '/sources/example-daily/', '/2024/01/']) {
    assert.ok(r.writtenUrls.includes(page), `${page} rewritten`);
    assert.ok(readFileSync(join(out, page, 'index.html'), 'utf8').includes(url), `${page} lists it`);
  }
  assert.ok(readFileSync(join(out, 'feed.xml'), 'utf8').includes('Kirby says North Korean missiles hit Kharkiv'));
  const shards = JSON.parse(readFileSync(join(out, 'pagefind', 'shards.json'), 'utf8'));
  assert.deepEqual(Object.keys(shards), ['2024-01']);
  assert.equal(shards['2024-01'].pages, 3);
  // Pages the new article does not appear on keep their bytes.
  for (const page of ['/sources/inquirer-net/', '/sources/unknown/']) assert.ok(!r.writtenUrls.includes(page), `${page} left alone`);
  assert.equal(r.written + r.unchanged, r.pages);
  assert.equal(r.extracted, 1);
});

test('should remove the page of a deleted article', async () => {
  rmSync(join(content, 'kharkiv.txt'));
  const r = await build();
  assert.equal(r.removed > 0, true);
  assert.ok(!existsSync(join(out, '2024/01/09/kirby-says-north-korean-missiles-hit-kharkiv/index.html')));
  assert.ok(!existsSync(join(out, 'sources/example-daily/index.html')), 'a source with no article left has no page');
});
