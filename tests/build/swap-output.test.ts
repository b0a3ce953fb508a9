import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { prepareStaging, swapIn } from '../../src/build/swap-output.ts';

/** Waits until `done()` holds, for at most five seconds; returns whether it did. */
async function eventually(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (done()) return true;
    await sleep(50);
  }
  return done();
}

test('should put the new site in place at once and remove the old one and stale leftovers in the background', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bs-swap-'));
  try {
    const out = join(root, '_site');
    mkdirSync(join(out, 'a'), { recursive: true });
    writeFileSync(join(out, 'a', 'index.html'), 'old page');
    writeFileSync(join(out, 'gone.html'), 'old only');
    // A leftover of an earlier build whose deleter was killed.
    mkdirSync(join(root, '._site.old-99999999', 'x'), { recursive: true });
    const staging = prepareStaging(out);
    mkdirSync(join(staging, 'a'), { recursive: true });
    writeFileSync(join(staging, 'a', 'index.html'), 'new page');

    swapIn(staging, out);

    assert.equal(readFileSync(join(out, 'a', 'index.html'), 'utf8'), 'new page');
    assert.equal(existsSync(join(out, 'gone.html')), false);
    assert.equal(existsSync(staging), false);
    assert.ok(await eventually(() => readdirSync(root).length === 1), `left beside the site: ${readdirSync(root).join(', ')}`);
    assert.deepEqual(readdirSync(root), ['_site']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('should swap in a first site when there is no old one to remove', () => {
  const root = mkdtempSync(join(tmpdir(), 'bs-swap-'));
  try {
    const out = join(root, 'site');
    const staging = prepareStaging(out);
    writeFileSync(join(staging, 'index.html'), 'home');
    swapIn(staging, out);
    assert.deepEqual(readdirSync(root), ['site']);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'home');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
