import { attachFragments } from './stories/attachFragments.ts';
import { averageLinkClusters } from './stories/averageLinkClusters.ts';
import { candidatePairs, type ScoredPair } from './stories/candidatePairs.ts';
import { articleTerms, DEFAULT_TERM_WEIGHTS, type ArticleTerms, type TermWeights } from './stories/storyTerms.ts';
import { expandedPairs } from './stories/expandedPairs.ts';
import { storyVectors, type PackedTerms } from './stories/storyVectors.ts';

/**
 * Which articles tell the same story.
 *  1. Each article becomes a TF-IDF vector over content words, word pairs, names (words the article
 *     capitalises mid-sentence, or the entity lists when given), numbers and quoted words. IDF comes
 *     from the archive itself and is squared, so distinctive names and numbers outweigh topic words:
 *     two earthquakes share "quake" and "magnitude", not "Arequipa" or "6.4".
 *  2. Candidate pairs come from an inverted index over rare terms, blocked by date: never all pairs.
 *  3. Document expansion (each article plus its nearest neighbours) lets a one-sentence report meet
 *     the fuller reports of its story.
 *  4. Average-link clustering with one threshold, so look-alike stories are not chained together
 *     through one ambiguous article the way connected components would.
 *  5. Fragments left over (groups of ≤ `fragmentSize`, mostly one-sentence snippets) join the story
 *     whose centroid they match clearly better than any other (attachFragments): the margin, not the
 *     score alone, is what keeps a snippet that fits two look-alike stories out of both.
 * Articles whose dates are both known and more than `maxDays` apart never share a story, and no story
 * spans more than `maxDays` of known dates.
 */
export interface StoryInput {
  id: string;
  headline: string;
  body: string;
  date: string | null;
  source: string | null;
  people?: string[];
  places?: string[];
  orgs?: string[];
  quotes?: string[];
}

/**
 * A story: its id is the id of its earliest article (by date, undated last, then by id), so it stays
 * the same when unrelated articles join the archive. `articles` are in that same order.
 */
export interface StoryGroup {
  id: string;
  articles: string[];
}

export interface StoryOptions {
  /** Average cosine two groups need to be merged into one story. */
  threshold: number;
  /** Longest span, in days, between the known dates of one story's articles. */
  maxDays: number;
  /** Terms in more articles than this (or than dfShare of the archive, if larger) do not propose candidates. */
  dfCap: number;
  dfShare: number;
  /** Pseudo-documents smoothing IDF: keeps small archives from zeroing shared words. */
  idfPrior: number;
  /** IDF is raised to this power: above 1, rare terms (names, numbers) count for more than topic words. */
  idfPower: number;
  /** Document expansion: each article borrows from its `expandK` nearest neighbours at cosine ≥ `expandFloor`. */
  expandK: number;
  expandFloor: number;
  /** Second pass: groups of at most `fragmentSize` articles join the story whose centroid they match
   *  at cosine ≥ `attachFloor` and `attachMargin` times better than any other (0 turns it off). */
  fragmentSize: number;
  attachFloor: number;
  attachMargin: number;
  weights: TermWeights;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.16,
  maxDays: 14,
  dfCap: 200,
  dfShare: 0.002,
  idfPrior: 10,
  idfPower: 2,
  expandK: 5,
  expandFloor: 0.07,
  fragmentSize: 3,
  attachFloor: 0.1,
  attachMargin: 1.3,
  weights: DEFAULT_TERM_WEIGHTS,
};

const DAY_MS = 86_400_000;

