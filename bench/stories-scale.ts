/**
 * Speed and memory of same-story linking at archive scale.
 *
 *   node --import tsx bench/stories-scale.ts --articles 4000,16000
 *       CPU ms per stage (terms alone in a pass of their own; then the graph's terms+vectors, candidates,
 *       expansion, and clustering, whose sum is the total), heap kept by the graph, and peak RSS growth, on the synthetic archive (bench/synthetic-corpus.ts); each size in its own
 *       process so peak RSS means something. Median of --runs N (default 1) runs per size.
 *   --corpus synthetic   synthetic articles only (default; almost no multi-article stories)
 *   --corpus dev         the 331 stories-dev articles plus N synthetic ones (real stories among noise)
 *   --corpus mangled     N copies of the stories-dev articles, names and numbers made unique per copy,
 *                        spread over years (a larger vocabulary than the synthetic pool)
 *   --impl DIR           link with DIR/src/link/stories.ts instead of this tree's (e.g. a snapshot of
 *                        main made with `git archive`): total time and groups only, no stage split
 *   --dump FILE          write the groups, and a digest of the scored pairs (exact float bits), to FILE
 *                        (one size only): `diff` two dumps to prove a change leaves the output alone
 *
 * Inputs are built straight from the synthetic text (headline = first line, body = the rest, date
 * from the byline line), not through extraction: only relative speed matters here.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticArticle } from './synthetic-corpus.ts';
import { mangledCopies, readStoryInputs } from './story-corpus.ts';
import { collectGarbage } from '../src/build/collect-garbage.ts';
import type { StoryGroup, StoryInput } from '../src/link/stories.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A synthetic article as linking sees it; the date comes from its "/ 11:19 PM April 05, 2015" line. */
function syntheticInput(i: number): StoryInput {
  const text = syntheticArticle(i).text;
  const nl = text.indexOf('\n');
  const m = text.match(/^\/ \d\d:\d\d [AP]M (\w+) (\d\d), (\d{4})$/m);
  const date = m ? `${m[3]}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}-${m[2]}` : null;
  return { id: `syn-${String(i).padStart(6, '0')}`, headline: text.slice(0, nl).trim(), body: text.slice(nl + 1).trim(), date, source: null };
}



function corpus(kind: string, n: number): StoryInput[] {
  if (kind === 'dev') return [...readStoryInputs(), ...Array.from({ length: n }, (_, i) => syntheticInput(i))];
  if (kind === 'mangled') return mangledCopies(readStoryInputs(), n);
  return Array.from({ length: n }, (_, i) => syntheticInput(i));
}


const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mb = (bytes: number) => bytes / 1_048_576;

interface Result {
  n: number;
  groups: number;
  multi: number;
  pairs: number;
  stages: Record<string, number>;
  total: number;
  heapKept: number;
  peakRss: number;
  gcMs: number;
}

/** One measured run, in this process. Stage split needs this tree's internals; --impl runs are whole. */
async function child(kind: string, n: number, impl: string | null, dump: string | null): Promise<Result> {
  const gc = collectGarbage;
  const inputs = corpus(kind, n);
  const mod = (await import(pathToFileURL(join(impl ?? root, 'src/link/stories.ts')).href)) as typeof import('../src/link/stories.ts');
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const { PerformanceObserver } = await import('node:perf_hooks');
  let gcMs = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  obs.observe({ entryTypes: ['gc'] });
  const stages: Record<string, number> = {};
  if (!impl) {
    // terms alone, in a pass of their own (results dropped): the graph computes them again, interleaved
    // with the vectors, so this run also warms the code the graph then uses
    const t0 = cpuMs();
    const { articleTerms } = await import('../src/link/stories/storyTerms.ts');
    for (const a of inputs) articleTerms(a);
    stages['terms alone'] = cpuMs() - t0;
  }
  const c0 = cpuMs();
  let graph: { pairs: { a: number; b: number; sim: number }[] };
  if (impl) {
    graph = mod.storyGraph(inputs);
    stages.graph = cpuMs() - c0;
  } else {
    graph = mod.storyGraph(inputs, {}, {
      onStage: (stage) => {
        stages[stage] = cpuMs() - c0 - Object.entries(stages).reduce((s, [k, x]) => (k === 'terms alone' ? s : s + x), 0);
      },
    });
  }
  const c1 = cpuMs();
  const groups: StoryGroup[] = mod.storyGroups(graph as Parameters<typeof mod.storyGroups>[0]);
  stages.clustering = cpuMs() - c1;
  const total = cpuMs() - c0; // the graph and groups, without the separate terms pass
  const peakRss = process.resourceUsage().maxRSS * 1024 - rss0;
  gc();
  const heapKept = process.memoryUsage().heapUsed - heap0;
  await new Promise((r) => setTimeout(r, 10)); // let the gc observer deliver
  obs.disconnect();
  if (dump) {
    // exact bits of every score: Float64 values written as hex, so an equal digest means bit-identical pairs
    const h = createHash('sha256');
    const f = new Float64Array(1);
    const bytes = new Uint8Array(f.buffer);
    for (const p of graph.pairs) {
      f[0] = p.sim;
      h.update(`${p.a} ${p.b} ${Buffer.from(bytes).toString('hex')}\n`);
    }
    writeFileSync(dump, JSON.stringify({ pairs: graph.pairs.length, pairDigest: h.digest('hex'), groups }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  }
  return {
    n: inputs.length,
    groups: groups.length,
    multi: groups.filter((g) => g.articles.length > 1).length,
    pairs: graph.pairs.length,
    stages,
    total,
    heapKept,
    peakRss,
    gcMs,
  };
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: string | null = null) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const kind = opt('--corpus', 'synthetic')!;
const impl = opt('--impl');
const dump = opt('--dump');

if (args.includes('--child')) {
  const r = await child(kind, Number(opt('--articles')), impl ? resolve(impl) : null, dump);
  process.stdout.write(JSON.stringify(r) + '\n');
} else {
  const sizes = opt('--articles', '4000,16000')!.split(',').map(Number);
  const runs = Number(opt('--runs', '1'));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const n of sizes) {
    const rs: Result[] = [];
    for (let k = 0; k < runs; k++) {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args.filter((_, i) => args[i] !== '--articles' && args[i - 1] !== '--articles'), '--articles', String(n), '--child'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      rs.push(JSON.parse(out.trim().split('\n').at(-1)!) as Result);
    }
    const r = rs[0];
    const stages = Object.keys(r.stages)
      .map((s) => `${s} ${median(rs.map((x) => x.stages[s])).toFixed(0)}`)
      .join(', ');
    console.log(
      `${kind} ${r.n} articles${impl ? ` (${impl})` : ''}: ${r.groups} groups (${r.multi} with several articles), ${r.pairs} scored pairs\n` +
        `  cpu ms: ${stages}; total ${median(rs.map((x) => x.total)).toFixed(0)} (gc pauses ${median(rs.map((x) => x.gcMs)).toFixed(0)} ms)\n` +
        `  heap kept by the graph ${mb(median(rs.map((x) => x.heapKept))).toFixed(1)} MB, peak RSS growth ${mb(median(rs.map((x) => x.peakRss))).toFixed(0)} MB` +
        (runs > 1 ? ` (medians of ${runs})` : ''),
    );
  }
}
