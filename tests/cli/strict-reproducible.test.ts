/**
 * `broadsheet build` as a user runs it, from a project folder of their own: the bad-input corpus
 * built twice in child processes, from two copies written in opposite orders with different file
 * times, in time zones 24 hours apart (UTC+14 and UTC−10: at any moment two different calendar days),
 * one with --strict. The two sites must be byte-identical; --strict must turn the corpus's warnings
 * and errors into exit code 1, and leave a clean folder at 0.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeBadCorpus } from '../helpers/bad-corpus.ts';
import { brokenInternalLinks, listFiles } from '../helpers/site-files.ts';

const BIN = resolve('bin/broadsheet.js');
const work = mkdtempSync(join(tmpdir(), 'bs-repro-'));
// Note: the corpus holds a 20 MB file; never leave it behind in the temp folder.
after(() => rmSync(work, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

function build(cwd: string, tz: string, ...args: string[]): Promise<Run> {
  mkdirSync(cwd, { recursive: true });
  return new Promise((ok) => {
    const child = spawn(process.execPath, [BIN, 'build', ...args], { cwd, env: { ...process.env, TZ: tz } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

// Two copies of the corpus: sorted order, one file an hour from 2001; reverse order, from 2019.
makeBadCorpus(join(work, 'east', 'content'), { mtimeMs: Date.UTC(2001, 0, 1) });
makeBadCorpus(join(work, 'west', 'content'), { reverse: true, mtimeMs: Date.UTC(2019, 6, 1, 13, 37) });
const clean = join(work, 'clean');
mkdirSync(join(clean, 'content'), { recursive: true });
writeFileSync(join(clean, 'content', 'good.txt'), '---\ndate: 2024-05-06\n---\nCouncil opens a new swimming pool\n\nThe council opened a new public swimming pool on Monday, with a learner pool for children and lanes for early-morning swimmers, after two years of building work that ran over budget.\n\nThe mayor said the pool would be free for pupils of the town schools on weekday mornings.\n');

// The three builds run side by side: each is a separate process with its own project folder.
const [east, west, strictClean] = await Promise.all([
  build(join(work, 'east'), 'Pacific/Kiritimati', '--strict', '--content', 'content', '--out', 'site'),
  build(join(work, 'west'), 'America/Adak', '--content', 'content', '--out', 'site'),
  build(clean, 'UTC', '--strict', '--content', 'content', '--out', 'site'),
]);

test('should exit 1 with --strict when the corpus has warnings and errors, and still write the site', () => {
  assert.equal(east.code, 1, east.stderr);
  assert.match(east.stdout, /^broadsheet: \d+ articles → \d+ pages in site .*, \d+ warnings, \d+ errors$/m);
  assert.ok(east.stdout.includes('  error: empty.txt: empty file (skipped)'));
  assert.ok(east.stdout.includes('  warning: windows-1252.txt: not valid UTF-8: decoded as windows-1252 (built)'));
  assert.ok(!east.stderr.includes('    at '), 'no stack trace');
  assert.ok(existsSync(join(work, 'east', 'site', 'index.html')));
});

test('should exit 0 without --strict on the same corpus', () => {
  assert.equal(west.code, 0, west.stderr);
  assert.ok(west.stdout.includes('  error: empty.txt: empty file (skipped)'));
});

test('should exit 0 with --strict when nothing is wrong', () => {
  assert.equal(strictClean.code, 0, strictClean.stdout + strictClean.stderr);
  assert.match(strictClean.stdout, /^broadsheet: 1 articles → \d+ pages in site .*, 0 warnings, 0 errors$/m);
});

test('should write the report into the project folder it was run from, not into the site', () => {
  const saved = JSON.parse(readFileSync(join(work, 'east', '.broadsheet', 'report.json'), 'utf8'));
  assert.ok(saved.files.some((f: { file: string; status: string }) => f.file === 'empty.txt' && f.status === 'error'));
  assert.ok(!listFiles(join(work, 'east', 'site')).some((f) => f.endsWith('report.json')));
});

test('should build byte-identical sites whatever the file order, file times or time zone', () => {
  const a = join(work, 'east', 'site');
  const b = join(work, 'west', 'site');
  const files = listFiles(a);
  assert.deepEqual(listFiles(b), files);
  assert.ok(files.length > 60, `${files.length} files compared`);
  const differ = files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  assert.deepEqual(differ, []);
});

test('should give a site built from another folder its stylesheet and scripts', () => {
  assert.deepEqual(brokenInternalLinks(join(work, 'east', 'site')), []);
});