/** Day number of an ISO date ("2024-01-05", "2024-01-05T03:07"), or null when absent or unreadable. */
function dayOf(date: string | null): number | null {
  const m = date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** Order for choosing a story's id: dated before undated, earlier first, then id. */
function byDateThenId(a: StoryInput, b: StoryInput): number {
  const da = dayOf(a.date) === null ? null : a.date!;
  const db = dayOf(b.date) === null ? null : b.date!;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1; // ISO strings sort chronologically
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface StoryGraph {
  /** The articles, sorted by id: every index below refers to this order. */
  articles: StoryInput[];
  pairs: ScoredPair[];
  /** Plain cosines of the candidate pairs, before document expansion. */
  near: ScoredPair[];
  days: (number | null)[];
}

/** Everything linkStories computes before clustering: reusable for threshold sweeps. */
export interface StoryHooks {
  /**
   * An article's terms, e.g. from a cache: must equal `articleTerms(article, weights)` (a pure function
   * of the article's headline, body, entity lists and quotes, and of the weights, so it can be cached
   * under a hash of those). Defaults to computing them.
   */
  termsOf?: (article: StoryInput, weights: TermWeights) => ArticleTerms | PackedTerms;
  /** The sorted word list that PackedTerms' word ids index (see storyVectors), when termsOf gives them. */
  vocabulary?: readonly string[];
  /** See StoryVectorOptions.onSorted; `k` is the article's index in the order termsOf is called. */
  onSorted?: (k: number, positions: Int32Array) => void;
  /** Called as each stage ends ('terms+vectors', 'candidates', 'expansion'): for benchmarks. */
  onStage?: (stage: string) => void;
}

export function storyGraph(input: StoryInput[], opts: Partial<StoryOptions> = {}, hooks: StoryHooks = {}): StoryGraph {
  const { termsOf = articleTerms, onStage, vocabulary, onSorted } = hooks;
  const o = { ...DEFAULT_STORY_OPTIONS, ...opts };
  // Sorting first makes the result independent of input order.
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const days = articles.map((a) => dayOf(a.date));
  // Each article's terms are computed as the vectors are built and dropped after: never all at once.
  const sv = storyVectors(articles.length, (k) => termsOf(articles[k], o.weights), o.idfPrior, o.idfPower, { vocabulary, onSorted });
  onStage?.('terms+vectors');
  const cap = Math.max(o.dfCap, Math.ceil(o.dfShare * articles.length));
  const inWindow = (a: number, b: number) => {
    const x = days[a];
    const y = days[b];
    return x === null || y === null || Math.abs(x - y) <= o.maxDays;
  };
  // Pairs whose rare-term overlap is below a third of the lowest similarity that matters (threshold or
  // expansion floor) are not scored: they would barely move an average, and at archive scale are most pairs.
  const floor = Math.min(o.threshold, o.expandFloor) / 3;
  const near = candidatePairs(sv, cap, floor, days, o.maxDays);
  onStage?.('candidates');
  if (o.expandK <= 0) return { articles, pairs: near, near, days };
  const pairs = expandedPairs(articles.length, near, o.expandK, o.expandFloor, inWindow, floor);
  onStage?.('expansion');
  return { articles, pairs, near, days };
}

/** Groups of a graph at a given threshold. */
export function storyGroups(g: StoryGraph, opts: Partial<StoryOptions> = {}): StoryGroup[] {
  const o = { ...DEFAULT_STORY_OPTIONS, ...opts };
  const { articles, days } = g;
  const span = (xs: number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of xs) {
      const d = days[i];
      if (d === null) continue;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    return hi - lo;
  };
  // Date veto on whole groups, not only pairs: a story may not stretch beyond maxDays through links.
  const canMerge = (x: number[], y: number[]) => span(x.concat(y)) <= o.maxDays;
  const clustered = averageLinkClusters(articles.length, g.pairs, o.threshold, canMerge);
  const label = attachFragments(articles.length, g.near, clustered, { maxSize: o.fragmentSize, floor: o.attachFloor, margin: o.attachMargin }, canMerge);
  const groups = new Map<number, StoryInput[]>();
  label.forEach((l, i) => {
    const m = groups.get(l);
    if (m) m.push(articles[i]);
    else groups.set(l, [articles[i]]);
  });
  const out: StoryGroup[] = [];
  for (const m of groups.values()) {
    m.sort(byDateThenId);
    out.push({ id: m[0].id, articles: m.map((a) => a.id) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function linkStories(articles: StoryInput[], opts: Partial<StoryOptions> = {}, hooks: StoryHooks = {}): StoryGroup[] {
  return storyGroups(storyGraph(articles, opts, hooks), opts);
}
