import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listContentFiles } from '../../src/read/list-content-files.ts';
import { inputDigest } from '../../src/build/up-to-date.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bs-uptodate-'));
  writeFileSync(join(dir, 'a.txt'), 'Headline A\n\nBody of A.\n');
  writeFileSync(join(dir, 'b.txt'), 'Headline B\n\nBody of B.\n');
  return dir;
}

test('should take the article files as listed: one edited after the listing changes the next digest, not this one', () => {
  const dir = folder();
  const listing = listContentFiles(dir);
  const before = inputDigest(dir, listing, DEFAULT_CONFIG, '/out');
  // Edited while a build runs: the digest the build remembers is still that of what it listed...
  writeFileSync(join(dir, 'a.txt'), 'Headline A\n\nBody of A, edited.\n');
  utimesSync(join(dir, 'a.txt'), new Date(2030, 0, 1), new Date(2030, 0, 1));
  assert.equal(inputDigest(dir, listing, DEFAULT_CONFIG, '/out'), before);
  // ...so the next build, which lists the folder again, does not take the site as up to date.
  assert.notEqual(inputDigest(dir, listContentFiles(dir), DEFAULT_CONFIG, '/out'), before);
});

test('should read the settings files afresh: the URL ledger a build writes is in its digest', () => {
  const dir = folder();
  const listing = listContentFiles(dir);
  const before = inputDigest(dir, listing, DEFAULT_CONFIG, '/out');
  writeFileSync(join(dir, '.broadsheet-urls.json'), '{}\n');
  assert.notEqual(inputDigest(dir, listing, DEFAULT_CONFIG, '/out'), before);
});

test('should give the same digest for the same folder, and another for another output folder or configuration', () => {
  const dir = folder();
  const a = inputDigest(dir, listContentFiles(dir), DEFAULT_CONFIG, '/out');
  assert.equal(inputDigest(dir, listContentFiles(dir), DEFAULT_CONFIG, '/out'), a);
  assert.notEqual(inputDigest(dir, listContentFiles(dir), DEFAULT_CONFIG, '/elsewhere'), a);
  assert.notEqual(inputDigest(dir, listContentFiles(dir), { ...DEFAULT_CONFIG, title: 'Another' }, '/out'), a);
});
