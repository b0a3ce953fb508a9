/**
 * Topics across the archive: one canonical name and kind per thing, the topics that travel
 * together, and the URL slug of a topic page.
 */
import type { Topic, TopicKind } from '../record.ts';
import { nameKey } from '../extract/entities/known-names.ts';
import { slugify } from './slugify.ts';
import type { AliasTable } from './aliases.ts';

export interface TopicArticle {
  id: string;
  topics: Topic[];
  quotes?: { speaker: string | null }[];
}

interface Tally {
  forms: Map<string, number>;
  kinds: Map<TopicKind, number>;
  /** The topic this key's mentions become (set once every vote is counted). */
  merged?: { name: string; kind: TopicKind; stamp: number };
}

/** When kinds tie, the more specific one wins (a named person over a subject). */
const KIND_ORDER: TopicKind[] = ['person', 'organization', 'place', 'subject'];

/** One spelling written with one kind, and how often. */
interface Written {
  name: string;
  kind: TopicKind;
  tally: Tally;
  count: number;
}

/**
 * Each article's topics (in the order the articles came) renamed to archive-wide names: aliases
 * applied, a lone surname merged into the one full name it fits, each name given the kind most
 * articles give it.
 */
export function mergeTopics(articles: TopicArticle[], aliases: AliasTable): Topic[][] {
  const tallies = new Map<string, Tally>();
  // Note: the same few thousand names are mentioned hundreds of thousands of times; each is resolved
  // (alias, then key, then its tally) once per kind and only counted per mention, the counts added
  // into the tallies once at the end (the order of adding changes no vote).
  const resolved: Record<TopicKind, Map<string, Written>> = { person: new Map(), place: new Map(), organization: new Map(), subject: new Map() };
  const vote = (written: string, kind: TopicKind): Tally => {
    const memo = resolved[kind];
    let r = memo.get(written);
    if (r === undefined) {
      const name = aliases.canonical(written, kind);
      const key = nameKey(name);
      let tally = tallies.get(key);
      if (tally === undefined) tallies.set(key, (tally = { forms: new Map(), kinds: new Map() }));
      memo.set(written, (r = { name, kind, tally, count: 0 }));
    }
    r.count++;
    return r.tally;
  };
  const keyed = articles.map((article) => article.topics.map((t) => vote(t.name, t.kind)));
  // Note: a quoted speaker is a person even where an article only names them in passing.
  for (const article of articles) {
    for (const quote of article.quotes ?? []) {
      if (quote.speaker !== null && quote.speaker.trim() !== '') vote(quote.speaker, 'person');
    }
  }
  for (const memo of Object.values(resolved)) {
    for (const { name, kind, tally, count } of memo.values()) {
      tally.forms.set(name, (tally.forms.get(name) ?? 0) + count);
      tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + count);
    }
  }

  const surnames = surnameMerges(tallies);
  const groups = new Map<string, Tally[]>();
  for (const [key, tally] of tallies) {
    const target = surnames.get(key) ?? key;
    const list = groups.get(target);
    if (list === undefined) groups.set(target, [tally]);
    else list.push(tally);
  }
  for (const [target, list] of groups) {
    // Note: the full name's spellings name the group; the surname only adds votes for the kind.
    const topic = { name: bestForm(tallies.get(target)!.forms), kind: majorityKind(list), stamp: -1 };
    for (const tally of list) tally.merged = topic;
  }

  // Each article's topics, the first mention of each merged name kept (stamped with the article's number).
  return keyed.map((tallyList, stamp) => {
    const topics: Topic[] = [];
    for (const tally of tallyList) {
      const merged = tally.merged!;
      if (merged.stamp === stamp) continue;
      merged.stamp = stamp;
      topics.push({ name: merged.name, kind: merged.kind });
    }
    return topics;
  });
}

/**
 * "Kirby" → "john kirby": a one-word person name that is the last word of exactly one
 * longer person name in the archive. Ambiguous surnames ("Smith" for two Smiths) stay apart.
 */
function surnameMerges(tallies: Map<string, Tally>): Map<string, string> {
  const byLast = new Map<string, string[]>();
  for (const [key, tally] of tallies) {
    const words = key.split(' ');
    if (words.length < 2 || majorityKind([tally]) !== 'person') continue;
    const last = words[words.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), key]);
  }
  const merges = new Map<string, string>();
  for (const [key, tally] of tallies) {
    if (key.includes(' ') || majorityKind([tally]) !== 'person') continue;
    const fulls = byLast.get(key);
    if (fulls !== undefined && fulls.length === 1) merges.set(key, fulls[0]);
  }
  return merges;
}

function majorityKind(tallies: Tally[]): TopicKind {
  const counts = new Map<TopicKind, number>();
  for (const t of tallies) for (const [kind, n] of t.kinds) counts.set(kind, (counts.get(kind) ?? 0) + n);
  let best: TopicKind = 'subject';
  let bestCount = -1;
  for (const kind of KIND_ORDER) {
    const n = counts.get(kind) ?? 0;
    if (n > bestCount) {
      best = kind;
      bestCount = n;
    }
  }
  return best;
}

