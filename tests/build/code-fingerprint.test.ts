import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of the package (sources, templates, Eleventy config) in a temp folder, node_modules linked. */
function packageCopy(): string {
  const pkg = mkdtempSync(join(tmpdir(), 'bs-fingerprint-'));
  for (const f of ['src', 'templates']) cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
  for (const f of ['tsconfig.json', 'package.json', '.eleventy.js']) cpSync(join(ROOT, f), join(pkg, f));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  return pkg;
}

/** The copy's code fingerprints, taken in a fresh process (they are taken once per process). */
function fingerprints(pkg: string): Record<'search' | 'all' | 'templates', string> {
  const module = join(pkg, 'src', 'build', 'code-fingerprint.ts');
  const script = `const { codeFingerprint } = await import(${JSON.stringify(module)});
console.log(JSON.stringify({ search: codeFingerprint('search'), all: codeFingerprint('all'), templates: codeFingerprint('templates') }));`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

test('should keep the search records\' fingerprint when only page rendering or build code changes, and change it with the code that makes a search record', () => {
  const pkg = packageCopy();
  const base = fingerprints(pkg);

  // Page rendering and the build's plumbing: every page's code changes, no search record's.
  appendFileSync(join(pkg, 'src', 'render', 'site-data.ts'), '\n// edited\n');
  appendFileSync(join(pkg, 'src', 'build', 'run-build.ts'), '\n// edited\n');
  appendFileSync(join(pkg, 'templates', 'article.njk'), '\n{# edited #}\n');
  const rendering = fingerprints(pkg);
  assert.notEqual(rendering.all, base.all);
  assert.notEqual(rendering.templates, base.templates);
  assert.equal(rendering.search, base.search);

  // Each of these shapes a search record: the record's maker, its shown date, linking, extraction.
  let last = rendering.search;
  for (const file of ['postprocess/search-records.ts', 'render/format-date.ts', 'link/topics.ts', 'extract/findDate.ts', 'build/extract-one.ts']) {
    appendFileSync(join(pkg, 'src', file), '\n// edited\n');
    const now = fingerprints(pkg).search;
    assert.notEqual(now, last, `an edit of ${file} changes the search fingerprint`);
    last = now;
  }
});
