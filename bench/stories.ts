/**
 * Same-story linking on the ECB+ dev set, scored by the shared scorer.
 *   node --import tsx bench/stories.ts              score the default options
 *   node --import tsx bench/stories.ts --sweep      threshold → B-cubed F1 / look-alike share table
 *   node --import tsx bench/stories.ts --scale N    time linkStories on N synthetic articles (--undated: no dates)
 *   node --import tsx bench/stories.ts --distractors  add unrelated pages to the archive, count those grouped
 *   --set name=value (repeatable) overrides one numeric option, e.g. --set fragmentSize=0
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyTerms } from '../src/link/stories/storyTerms.ts';
import { mangledCopies, readStoryInputs } from './story-corpus.ts';
import { DEFAULT_STORY_OPTIONS, linkStories, storyGraph, storyGroups, type StoryGroup, type StoryInput, type StoryOptions } from '../src/link/stories.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const evalDir = join(shared, 'eval/stories-dev');
const scorer = join(shared, 'eval/score-stories.mjs');


function score(groups: StoryGroup[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'stories-'));
  const map: Record<string, string> = {};
  for (const g of groups) for (const a of g.articles) map[a] = g.id;
  writeFileSync(join(dir, 'clusters.json'), JSON.stringify(map));
  return execFileSync('node', [scorer, dir, evalDir], { encoding: 'utf8' });
}

function figures(out: string): { f1: string; p: string; r: string; hard: string; clusters: string } {
  const m = out.match(/B-cubed\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/);
  const hard = out.match(/= ([\d.]+) of predicted pairs/)?.[1] ?? '?';
  const clusters = out.match(/predicted (\d+ \(\d+ singletons\))/)?.[1] ?? '?';
  return { f1: m?.[3] ?? '?', p: m?.[1] ?? '?', r: m?.[2] ?? '?', hard, clusters };
}


/** One sweep line: the options that differ from the defaults, then the scorer's figures. */
function sweepRow(label: string, opts: Partial<StoryOptions>): void {
  const o = { ...base, ...opts };
  const { f1, p, r, hard, clusters } = figures(score(linkStories(inputs, o)));
  const isDefault = (Object.keys(opts) as (keyof StoryOptions)[]).every((k) => o[k] === DEFAULT_STORY_OPTIONS[k]);
  console.log(`${label.padEnd(30)} ${f1}  ${p}  ${r}  ${hard.padStart(10)}  ${clusters}${isDefault ? '  (default)' : ''}`);
}

const args = process.argv.slice(2);
// --set name=value: numeric option overrides, applied to every run below
const overrides: Partial<StoryOptions> = {};
args.forEach((a, k) => {
  if (a !== '--set') return;
  const [name, value] = (args[k + 1] ?? '').split('=');
  if (!(name in DEFAULT_STORY_OPTIONS) || Number.isNaN(Number(value))) throw new Error(`--set ${args[k + 1]}: not a numeric story option`);
  (overrides as Record<string, number>)[name] = Number(value);
});
const base: StoryOptions = { ...DEFAULT_STORY_OPTIONS, ...overrides };
const stories = readStoryInputs();
// --distractors: add the extraction eval's pages (unrelated articles and blog posts from many sites) to
// the archive, to see how many of them get pulled into a story. They are not scored by the story scorer.
const distractors = args.includes('--distractors') ? readStoryInputs(join(shared, 'eval/dev/inputs'), '.main.txt') : [];
const inputs = [...stories, ...distractors];
if (args.includes('--scale')) {
  const n = Number(args[args.indexOf('--scale') + 1] ?? 16000);
  const docs = mangledCopies(stories, n);
  if (args.includes('--undated')) for (const d of docs) d.date = null;
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu = () => process.cpuUsage().user / 1000;
  const w0 = performance.now();
  const c0 = cpu();
  for (const d of docs) storyTerms(d);
  const c1 = cpu();
  const w1 = performance.now();
  const g = storyGraph(docs, base);
  const groups = storyGroups(g, base);
  const c2 = cpu();
  const w2 = performance.now();
  console.log(`scale: ${docs.length} articles → ${groups.length} stories, ${g.pairs.length} scored pairs`);
  console.log(`term extraction alone: ${(w1 - w0).toFixed(0)} ms wall, ${(c1 - c0).toFixed(0)} ms cpu`);
  console.log(`linkStories (terms included): ${(w2 - w1).toFixed(0)} ms wall, ${(c2 - c1).toFixed(0)} ms cpu`);
} else if (args.includes('--sweep')) {
  // One option at a time around the defaults: the clustering threshold (with and without the fragment
  // pass), the expansion floor, then the fragment pass's size, floor and margin.
  console.log(`${'option'.padEnd(30)} B3-F1  P      R      look-alike  predicted clusters`);
  for (const threshold of [0.12, 0.14, 0.16, 0.18, 0.2]) {
    sweepRow(`threshold=${threshold} no fragments`, { threshold, fragmentSize: 0 });
    sweepRow(`threshold=${threshold}`, { threshold });
  }
  for (const expandFloor of [0.05, 0.06, 0.07, 0.08, 0.09]) sweepRow(`expandFloor=${expandFloor}`, { expandFloor });
  for (const fragmentSize of [0, 1, 2, 3, 4, 5, 6, 7, 8]) sweepRow(`fragmentSize=${fragmentSize}`, { fragmentSize });
  for (const attachFloor of [0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12]) sweepRow(`attachFloor=${attachFloor}`, { attachFloor });
  for (const attachMargin of [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.7, 2]) sweepRow(`attachMargin=${attachMargin}`, { attachMargin });
} else {
  const t0 = performance.now();
  const g = storyGraph(inputs, base);
  const groups = storyGroups(g, base);
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
