/**
 * Articles (with URLs) → the linked archive: topics merged across articles, stories, sources, people
 * and their quotes, chronological neighbours. Pure: the same articles give the same archive, in
 * the same order, whatever order they came in.
 */
import type {
  Archive, Article, LinkedArticle, PersonEntry, PersonQuote, Quote, SourceEntry, StoryEntry, TopicEntry, TopicKind,
} from '../record.ts';
import type { AliasTable } from './aliases.ts';
import { assignSlugs, mergeTopics, relatedTopics } from './topics.ts';
import { linkStories, type StoryGroup, type StoryInput } from './stories.ts';
import { slugify } from './slugify.ts';
import { QuoteIndex, quoteKey } from './same-quote.ts';

export interface ArchiveInput {
  articles: Article[];
  aliases: AliasTable;
  /** article id → files merged into it as duplicates */
  duplicates?: Map<string, string[]>;
  /** Story groups already computed for exactly these articles (see storyInputs); else linked now. */
  stories?: StoryGroup[];
}

/** What same-story linking reads of each article. */
export function storyInputs(articles: Article[]): StoryInput[] {
  return [...articles].sort(chronological).map((a) => ({ id: a.id, headline: a.headline, body: a.body, date: a.date, source: a.source, quotes: a.quotes.map((q) => q.text) }));
}

export const UNKNOWN_SOURCE = 'Unknown source';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Oldest first; undated articles before all dated ones; ties by id. */
export const chronological = (a: { date: string | null; id: string }, b: { date: string | null; id: string }): number =>
  byString(a.date ?? '', b.date ?? '') || byString(a.id, b.id);
export const newestFirst = (a: { date: string | null; id: string }, b: { date: string | null; id: string }): number =>
  chronological(b, a);

function countTop<T extends string>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0][0];
}

/**
 * Articles' positions (in chronological order) newest first: the order `sort(newestFirst)` gives, made
 * without comparing. `rank[i]` is shared by articles that compare equal, which keep their order, as a
 * stable sort keeps them.
 */
function newestFirstOf(positions: number[], rank: Int32Array): number[] {
  const out: number[] = [];
  for (let end = positions.length; end > 0;) {
    let start = end - 1;
    while (start > 0 && rank[positions[start - 1]] === rank[positions[end - 1]]) start--;
    for (let k = start; k < end; k++) out.push(positions[k]);
    end = start;
  }
  return out;
}

function buildTopics(articles: LinkedArticle[], rank: Int32Array): TopicEntry[] {
  // Note: articles come in chronological order, so each topic's positions do too.
  const byName = new Map<string, { kinds: TopicKind[]; articles: number[] }>();
  for (let i = 0; i < articles.length; i++) {
    for (const t of articles[i].topics) {
      let e = byName.get(t.name);
      if (e === undefined) byName.set(t.name, (e = { kinds: [], articles: [] }));
      else if (e.articles[e.articles.length - 1] === i) continue;
      e.kinds.push(t.kind);
      e.articles.push(i);
    }
  }
  const slugs = assignSlugs([...byName.keys()]);
  const related = relatedTopics(articles.map((a) => a.topics), 8, slugs);
  return [...byName]
    .map(([name, e]): TopicEntry => {
      const slug = slugs.get(name)!;
      return {
        slug,
        name,
        kind: countTop(e.kinds),
        articles: newestFirstOf(e.articles, rank).map((i) => articles[i].id),
        related: (related.get(slug) ?? []).map((r) => ({ slug: r.slug, name: r.name, count: r.count })),
      };
    })
    .sort((a, b) => byString(a.slug, b.slug));
}

function buildSources(articles: LinkedArticle[], rank: Int32Array): SourceEntry[] {
  const bySlug = new Map<string, SourceEntry>();
  for (const i of newestFirstOf(Array.from(articles.keys()), rank)) {
    const a = articles[i];
    const name = a.source ?? UNKNOWN_SOURCE;
    const slug = a.source ? slugify(a.source) : 'unknown';
    let e = bySlug.get(slug);
    if (e === undefined) bySlug.set(slug, (e = { slug, name, known: a.source !== null, articles: [] }));
    e.articles.push(a.id);
  }
  return [...bySlug.values()].sort((a, b) => byString(a.slug, b.slug));
}

/** `articles` in chronological order (as buildArchive makes them). */
function buildPeople(articles: LinkedArticle[], aliases: AliasTable): PersonEntry[] {
  /** One person and what they said, in chronological order: the quote and the article carrying it. */
  type Speaker = { slug: string; name: string; roles: string[]; quotes: Quote[]; carriers: LinkedArticle[] };
  const people = new Map<string, Speaker>();
  // Note: a few hundred speakers quoted tens of thousands of times: their names are resolved once.
  const named = new Map<string, Speaker>();
  for (const a of articles) {
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      let p = named.get(q.speaker);
      if (p === undefined) {
        const name = aliases.canonical(q.speaker, 'person');
        const slug = slugify(name);
        p = people.get(slug);
        if (p === undefined) people.set(slug, (p = { slug, name, roles: [], quotes: [], carriers: [] }));
        named.set(q.speaker, p);
      }
      if (q.role) p.roles.push(q.role);
      p.quotes.push(q);
      p.carriers.push(a);
    }
  }
  // Note: each person's quotes are matched in one go, person after person, not interleaved as the
  // articles come: one person's index then stays in the processor's cache (a quarter faster on 16k
  // articles). A person's quotes are matched in the same (chronological) order either way.
  return [...people.values()]
    .map((p): PersonEntry => ({ slug: p.slug, name: p.name, role: p.roles.length ? countTop(p.roles) : null, quotes: sameQuotes(p.quotes, p.carriers) }))
    .sort((a, b) => byString(a.slug, b.slug));
}

