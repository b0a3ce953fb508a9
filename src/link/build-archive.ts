/**
 * Articles (with URLs) → the linked archive: topics merged across articles, stories, sources, people
 * and their quotes, chronological neighbours. Pure: the same articles give the same archive, in
 * the same order, whatever order they came in.
 */
import type {
  Archive, Article, LinkedArticle, PersonEntry, PersonQuote, SourceEntry, StoryEntry, TopicEntry, TopicKind,
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

function buildTopics(articles: LinkedArticle[]): TopicEntry[] {
  const byName = new Map<string, { kinds: TopicKind[]; articles: LinkedArticle[] }>();
  for (const a of articles) {
    for (const t of a.topics) {
      const e = byName.get(t.name) ?? { kinds: [], articles: [] };
      if (e.articles.at(-1) === a) continue;
      e.kinds.push(t.kind);
      e.articles.push(a);
      byName.set(t.name, e);
    }
  }
  const slugs = assignSlugs([...byName.keys()]);
  const related = relatedTopics(new Map(articles.map((a) => [a.id, a.topics])), 8);
  return [...byName]
    .map(([name, e]): TopicEntry => {
      const slug = slugs.get(name)!;
      return {
        slug,
        name,
        kind: countTop(e.kinds),
        articles: [...e.articles].sort(newestFirst).map((a) => a.id),
        related: (related.get(slug) ?? []).map((r) => ({ slug: r.slug, name: r.name, count: r.count })),
      };
    })
    .sort((a, b) => byString(a.slug, b.slug));
}

function buildSources(articles: LinkedArticle[]): SourceEntry[] {
  const bySlug = new Map<string, SourceEntry>();
  for (const a of [...articles].sort(newestFirst)) {
    const name = a.source ?? UNKNOWN_SOURCE;
    const slug = a.source ? slugify(a.source) : 'unknown';
    const e = bySlug.get(slug) ?? { slug, name, known: a.source !== null, articles: [] };
    e.articles.push(a.id);
    bySlug.set(slug, e);
  }
  return [...bySlug.values()].sort((a, b) => byString(a.slug, b.slug));
}

function buildPeople(articles: LinkedArticle[], aliases: AliasTable): PersonEntry[] {
  type Speaker = { name: string; roles: string[]; quotes: QuoteIndex<{ text: string; articles: LinkedArticle[] }> };
  const people = new Map<string, Speaker>();
  for (const a of [...articles].sort(chronological)) {
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const name = aliases.canonical(q.speaker, 'person');
      const slug = slugify(name);
      const p: Speaker = people.get(slug) ?? { name, roles: [], quotes: new QuoteIndex() };
      if (q.role) p.roles.push(q.role);
      const key = quoteKey(q.text);
      const same = p.quotes.find(key);
      const e = same ?? { text: q.text, articles: [] };
      if (!e.articles.includes(a)) e.articles.push(a);
      // Note: one outlet quotes the whole sentence, another a part of it: show the whole.
      if (q.text.length > e.text.length) e.text = q.text;
      if (!same) p.quotes.add(key, e);
      people.set(slug, p);
    }
  }
  return [...people]
    .map(([slug, p]): PersonEntry => ({
      slug,
      name: p.name,
      role: p.roles.length ? countTop(p.roles) : null,
      quotes: [...p.quotes.values()].map((e): PersonQuote => ({
        text: e.text,
        articles: e.articles.map((x) => x.id),
        outlets: new Set(e.articles.map((x) => x.source ?? `unknown:${x.id}`)).size,
      })),
    }))
    .sort((a, b) => byString(a.slug, b.slug));
}

export function buildArchive(input: ArchiveInput): Archive {
  const articles = [...input.articles].sort(chronological);
  const merged = mergeTopics(articles.map((a) => ({ id: a.id, topics: a.topics, quotes: a.quotes })), input.aliases);
  const groups = input.stories ?? linkStories(storyInputs(articles));
  const storyOf = new Map<string, string[]>();
  const storyId = new Map<string, string>();
  for (const g of groups) for (const id of g.articles) {
    storyOf.set(id, g.articles);
    storyId.set(id, g.id);
  }
  const linked: LinkedArticle[] = articles.map((a, i) => ({
    ...a,
    topics: merged.get(a.id) ?? a.topics,
    quotes: a.quotes.map((q) => (q.speaker ? { ...q, speaker: input.aliases.canonical(q.speaker, 'person') } : q)),
    story: storyId.get(a.id) ?? a.id,
    sameStory: [],
    prev: i > 0 ? articles[i - 1].id : null,
    next: i + 1 < articles.length ? articles[i + 1].id : null,
    duplicates: input.duplicates?.get(a.id) ?? [],
  }));
  const byId = new Map(linked.map((a) => [a.id, a]));
  for (const a of linked) {
    a.sameStory = (storyOf.get(a.id) ?? []).filter((id) => id !== a.id && byId.has(id)).sort((x, y) => chronological(byId.get(x)!, byId.get(y)!));
  }
  const stories: StoryEntry[] = groups
    .filter((g) => g.articles.length > 1)
    .map((g) => {
      const members = g.articles.map((id) => byId.get(id)!).filter(Boolean).sort(chronological);
      return {
        id: g.id,
        headline: members[0].headline,
        articles: members.map((m) => m.id),
        sources: [...new Set(members.map((m) => m.source ?? UNKNOWN_SOURCE))].sort(byString),
      };
    })
    .sort((a, b) => newestFirst({ date: byId.get(a.articles.at(-1)!)!.date, id: a.id }, { date: byId.get(b.articles.at(-1)!)!.date, id: b.id }));
  return {
    articles: linked,
    topics: buildTopics(linked),
    sources: buildSources(linked),
    people: buildPeople(linked, input.aliases),
    stories,
  };
}
