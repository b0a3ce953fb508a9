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
}

/** When kinds tie, the more specific one wins (a named person over a subject). */
const KIND_ORDER: TopicKind[] = ['person', 'organization', 'place', 'subject'];

/**
 * Per article id, its topics renamed to archive-wide names: aliases applied, a lone surname
 * merged into the one full name it fits, each name given the kind most articles give it.
 */
export function mergeTopics(articles: TopicArticle[], aliases: AliasTable): Map<string, Topic[]> {
  const tallies = new Map<string, Tally>();
  // Note: the same few thousand names are mentioned hundreds of thousands of times; each is resolved
  // (alias, then key) once per kind.
  const resolved = new Map<TopicKind, Map<string, { name: string; key: string }>>();
  const vote = (written: string, kind: TopicKind): string => {
    let memo = resolved.get(kind);
    if (memo === undefined) resolved.set(kind, (memo = new Map()));
    let r = memo.get(written);
    if (r === undefined) {
      const canonical = aliases.canonical(written, kind);
      memo.set(written, (r = { name: canonical, key: nameKey(canonical) }));
    }
    const { name, key } = r;
    let tally = tallies.get(key);
    if (tally === undefined) tallies.set(key, (tally = { forms: new Map(), kinds: new Map() }));
    tally.forms.set(name, (tally.forms.get(name) ?? 0) + 1);
    tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
    return key;
  };
  const keyed = articles.map((article) => ({
    id: article.id,
    keys: article.topics.map((t) => vote(t.name, t.kind)),
  }));
  // Note: a quoted speaker is a person even where an article only names them in passing.
  for (const article of articles) {
    for (const quote of article.quotes ?? []) {
      if (quote.speaker !== null && quote.speaker.trim() !== '') vote(quote.speaker, 'person');
    }
  }

  const surnames = surnameMerges(tallies);
  const final = new Map<string, { name: string; kind: TopicKind }>();
  const groups = new Map<string, Tally[]>();
  for (const [key, tally] of tallies) {
    const target = surnames.get(key) ?? key;
    const list = groups.get(target);
    if (list === undefined) groups.set(target, [tally]);
    else list.push(tally);
  }
  for (const [target, list] of groups) {
    // Note: the full name's spellings name the group; the surname only adds votes for the kind.
    final.set(target, { name: bestForm(tallies.get(target)!.forms), kind: majorityKind(list) });
  }

  const out = new Map<string, Topic[]>();
  for (const { id, keys } of keyed) {
    const seen = new Set<string>();
    const topics: Topic[] = [];
    for (const key of keys) {
      const target = surnames.get(key) ?? key;
      if (seen.has(target)) continue;
      seen.add(target);
      topics.push({ ...final.get(target)! });
    }
    out.set(id, topics);
  }
  return out;
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
 * most shared first, ties by name; at most `limit` each. Takes `mergeTopics`' output. `slugsOfNames`:
 * the slugs `assignSlugs` gives these very names, when the caller has them already.
 */
export function relatedTopics(topicsByArticle: Map<string, Topic[]>, limit = 5, slugsOfNames?: Map<string, string>): Map<string, RelatedTopic[]> {
  // Topics are numbered in order of first appearance and counted in per-topic rows keyed by number:
  // string-keyed rows cost most of an archive rebuild's topic work.
  const index = new Map<string, number>();
  const names: string[] = [];
  /** The last Topic seen of each name (its kind is the one reported). */
  const last: Topic[] = [];
  const rows: Map<number, number>[] = [];
  const seen: number[] = [];
  const ids: number[] = [];
  let stamp = 0;
  for (const list of topicsByArticle.values()) {
    stamp++;
    ids.length = 0;
    for (const t of list) {
      let i = index.get(t.name);
      if (i === undefined) {
        index.set(t.name, (i = names.length));
        names.push(t.name);
        rows.push(new Map());
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
      for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  // Note: the caller's slugs are used only for exactly this set of names; slugs depend on the whole set.
  const slugs = slugsOfNames !== undefined && slugsOfNames.size === names.length && names.every((n) => slugsOfNames.has(n)) ? slugsOfNames : assignSlugs(names);
  const out = new Map<string, RelatedTopic[]>();
  for (let a = 0; a < names.length; a++) {
    const related = [...rows[a]]
      .sort((x, y) => y[1] - x[1] || (names[x[0]] < names[y[0]] ? -1 : names[x[0]] > names[y[0]] ? 1 : 0))
      .slice(0, limit)
      .map(([other, count]) => ({ name: names[other], kind: last[other].kind, slug: slugs.get(names[other])!, count }));
    out.set(slugs.get(names[a])!, related);
  }
  return out;
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
