import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: plain JavaScript module of the bin (no declarations)
import { compiledTree, sourceFingerprint } from '../../bin/compiled-tree.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of the package's sources in a temp folder (node_modules linked), to compile and edit freely. */
function packageCopy(): string {
  const pkg = mkdtempSync(join(tmpdir(), 'bs-tree-'));
  cpSync(join(ROOT, 'src'), join(pkg, 'src'), { recursive: true });
  for (const f of ['tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(pkg, f));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  return pkg;
}

test('should compile the sources once into dist/<fingerprint>, with the worker script beside its module', () => {
  const pkg = packageCopy();
  const tree = compiledTree(pkg);
  assert.equal(tree, join(pkg, 'dist', sourceFingerprint(pkg)));
  assert.ok(existsSync(join(tree, 'src', 'cli', 'main.js')));
  assert.ok(existsSync(join(tree, 'src', 'build', 'extract-one.js')));
  assert.ok(existsSync(join(tree, 'src', 'build', 'extract-one.bundle.js')));
  assert.equal(readFileSync(join(tree, 'src', 'build', 'extract-worker.js'), 'utf8'), readFileSync(join(pkg, 'src', 'build', 'extract-worker.js'), 'utf8'));
  // Relative imports point at the compiled .js files.
  assert.match(readFileSync(join(tree, 'src', 'extract', 'index.js'), 'utf8'), /from '\.\/blocks\.js'/);
  assert.deepEqual(readdirSync(join(pkg, 'dist')), [sourceFingerprint(pkg)]);
  // A second call takes the finished tree as it is, without compiling: with TypeScript out of reach, a
  // compile would fail and give null.
  rmSync(join(pkg, 'node_modules'));
  assert.equal(compiledTree(pkg), tree);
});

test('should never run a tree made from other sources: an edit gives a new fingerprint and a new tree', () => {
  const pkg = packageCopy();
  const before = compiledTree(pkg);
  writeFileSync(join(pkg, 'src', 'extract', 'version.ts'), `${readFileSync(join(pkg, 'src', 'extract', 'version.ts'), 'utf8')}\n// edited\n`);
  const after = compiledTree(pkg);
  assert.notEqual(after, before);
  assert.equal(after, join(pkg, 'dist', sourceFingerprint(pkg)));
  assert.match(readFileSync(join(after, 'src', 'extract', 'version.js'), 'utf8'), /\/\/ edited/);
});

test('should not use a tree without its COMPLETE mark: it is compiled again', () => {
  const pkg = packageCopy();
  const tree = join(pkg, 'dist', sourceFingerprint(pkg));
  mkdirSync(join(tree, 'src', 'cli'), { recursive: true });
  writeFileSync(join(tree, 'src', 'cli', 'main.js'), 'throw new Error("half a tree");\n');
  assert.equal(compiledTree(pkg), tree);
  assert.ok(existsSync(join(tree, 'COMPLETE')));
  assert.doesNotMatch(readFileSync(join(tree, 'src', 'cli', 'main.js'), 'utf8'), /half a tree/);
});

test('should give null (the caller falls back to tsx) when BROADSHEET_TSX=1', () => {
  process.env.BROADSHEET_TSX = '1';
  try {
    assert.equal(compiledTree(ROOT), null);
  } finally {
    delete process.env.BROADSHEET_TSX;
  }
});

test('should print the same records from the compiled tree as from the TypeScript sources', () => {
  const seeds = ['content/000_a4bf3128148b1bfc.txt', 'content/001_658d48cb4717a895.txt'];
  const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['bin/broadsheet.js', 'extract', ...seeds], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const compiled = run({});
  const sources = run({ BROADSHEET_TSX: '1' });
  assert.equal(compiled.status, 0, compiled.stderr);
  assert.equal(sources.status, 0, sources.stderr);
  assert.equal(compiled.stdout, sources.stdout);
  assert.equal(JSON.parse(compiled.stdout.split('\n')[0]).headline, 'North Korea supplied Russia with missiles for Ukraine attacks: US');
});

test('should extract the same from the extractor bundle as from the compiled modules it was made of', async () => {
  const tree = compiledTree(ROOT) as string;
  type ExtractOne = (root: string, file: string) => { file: string; hash: string; extraction: { record?: { headline: string } } };
  const bundled = (await import(pathToFileURL(join(tree, 'src', 'build', 'extract-one.bundle.js')).href)) as { extractOne: ExtractOne };
  const modules = (await import(pathToFileURL(join(tree, 'src', 'build', 'extract-one.js')).href)) as { extractOne: ExtractOne };
  assert.notEqual(bundled.extractOne, modules.extractOne);
  for (const file of ['000_a4bf3128148b1bfc.txt', '001_658d48cb4717a895.txt']) {
    const a = bundled.extractOne(join(ROOT, 'content'), file);
    assert.deepEqual(a, modules.extractOne(join(ROOT, 'content'), file));
    assert.ok(a.extraction.record?.headline);
  }
  // The bundle holds its packages' code: it imports Node's own modules only.
  const imports = [...readFileSync(join(tree, 'src', 'build', 'extract-one.bundle.js'), 'utf8').matchAll(/^import .* from ["']([^"']+)["']/gm)].map((m) => m[1]);
  assert.ok(imports.length > 0);
  assert.deepEqual(imports.filter((name) => !name.startsWith('node:')), []);
});