/** The spelling written most; ties go to the longer, then the alphabetically first. */
function bestForm(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
}

export interface RelatedTopic {
  name: string;
  kind: TopicKind;
  slug: string;
  /** Articles in which both topics appear. */
  count: number;
}

/**
 * For each topic (keyed by its slug), the topics that appear with it in the most articles,
 * most shared first, ties by name; at most `limit` each. Takes `mergeTopics`' output (each article's
 * topic list). `slugsOfNames`: the slugs `assignSlugs` gives these very names, when the caller has them already.
 */
export function relatedTopics(topicLists: Iterable<Topic[]>, limit = 5, slugsOfNames?: Map<string, string>): Map<string, RelatedTopic[]> {
  // Topics are numbered in order of first appearance and counted in per-topic rows keyed by number:
  // string-keyed rows cost most of an archive rebuild's topic work.
  const index = new Map<string, number>();
  const names: string[] = [];
  /** The last Topic seen of each name (its kind is the one reported). */
  const last: Topic[] = [];
  const rows: Counts[] = [];
  const seen: number[] = [];
  const ids: number[] = [];
  let stamp = 0;
  for (const list of topicLists) {
    stamp++;
    ids.length = 0;
    for (const t of list) {
      let i = index.get(t.name);
      if (i === undefined) {
        index.set(t.name, (i = names.length));
        names.push(t.name);
        rows.push(new Counts());
        seen.push(0);
      }
      last[i] = t;
      if (seen[i] !== stamp) {
        seen[i] = stamp;
        ids.push(i);
      }
    }
    for (const a of ids) {
      const row = rows[a];
      for (const b of ids) if (a !== b) row.add(b);
    }
  }
  // Note: the caller's slugs are used only for exactly this set of names; slugs depend on the whole set.
  const slugs = slugsOfNames !== undefined && slugsOfNames.size === names.length && names.every((n) => slugsOfNames.has(n)) ? slugsOfNames : assignSlugs(names);
  // Each name's place in name order: ties are broken by comparing two numbers, not two strings (the names are distinct).
  const byName = names.map((_, i) => i).sort((x, y) => (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0));
  const nameRank = new Int32Array(names.length);
  byName.forEach((i, r) => (nameRank[i] = r));
  const out = new Map<string, RelatedTopic[]>();
  for (let a = 0; a < names.length; a++) {
    const related = rows[a]
      .entries()
      .sort((x, y) => y[1] - x[1] || nameRank[x[0]] - nameRank[y[0]])
      .slice(0, limit)
      .map(([other, count]) => ({ name: names[other], kind: last[other].kind, slug: slugs.get(names[other])!, count }));
    out.set(slugs.get(names[a])!, related);
  }
  return out;
}

/**
 * How often each small non-negative number was added, by open addressing in typed arrays: a
 * Map<number, number> per topic, read and written for every pair of topics of every article, was
 * half of relatedTopics.
 */
export class Counts {
  /** number + 1 per slot; 0 marks an empty slot */
  private keys = new Int32Array(8);
  private counts = new Int32Array(8);
  private size = 0;

  add(n: number): void {
    let i = this.slot(n);
    if (this.keys[i] === 0) {
      // Note: kept at most half full, so probes stay short.
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        i = this.slot(n);
      }
      this.keys[i] = n + 1;
      this.size++;
    }
    this.counts[i]++;
  }

  /** The slot holding `n`, or the empty slot where it would go. */
  private slot(n: number): number {
    const mask = this.keys.length - 1;
    // Note: multiplying by an odd number permutes the low bits, so consecutive numbers do not pile up.
    let i = Math.imul(n, 0x9e3779b1) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== n + 1) i = (i + 1) & mask;
    return i;
  }

  /** [number, count] pairs, in no particular order. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) out.push([this.keys[i] - 1, this.counts[i]]);
    return out;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === 0) continue;
      const i = this.slot(keys[j] - 1);
      this.keys[i] = keys[j];
      this.counts[i] = counts[j];
    }
  }
}

/**
 * Slugs for a set of names, unique: when two names share a slug ("C++" and "C"), the names are
 * sorted and the later ones get "-2", "-3", so the result does not depend on input order.
 */
export function assignSlugs(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const base = new Map(sorted.map((n) => [n, slugify(n)]));
  const taken = new Set(base.values());
  for (const name of sorted) {
    let slug = base.get(name)!;
    if (used.has(slug)) {
      // Note: skip suffixed forms another name owns outright ("c-2" as a real name's slug).
      let n = 2;
      while (used.has(`${slug}-${n}`) || taken.has(`${slug}-${n}`)) n++;
      slug = `${slug}-${n}`;
    }
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}

export { slugify };
