import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/broadsheet.js', ...args], { encoding: 'utf8' });
const SEED_A = 'content/000_a4bf3128148b1bfc.txt';
const SEED_B = 'content/001_658d48cb4717a895.txt';

test('should print one JSON record per input file', () => {
  const r = run('extract', SEED_A, SEED_B);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].headline, 'North Korea supplied Russia with missiles for Ukraine attacks: US');
  assert.equal(lines[0].url, '/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/');
  assert.equal(lines[1].headline, 'North Korean Connection Confirmed in Ukraine War');
});

test('should write DIR/<name>.json with --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-cli-'));
  const f = join(dir, 'a.tail.txt');
  writeFileSync(f, 'A headline for the test\n\nA paragraph of article text that says something, long enough to be kept as the body.\n');
  const r = run('extract', '--out', join(dir, 'out'), SEED_A, f);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['000_a4bf3128148b1bfc.json', 'a.tail.json']);
  const rec = JSON.parse(readFileSync(join(dir, 'out', '000_a4bf3128148b1bfc.json'), 'utf8'));
  assert.equal(rec.source, 'INQUIRER.net');
  assert.equal(rec.date, '2024-01-05T03:07');
});

test('should name a missing file on one line and exit 1', () => {
  const r = run('extract', 'no/such/file.txt');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'broadsheet: no/such/file.txt: no such file\n');
});

test('should exit 2 with a one-line error on an unknown option', () => {
  const r = run('build', '--colour');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^broadsheet: Unknown option '--colour'\nRun "broadsheet help" for usage\.\n$/);
  assert.ok(!r.stderr.includes('    at '), 'no stack trace');
});

test('should exit 2 on an unknown command', () => {
  const r = run('publish');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "publish"/);
});

test('should explain every removed line with its rule', () => {
  const r = run('explain', SEED_A);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^headline +North Korea supplied Russia with missiles for Ukraine attacks: US$/m);
  assert.match(r.stdout, /REMOVED \(\d+ lines\)/);
  assert.match(r.stdout, /- Article continues after this advertisement\n +why: \S/);
});

test('should write the linked archive with stories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-arch-'));
  const out = join(dir, 'archive.json');
  const r = run('archive', '--content', 'content', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const archive = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(archive.articles.length, 2);
  assert.equal(archive.articles[0].story, archive.articles[1].story, 'the two seeds are one story');
  assert.equal(archive.stories.length, 1);
});
