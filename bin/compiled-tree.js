// The compiled JavaScript of src/, so the `broadsheet` command runs plain JS instead of transpiling
// TypeScript through tsx at every start (tsx's loader costs ~1 s per process and per worker thread).
//
// The tree lives in `dist/<fingerprint>/`, where the fingerprint is that of every file under src/, of
// tsconfig.json and of package-lock.json (the extractor's bundle holds the packages' code): an edited
// source or another install gives a new fingerprint, so a stale tree is never run. A missing
// tree is compiled with TypeScript (a dev dependency; ~1–2 s, once per code version). When that is not
// possible (TypeScript not installed, a compile error), the caller falls back to tsx: slower, same code.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Written last into a finished tree: a tree without it (a killed compile) is never used. */
const DONE = 'COMPLETE';
/** Trees kept (the newest): a process still running an older code version keeps its workers' files. */
const KEEP = 3;
/** The extractor bundled into one file, beside extract-one.js (see bundleExtractor). */
const BUNDLE = 'extract-one.bundle.js';

/** Every file under `dir` (relative paths, sorted). */
function filesUnder(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, base));
    else out.push(relative(base, path));
  }
  return out.sort();
}

/** The fingerprint of the sources, compiler settings and installed packages the tree is made from. */
export function sourceFingerprint(pkg = PACKAGE) {
  const h = createHash('sha1');
  for (const f of filesUnder(join(pkg, 'src'))) h.update(f).update('\0').update(readFileSync(join(pkg, 'src', f))).update('\0');
  h.update(readFileSync(join(pkg, 'tsconfig.json')));
  // The extractor's bundle holds the packages' code too: other installed versions make another tree.
  if (existsSync(join(pkg, 'package-lock.json'))) h.update(readFileSync(join(pkg, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/**
 * The folder of the compiled tree for the current sources (its `src/cli/main.js` is the entry), compiling
 * it first when missing; null when it cannot be had (the caller then runs the sources through tsx).
 * `BROADSHEET_TSX=1` skips the tree (to run the TypeScript as it is, e.g. under a debugger).
 */
export function compiledTree(pkg = PACKAGE) {
  if (process.env.BROADSHEET_TSX === '1') return null;
  try {
    const tree = join(pkg, 'dist', sourceFingerprint(pkg));
    if (existsSync(join(tree, DONE))) return tree;
    return compile(pkg, tree) ? tree : null;
  } catch {
    return null;
  }
}

function compile(pkg, tree) {
  const tsc = typescriptCompiler(pkg);
  if (!tsc) return false;
  // Compiled apart, then renamed into place: two builds starting at once never see half a tree.
  const tmp = `${tree}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  // Type errors do not stop the emit (noCheck): tsx runs such sources too; `npm test` type-checks.
  mkdirSync(tmp, { recursive: true });
  const config = join(tmp, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({
    extends: join(pkg, 'tsconfig.json'),
    compilerOptions: {
      noEmit: false, noCheck: true, allowImportingTsExtensions: false, rewriteRelativeImportExtensions: true,
      rootDir: pkg, outDir: tmp,
    },
    include: [join(pkg, 'src', '**', '*.ts')],
  }));
  const r = spawnSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8' });
  rmSync(config, { force: true });
  const ok = r.status === 0 && existsSync(join(tmp, 'src', 'cli', 'main.js'));
  if (ok) {
    // Plain JavaScript files of src/ (the extraction worker) are copied as they are.
    for (const f of filesUnder(join(pkg, 'src')).filter((name) => name.endsWith('.js'))) {
      mkdirSync(dirname(join(tmp, 'src', f)), { recursive: true });
      copyFileSync(join(pkg, 'src', f), join(tmp, 'src', f));
    }
    bundleExtractor(pkg, tmp);
    writeFileSync(join(tmp, DONE), '');
    // A folder without the mark (not made by this code) would block the rename.
    if (existsSync(tree) && !existsSync(join(tree, DONE))) rmSync(tree, { recursive: true, force: true });
    try {
      renameSync(tmp, tree);
    } catch {
      // Another process put the same tree in place first.
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  if (!existsSync(join(tree, DONE))) return false;
  pruneOldTrees(tree);
  return true;
}

/**
 * The extractor (src/build/extract-one.js and everything it imports: compromise, chrono-node, unified)
 * as one file, `extract-one.bundle.js`, made with esbuild: every extraction worker, and the main thread
 * when it extracts, imports it in ~0.3 s against ~0.7 s for the ~600 modules it is made of (most of a
 * worker's start, paid again by each worker of a cold build and by the side worker of an add-one
 * rebuild). Optional: without esbuild, or should it fail, they import extract-one.js itself (see
 * load-extractor.ts), the same code.
 */
function bundleExtractor(pkg, tree) {
  try {
    const esbuild = createRequire(join(pkg, 'package.json'))('esbuild');
    esbuild.buildSync({
      entryPoints: [join(tree, 'src', 'build', 'extract-one.js')],
      outfile: join(tree, 'src', 'build', BUNDLE),
      bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
      // Note: the CommonJS packages in it (iconv-lite) call require, which an ES module lacks.
      banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
    });
  } catch {
    rmSync(join(tree, 'src', 'build', BUNDLE), { force: true });
  }
}

/** TypeScript's command-line compiler, as its package declares it (its exports hide the bin), or null. */
function typescriptCompiler(pkg) {
  for (let dir = pkg; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'typescript', 'package.json');
    if (existsSync(manifest)) {
      const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin?.tsc;
      return bin ? join(dirname(manifest), bin) : null;
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Removes all but the KEEP newest trees (and leftovers of killed compiles). */
function pruneOldTrees(current) {
  const dist = dirname(current);
  const trees = readdirSync(dist).map((name) => join(dist, name)).filter((p) => p !== current);
  const stale = trees.filter((p) => p.includes('.tmp-') && Date.now() - statSync(p).mtimeMs > 60 * 60 * 1000);
  const done = trees.filter((p) => !p.includes('.tmp-')).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const p of [...stale, ...done.slice(KEEP - 1)]) rmSync(p, { recursive: true, force: true });
}
