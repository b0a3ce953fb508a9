/**
 * Same-story linking on the ECB+ dev set, scored by the shared scorer.
 *   node --import tsx bench/stories.ts              score the default options
 *   node --import tsx bench/stories.ts --sweep      threshold → B-cubed F1 / look-alike share table
 *   node --import tsx bench/stories.ts --scale N    time linkStories on N synthetic articles (--undated: no dates)
 *   node --import tsx bench/stories.ts --distractors  add unrelated pages to the archive, count those grouped
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyTerms } from '../src/link/stories/storyTerms.ts';
import { DEFAULT_STORY_OPTIONS, linkStories, storyGraph, storyGroups, type StoryGroup, type StoryInput, type StoryOptions } from '../src/link/stories.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const evalDir = join(shared, 'eval/stories-dev');
const scorer = join(shared, 'eval/score-stories.mjs');

function readInputs(dir = join(evalDir, 'inputs'), suffix = '.txt'): StoryInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const nl = text.indexOf('\n');
      const headline = (nl < 0 ? text : text.slice(0, nl)).trim();
      const body = nl < 0 ? '' : text.slice(nl + 1).trim();
      return { id: f.slice(0, -suffix.length), headline, body, date: null, source: null };
    });
}

function score(groups: StoryGroup[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'stories-'));
  const map: Record<string, string> = {};
  for (const g of groups) for (const a of g.articles) map[a] = g.id;
  writeFileSync(join(dir, 'clusters.json'), JSON.stringify(map));
  return execFileSync('node', [scorer, dir, evalDir], { encoding: 'utf8' });
}

function figures(out: string): { f1: string; hard: string; clusters: string } {
  const f1 = out.match(/B-cubed\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)/)?.[1] ?? '?';
  const hard = out.match(/= ([\d.]+) of predicted pairs/)?.[1] ?? '?';
  const clusters = out.match(/predicted (\d+ \(\d+ singletons\))/)?.[1] ?? '?';
  return { f1, hard, clusters };
}

/** Synthetic archive: copies of the dev articles with names and numbers made unique per copy, spread over years. */
function synthetic(base: StoryInput[], n: number): StoryInput[] {
  const out: StoryInput[] = [];
  for (let k = 0; out.length < n; k++) {
    const tag = k.toString(36);
    const mangle = (s: string) =>
      s.replace(/\b([A-Z][a-z]{2,})\b/g, (w, _m, at: number) => (at === 0 ? w : `${w}${tag}`)).replace(/\d+/g, (d) => `${d}${tag}`);
    const day = new Date(Date.UTC(2015, 0, 1) + ((k * 37) % 3000) * 86_400_000).toISOString().slice(0, 10);
    for (const a of base) {
      if (out.length >= n) break;
      out.push({ ...a, id: `${a.id}-${tag}`, headline: mangle(a.headline), body: mangle(a.body), date: day });
    }
  }
  return out;
}

function sweepRow(opts: Partial<StoryOptions>): void {
  const o = { ...DEFAULT_STORY_OPTIONS, ...opts };
  const { f1, hard, clusters } = figures(score(linkStories(inputs, o)));
  const isDefault = o.threshold === DEFAULT_STORY_OPTIONS.threshold && o.expandFloor === DEFAULT_STORY_OPTIONS.expandFloor;
  console.log(`${o.threshold.toFixed(2).padStart(9)}  ${o.expandFloor.toFixed(2).padStart(11)}  ${f1}  ${hard.padStart(16)}  ${clusters}${isDefault ? ' (default)' : ''}`);
}

const args = process.argv.slice(2);
const stories = readInputs();
// --distractors: add the extraction eval's pages (unrelated articles and blog posts from many sites) to
// the archive, to see how many of them get pulled into a story. They are not scored by the story scorer.
const distractors = args.includes('--distractors') ? readInputs(join(shared, 'eval/dev/inputs'), '.main.txt') : [];
const inputs = [...stories, ...distractors];
if (args.includes('--scale')) {
  const n = Number(args[args.indexOf('--scale') + 1] ?? 16000);
  const docs = synthetic(stories, n);
  if (args.includes('--undated')) for (const d of docs) d.date = null;
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu = () => process.cpuUsage().user / 1000;
  const w0 = performance.now();
  const c0 = cpu();
  for (const d of docs) storyTerms(d);
  const c1 = cpu();
  const w1 = performance.now();
  const g = storyGraph(docs);
  const groups = storyGroups(g);
  const c2 = cpu();
  const w2 = performance.now();
  console.log(`scale: ${docs.length} articles → ${groups.length} stories, ${g.pairs.length} scored pairs`);
  console.log(`term extraction alone: ${(w1 - w0).toFixed(0)} ms wall, ${(c1 - c0).toFixed(0)} ms cpu`);
  console.log(`linkStories (terms included): ${(w2 - w1).toFixed(0)} ms wall, ${(c2 - c1).toFixed(0)} ms cpu`);
} else if (args.includes('--sweep')) {
  // The main threshold, then the expansion floor (which sets the cosine an isolated pair needs).
  const thresholds = [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3];
  const floors = [0.05, 0.06, 0.07, 0.08, 0.09, 0.1];
  console.log('threshold  expandFloor  B3-F1  look-alike share  predicted clusters');
  for (const threshold of thresholds) sweepRow({ threshold });
  for (const expandFloor of floors) sweepRow({ expandFloor });
} else {
  const t0 = performance.now();
  const g = storyGraph(inputs);
  const groups = storyGroups(g);
  const ms = performance.now() - t0;
  process.stdout.write(score(groups));
  console.log(`time: ${ms.toFixed(0)} ms for ${inputs.length} articles (${g.pairs.length} candidate pairs)`);
  if (distractors.length) {
    const extra = new Set(distractors.map((d) => d.id));
    const joined = groups.filter((x) => x.articles.length > 1).flatMap((x) => x.articles).filter((id) => extra.has(id));
    const withStory = groups.filter((x) => x.articles.some((id) => extra.has(id)) && x.articles.some((id) => !extra.has(id)));
    console.log(`distractors: ${joined.length} of ${distractors.length} grouped with another article; ${withStory.length} groups mix a distractor with a dev story`);
  }
}