/** One person's quotes (`quotes[i]` carried by `carriers[i]`, in chronological order), the same words reported twice made one. */
function sameQuotes(quotes: Quote[], carriers: LinkedArticle[]): PersonQuote[] {
  const index = new QuoteIndex<{ text: string; articles: LinkedArticle[] }>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const a = carriers[i];
    const key = quoteKey(q.text);
    const same = index.find(key);
    const e = same ?? { text: q.text, articles: [] };
    if (!e.articles.includes(a)) e.articles.push(a);
    // Note: one outlet quotes the whole sentence, another a part of it: show the whole.
    if (q.text.length > e.text.length) e.text = q.text;
    if (!same) index.add(key, e);
  }
  return [...index.values()].map((e): PersonQuote => ({
    text: e.text,
    articles: e.articles.map((x) => x.id),
    outlets: e.articles.length === 1 ? 1 : new Set(e.articles.map((x) => x.source ?? `unknown:${x.id}`)).size,
  }));
}

export function buildArchive(input: ArchiveInput): Archive {
  const articles = [...input.articles].sort(chronological);
  // Position in chronological order, shared by articles that compare equal: orders without comparing strings.
  const rank = new Int32Array(articles.length);
  for (let i = 1; i < articles.length; i++) rank[i] = chronological(articles[i - 1], articles[i]) === 0 ? rank[i - 1] : i;
  // Note: the articles themselves, not copies of their topics and quotes: mergeTopics reads only those.
  const merged = mergeTopics(articles, input.aliases);
  const groups = input.stories ?? linkStories(storyInputs(articles));
  // Note: articles are handled by their position in chronological order; ids are looked up once, here.
  const posOf = new Map<string, number>();
  for (let i = 0; i < articles.length; i++) posOf.set(articles[i].id, i);
  /** Each article's story group: the last group naming it, as a map filled in group order keeps. */
  const groupOf: (StoryGroup | undefined)[] = new Array(articles.length);
  for (const g of groups) {
    for (const id of g.articles) {
      const i = posOf.get(id);
      if (i !== undefined) groupOf[i] = g;
    }
  }
  // Each group's members in chronological order, sorted once for all of them (a stable sort: an
  // article's own list is this one without it, as sorting its own filtered list would give).
  const members = new Map<StoryGroup, number[]>();
  const membersOf = (g: StoryGroup): number[] => {
    let at = members.get(g);
    if (at === undefined) {
      at = [];
      for (const id of g.articles) {
        const i = posOf.get(id);
        if (i !== undefined) at.push(i);
      }
      members.set(g, at.sort((x, y) => rank[x] - rank[y]));
    }
    return at;
  };
  const speakers = new Map<string, string>();
  const canonicalSpeaker = (name: string): string => {
    let c = speakers.get(name);
    if (c === undefined) speakers.set(name, (c = input.aliases.canonical(name, 'person')));
    return c;
  };
  // Note: Object.assign, not `{ ...a, topics, … }`: the same object, keys in the same order, but V8
  // builds a spread followed by more keys about 5× slower (~120 ms for 16,000 articles).
  const linked: LinkedArticle[] = articles.map((a, i) => Object.assign({}, a, {
    topics: merged[i],
    quotes: a.quotes.map((q) => (q.speaker ? { ...q, speaker: canonicalSpeaker(q.speaker) } : q)),
    story: groupOf[i]?.id ?? a.id,
    sameStory: [] as string[],
    prev: i > 0 ? articles[i - 1].id : null,
    next: i + 1 < articles.length ? articles[i + 1].id : null,
    duplicates: input.duplicates?.get(a.id) ?? [],
  }));
  for (let i = 0; i < linked.length; i++) {
    const g = groupOf[i];
    if (g === undefined) continue;
    const own = linked[i].id;
    const same: string[] = [];
    for (const k of membersOf(g)) if (linked[k].id !== own) same.push(linked[k].id);
    linked[i].sameStory = same;
  }
  const stories = groups
    .filter((g) => g.articles.length > 1)
    .map((g) => {
      const at = membersOf(g);
      const story: StoryEntry = {
        id: g.id,
        headline: linked[at[0]].headline,
        articles: at.map((k) => linked[k].id),
        sources: [...new Set(at.map((k) => linked[k].source ?? UNKNOWN_SOURCE))].sort(byString),
      };
      return { story, date: linked[at[at.length - 1]].date };
    })
    .sort((a, b) => newestFirst({ date: a.date, id: a.story.id }, { date: b.date, id: b.story.id }))
    .map((s) => s.story);
  return {
    articles: linked,
    topics: buildTopics(linked, rank),
    sources: buildSources(linked, rank),
    people: buildPeople(linked, input.aliases),
    stories,
  };
}
