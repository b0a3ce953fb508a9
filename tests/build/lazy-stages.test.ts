import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The modules a file loads as soon as it is imported: its static `import … from` (not `import type`,
 * not `await import()`), followed through the project's own files.
 */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.ts')) return;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gm)) {
      const spec = m[1];
      walk(spec.startsWith('.') ? resolve(dirname(file), spec) : spec);
    }
  };
  walk(resolve(entry));
  return new Set([...seen].map((f) => (f.startsWith('/') ? relative(process.cwd(), f) : f)));
}

test('should load no extractor, NLP library or Eleventy when the build module is imported', () => {
  const graph = staticGraph('src/build/run-build.ts');
  assert.ok(graph.has(join('src', 'build', 'up-to-date.ts')), 'the walk follows imports');
  for (const heavy of ['compromise', 'chrono-node', '@11ty/eleventy', join('src', 'extract', 'index.ts')]) {
    assert.ok(!graph.has(heavy), `${heavy} is loaded by importing run-build`);
  }
});

test('should load the extractor only through a dynamic import when reading records from the cache', () => {
  const graph = staticGraph('src/build/extract-files.ts');
  assert.ok(graph.has(join('src', 'extract', 'version.ts')));
  for (const heavy of ['compromise', 'chrono-node', join('src', 'extract', 'index.ts'), join('src', 'build', 'extract-one.ts')]) {
    assert.ok(!graph.has(heavy), `${heavy} is loaded by importing extract-files`);
  }
  // and the walk does see the extractor where it is imported statically
  assert.ok(staticGraph('src/build/extract-one.ts').has('compromise'));
});
