import type { ScoredPair } from './candidatePairs.ts';
import { pairAdjacency } from './pairAdjacency.ts';

export interface AttachOptions {
  /** Groups of at most this many articles are fragments that may join a story; 0 turns attachment off. */
  maxSize: number;
  /** Centroid cosine a fragment needs with the story it joins. */
  floor: number;
  /** The best story must beat the second best by this factor: an even choice between two is no choice. */
  margin: number;
}

/**
 * Second pass after average-link clustering: fragments (a lone article, a pair) join the story whose
 * centroid they match best, if they match it clearly better than any other story.
 *
 * Why: a one-sentence report shares two or three words with each fuller report of its story, so its
 * average similarity to them stays under the clustering threshold; but it shares them with the story
 * as a whole, which the centroid (the sum of the members' unit vectors) sees. Only fragments move:
 * two large look-alike stories have close centroids (topic words dominate a centroid), and merging
 * them on centroids is exactly the mistake average linkage avoids. The margin is what keeps a snippet
 * that fits two look-alike stories ("robbers stole jewels in Paris") out of both.
 *
 * Centroid cosines come from the plain pair cosines alone: c_x·c_y = Σ cos(i, j) over i in x, j in y,
 * and |c_x|² = |x| + 2·Σ cos(i, j) within x; pairs not in `pairs` count as 0 (they were below the
 * candidate floor). Works in rounds: every fragment proposes its best story against the round's
 * groups; proposals apply best first, except that a fragment which has just received another one is
 * left for the next round (its centroid moved). `canMerge` may veto a join (date span).
 * Returns a label per item, the smallest member index of its group (as averageLinkClusters does).
 */
export function attachFragments(
  n: number,
  pairs: ScoredPair[],
  label0: number[],
  o: AttachOptions,
  canMerge: (x: number[], y: number[]) => boolean = () => true,
): number[] {
  const label = [...label0];
  if (o.maxSize <= 0 || n === 0) return label;
  const { start: deg, nb, cs } = pairAdjacency(n, pairs);

  for (;;) {
    const members = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const m = members.get(label[i]);
      if (m) m.push(i);
      else members.set(label[i], [i]);
    }
    // squared centroid norms
    const self = new Map<number, number>();
    for (const [l, m] of members) self.set(l, m.length);
    for (const p of pairs) if (label[p.a] === label[p.b]) self.set(label[p.a], self.get(label[p.a])! + 2 * p.sim);

    const moves: { x: number; y: number; cos: number }[] = [];
    const dots = new Map<number, number>();
    for (const [x, m] of members) {
      if (m.length > o.maxSize) continue;
      dots.clear();
      for (const i of m) {
        for (let k = deg[i]; k < deg[i + 1]; k++) {
          const y = label[nb[k]];
          if (y !== x) dots.set(y, (dots.get(y) ?? 0) + cs[k]);
        }
      }
      let best = -1;
      let first = 0;
      let second = 0;
      const nx = Math.sqrt(self.get(x)!);
      for (const [y, d] of dots) {
        const c = d / (nx * Math.sqrt(self.get(y)!));
        // ties go to the lower label, so the result never depends on Map order
        if (c > first || (c === first && y < best)) {
          second = first;
          first = c;
          best = y;
        } else if (c > second) second = c;
      }
      if (best >= 0 && first >= o.floor && first >= o.margin * second) moves.push({ x, y: best, cos: first });
    }
    moves.sort((p, q) => q.cos - p.cos || p.x - q.x);

    // Joins within a round are recorded against the round's labels: a story that receives several
    // fragments keeps its label until the round ends, when every group is relabelled by its smallest member.
    const moved = new Set<number>();
    const received = new Set<number>();
    let joined = 0;
    for (const { x, y } of moves) {
      if (moved.has(x) || received.has(x) || moved.has(y)) continue;
      const my = members.get(y)!;
      if (!canMerge(members.get(x)!, my)) continue;
      members.set(y, my.concat(members.get(x)!));
      members.delete(x);
      joined++;
      moved.add(x);
      received.add(y);
    }
    if (joined === 0) return label;
    for (const m of members.values()) {
      let lo = m[0];
      for (const i of m) if (i < lo) lo = i;
      for (const i of m) label[i] = lo;
    }
  }
}
