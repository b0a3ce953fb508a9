// The outlet by evidence voting: cues that name the same outlet are pooled, each kind of cue counts
// with its weight (a second cue of a kind counts less), plain mentions elsewhere on the page add a
// little, and the pool with most weight wins. The name shown is the form the most telling cue used.
import type { Block } from '../blocks.ts';
import { normaliseLine } from '../text.ts';
import type { CueKind, SourceCue } from './cue.ts';
import { isPlatformBlog } from './hostLabel.ts';
import { outletKey, sameKey, type OutletKey } from './sameOutlet.ts';

interface Pool { cues: SourceCue[]; keys: OutletKey[]; score: number }

/** Which form to show, best first: the site's own title segment, then what it calls itself. */
const SHOW_ORDER: readonly CueKind[] = ['title', 'self', 'title-lead', 'title-part', 'breadcrumb', 'copyright', 'name-line', 'domain'];

/** Below this a pool is too thin to name the outlet (a lone leading title segment, a cited domain). */
const MIN_SCORE = 1;

function pool(cues: readonly SourceCue[]): Pool[] {
  const pools: Pool[] = [];
  for (const cue of [...cues].sort((a, b) => b.weight - a.weight)) {
    const keys = [cue.name, ...(cue.alt ?? [])].map(outletKey);
    // A cue that names several pools joins them: "New York Post" ties "NYP Holdings" to nypost.com.
    const homes = pools.filter((p) => p.keys.some((k) => keys.some((c) => sameKey(k, c))));
    if (!homes.length) { pools.push({ cues: [cue], keys, score: 0 }); continue; }
    const [home, ...rest] = homes;
    home.cues.push(cue);
    home.keys.push(...keys);
    for (const r of rest) {
      home.cues.push(...r.cues);
      home.keys.push(...r.keys);
      pools.splice(pools.indexOf(r), 1);
    }
  }
  return pools;
}

/** Short blocks (other than the cues' own) that name the outlet: logo lines, footers, captions (long prose costs most and adds little). */
function mentions(blocks: readonly Block[], p: Pool): number {
  const own = new Set(p.cues.map((c) => c.at));
  const names = [...new Set(p.cues.filter((c) => c.kind !== 'domain').map((c) => ` ${normaliseLine(c.name)} `))].filter((n) => n.length >= 5);
  if (!names.length) return 0;
  let n = 0;
  for (const b of blocks) {
    if (b.words > 60 || own.has(b.index)) continue;
    const padded = ` ${b.norm} `;
    if (names.some((k) => padded.includes(k))) n++;
  }
  return n;
}

/** Mentions add at most this much, so only pools within it of the leader need counting. */
const MENTIONS_CAP = 1;

/** What a company copyright adds to a pool when the title names another site (see baseScore). */
const PARENT_SHARE = 0.5;

/**
 * titled: the title names a site. A company copyright ("MNTN, Inc.") then names the owner of the site
 * the title names ("… - QuickFrame"), so it adds only half to a pool the title does not back.
 */
function baseScore(p: Pool, titled: boolean): number {
  const seen = new Map<CueKind, number>();
  let score = 0;
  const parentOnly = titled && !p.cues.some((c) => c.kind === 'title');
  for (const c of p.cues) {
    if (parentOnly && c.company) { score += c.weight * PARENT_SHARE; continue; }
    const k = seen.get(c.kind) ?? 0;
    // A repeated cue of one kind (the same footer line twice, three staff bios) adds less each time.
    score += c.weight / (1 + k);
    seen.set(c.kind, k + 1);
  }
  return score;
}

const spelled = (name: string): number => (/\s/.test(name) ? 2 : /\p{Lu}/u.test(name) ? 1 : 0);

function shown(p: Pool): string {
  // A blog on a shared platform is known by its address; the © name there is the author's.
  const platform = p.cues.find((c) => c.kind === 'domain' && isPlatformBlog(c.name));
  if (platform) return platform.name;
  // A company owner ("NYP Holdings") is shown only when no other cue spells the outlet's name.
  for (const kind of SHOW_ORDER) {
    // Equal weights: a spelled-out name ("New York Post") over a bare handle ("nypost").
    const c = p.cues.filter((x) => x.kind === kind && !x.company).sort((a, b) => b.weight - a.weight || spelled(b.name) - spelled(a.name))[0];
    if (c) return c.name;
  }
  return p.cues[0].name;
}

export interface Vote { name: string; score: number; cues: readonly SourceCue[] }

/** The pools ranked, best first (for explaining a decision). */
export function rankSources(cues: readonly SourceCue[], blocks: readonly Block[]): Vote[] {
  // The title names a site (its site segment, not a guessed part).
  const titled = cues.some((c) => c.kind === 'title');
  const pools = pool(cues).map((p) => ({ p, base: baseScore(p, titled) }));
  const top = Math.max(0, ...pools.map((x) => x.base));
  return pools
    .map(({ p, base }) => ({ name: shown(p), score: base + (base + MENTIONS_CAP >= top ? Math.min(MENTIONS_CAP, 0.2 * mentions(blocks, p)) : 0), cues: p.cues }))
    .sort((a, b) => b.score - a.score);
}

export function voteSource(cues: readonly SourceCue[], blocks: readonly Block[]): string | null {
  const best = rankSources(cues, blocks)[0];
  if (!best) return null;
  if (best.score >= MIN_SCORE) return best.name;
  // Nothing else: a domain the story names twice is still the likeliest site.
  return best.score >= 0.75 && best.cues.some((c) => c.kind === 'domain') ? best.name : null;
}
