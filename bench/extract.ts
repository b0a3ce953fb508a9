// Extraction bench: extracts every dev input of each shape (main, tail, full), times extraction alone,
// then prints the eval scorer's summary per shape. Prints figures; asserts nothing.
// Two figures per shape: the steady state (the median of five further passes over the same pages: the
// names the parser was asked about are remembered, as a real archive's recurring names are), and a first
// pass whose names were never seen (the JIT warmed up on the same-story set's articles instead), the cost
// of new articles in a real archive. Per core = articles per second of the process's CPU time (all its
// threads, the garbage collector's included).
//   node --import tsx bench/extract.ts [--keep] [--shape tail]
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { extractArticle } from '../src/extract/index.ts';
import { forgetParsedNames } from '../src/extract/entities/lexicon.ts';
import type { ExtractedArticle, SourceFile } from '../src/record.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const dev = join(shared, 'eval/dev');
const inputs = join(dev, 'inputs');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.includes('--shape') ? args[args.indexOf('--shape') + 1] : null;
/** Steady-state passes timed per shape (the median is quoted). */
const PASSES = 5;
const shapes = (only ? [only] : ['main', 'tail', 'full']) as string[];

const cpuMsOf = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
// JIT warm-up on other articles (the same-story set), so the first timed pass meets warm code but unseen names.
const storyInputs = join(shared, 'eval/stories-dev/inputs');
for (const f of readdirSync(storyInputs)) {
  extractArticle({ file: f, text: readFileSync(join(storyInputs, f), 'utf8'), frontMatter: {}, format: 'text', warnings: [], hash: '' });
}

for (const shape of shapes) {
  const files = readdirSync(inputs).filter((f) => f.endsWith(`.${shape}.txt`)).sort();
  const sources: SourceFile[] = files.map((f) => {
    const raw = readFileSync(join(inputs, f));
    return {
      file: f, text: raw.toString('utf8').replace(/\r\n?/g, '\n'), frontMatter: {}, format: 'text', warnings: [],
      hash: createHash('sha256').update(raw).digest('hex'),
    };
  });
  const out = mkdtempSync(join(tmpdir(), `bench-extract-${shape}-`));
  forgetParsedNames();
  const firstMs = cpuMsOf(() => { for (const s of sources) extractArticle(s); });
  // Steady state: further passes over the same pages (the names met are remembered, as over a real
  // archive's recurring names, and the JIT has settled). The median of PASSES passes is quoted (the
  // machine is shared and noisy); wall time is that of the median pass.
  const passes: Array<{ cpuMs: number; ms: number }> = [];
  let records: ExtractedArticle[] = [];
  for (let p = 0; p < PASSES; p++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    records = sources.map((s) => extractArticle(s));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    passes.push({ cpuMs: (cpu.user + cpu.system) / 1000, ms });
  }
  const { cpuMs, ms } = passes.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(PASSES / 2)];
  const range = `${(files.length / (passes[PASSES - 1].cpuMs / 1000)).toFixed(0)}–${(files.length / (passes[0].cpuMs / 1000)).toFixed(0)}`;
  records.forEach((r, i) => writeFileSync(join(out, `${files[i].slice(0, -`.${shape}.txt`.length)}.json`), JSON.stringify(r)));
  const perPage = join(out, 'per-page.tsv');
  const report = execFileSync('node', [join(shared, 'eval/score.mjs'), out, dev, '--variant', shape, '--per-page', perPage], { encoding: 'utf8' });
  console.log(`== ${shape}: ${files.length} pages, extraction ${ms.toFixed(0)} ms wall (${(files.length / (ms / 1000)).toFixed(0)} articles/s), ${cpuMs.toFixed(0)} ms CPU (${(files.length / (cpuMs / 1000)).toFixed(0)} articles/s per core, median of ${PASSES} passes, range ${range}); first pass, names unseen: ${(files.length / (firstMs / 1000)).toFixed(0)} articles/s per core`);
  console.log(report.trimEnd());
  if (keep) console.log(`records and per-page scores kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
  console.log('');
}
