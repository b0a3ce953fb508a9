/**
 * Archive → the data every Eleventy template renders. All decisions (what to list, in which order,
 * how to paginate, what a date reads like) are made here, so templates only print fields.
 * A page's own `url` is its site-relative output path (Eleventy's permalink); every link a page
 * prints is already prefixed with the site's path prefix, so templates print it as it is.
 */
import type { Archive, LinkedArticle, PersonQuote, TopicKind } from '../record.ts';
import { newestFirst, UNKNOWN_SOURCE } from '../link/build-archive.ts';
import { slugify } from '../link/slugify.ts';
import { bodyToHtml } from './body-to-html.ts';
import { displayDate, displayMonth } from './format-date.ts';
import type { SiteConfig } from './site-config.ts';
import { searchShards, shardBundlePath } from './search-shards.ts';
import { pageHead, SEARCH_URL, type AlternateLink, type HeadInput, type PageHead } from './page-meta.ts';
import { buildFeed, feedAlternates, type Feed, type JsonFeedFile } from './feeds.ts';
import { buildSitemaps, type SitemapFile } from './sitemap.ts';

export interface Link { url: string; label: string }

export interface ArticleCard {
  url: string;
  headline: string;
  date: string | null;
  dateDisplay: string;
  estimated: boolean;
  source: string;
  summary: string;
}

export interface ArticlePage {
  url: string;
  title: string;
  headline: string;
  date: string | null;
  dateDisplay: string;
  estimated: boolean;
  source: Link;
  author: string | null;
  dateline: string | null;
  bodyHtml: string;
  summary: string;
  quotes: { text: string; speaker: Link | null; role: string | null }[];
  media: { caption: string; credit: string | null }[];
  topics: (Link & { kind: TopicKind })[];
  prev: Link | null;
  next: Link | null;
  sameStory: (Link & { source: string; dateDisplay: string })[];
  /** "2024" for the search filter, null when undated. */
  year: string | null;
  /** The month and year archives the article sits in. */
  archives: Link[];
  head: PageHead;
}

/** Links between the pages of a long list: newer and older articles, and where this page stands. */
export interface Pager { newer: string | null; older: string | null; label: string }

/**
 * Page fields whose list items are objects shared between pages: a list page's `items` are the one
 * card made per article, on every list that shows it (build/plan-pages fingerprints each card once).
 */
export const SHARED_PAGE_ITEMS: ReadonlySet<string> = new Set(['items']);

export interface ListPage {
  url: string;
  title: string;
  heading: string;
  intro: string | null;
  items: ArticleCard[];
  pager: Pager | null;
  /** Related topics (or the year of a month), on the front page of a list only. */
  related: Link[];
  /** For the home page only: links to the latest multi-source stories. */
  feature: Link[];
  /** This list's own feeds (home, topic and source pages), else empty. */
  feeds: Link[];
  head: PageHead;
}

export interface DirectoryPage {
  url: string;
  title: string;
  heading: string;
  intro: string | null;
  groups: { anchor: string; heading: string; entries: { url: string; label: string; note: string; sub: Link[] }[] }[];
  head: PageHead;
}

export interface PersonPage {
  url: string;
  title: string;
  name: string;
  /** What the page opens with: the role the speaker is given most on the front page (it may change with
   *  any new quote), which page this is on the others. */
  intro: string | null;
  topic: Link | null;
  /** Newest first; a page of them when the speaker is quoted more than `pageSize` times. */
  quotes: { text: string; reportedBy: string | null; appearances: { url: string; headline: string; source: string; dateDisplay: string }[] }[];
  pager: Pager | null;
  head: PageHead;
}

/** The search page: where Pagefind's bundle lives and what result URLs are prefixed with. */
export interface SearchPage {
  url: string;
  title: string;
  heading: string;
  /** The newest year's search bundle; the page loads Pagefind's UI from it. */
  bundlePath: string;
  /** The other years' bundles, merged into the same search (space-separated). */
  mergeBundles: string;
  baseUrl: string;
  /** Where to browse when JavaScript is off. */
  fallback: Link[];
  head: PageHead;
}

export interface NotFoundPage {
  url: string;
  title: string;
  heading: string;
  links: Link[];
  head: PageHead;
}

export interface SiteData {
  site: {
    title: string; description: string; language: string; nav: Link[]; home: string; stylesheet: string; icon: string;
    /** The search page (prefixed), for the search box every page carries. */
    search: string;
    /** Year archives, newest first, for the footer. */
    years: Link[];
    /** The whole site's feeds, for the footer. */
    feeds: Link[];
  };
  articles: ArticlePage[];
  lists: ListPage[];
  directories: DirectoryPage[];
  people: PersonPage[];
  /** Atom feeds and JSON feeds; `url` is each file's output path. */
  feeds: Feed[];
  jsonFeeds: JsonFeedFile[];
  /** Empty when siteUrl is unknown (a sitemap needs absolute URLs). */
  sitemaps: SitemapFile[];
  robots: { url: string; sitemap: string | null }[];
  search: SearchPage[];
  notFound: NotFoundPage[];
}

const KIND_LABEL: Record<TopicKind, string> = { person: 'People', place: 'Places', organization: 'Organisations', subject: 'Subjects' };
const KIND_ORDER: TopicKind[] = ['person', 'place', 'organization', 'subject'];

export const topicUrl = (slug: string): string => `/topics/${slug}/`;
export const sourceUrl = (slug: string): string => `/sources/${slug}/`;
export const personUrl = (slug: string): string => `/people/${slug}/`;

/**
 * `paragraphsOf(body)[0] ?? ''` without splitting the whole body: the split's separators, found one at
 * a time from the start, until a paragraph that is not blank.
 */
function firstParagraph(body: string): string {
  const separator = /\n\s*\n/g;
  let from = 0;
  for (let m = separator.exec(body); m !== null; m = separator.exec(body)) {
    const p = body.slice(from, m.index).trim();
    if (p) return p;
    from = separator.lastIndex;
  }
  return body.slice(from).trim();
}

/** The first sentence (or two short ones) of the body, cut at a word near 220 characters. */
export function summarise(body: string): string {
  const first = firstParagraph(body);
  const sentences = first.match(/[^.!?]+[.!?]+["”’)]?\s*/g) ?? [first];
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).length > 220) break;
    out += s;
  }
  out = out.trim() || first;
  if (out.length > 240) out = out.slice(0, 230).replace(/\s+\S*$/, '') + '…';
  return out;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One page of a long list (see paginate): `suffix` is what its title adds, e.g. " (page 3)". */
export interface PageOfList<T> { url: string; items: T[]; pager: Pager | null; suffix: string }

/** A card's day as a pager label shows it ("5 January 2024"), or null when undated. */
const cardDay = (c: ArticleCard): string | null => (c.date ? c.dateDisplay.replace(/, \d\d:\d\d$/, '') : null);

/**
 * A long list, newest first → pages. The front page shows the newest `size`; the rest are numbered
 * from the OLDEST item (`page/1/` holds the first `size` ever published), so adding an item rewrites
 * the front page and the newest numbered page only, never every page of the list. `dayOf` gives an
 * item's day for the pager's label ("Page 3: 2 May 2024 – 9 June 2024"), null when undated; `noun`
 * names the items on the front page's ("The latest 20 articles").
 */
export function paginate<T>(
  baseUrl: string, newest: T[], how: { size: number; href: (url: string) => string; dayOf: (item: T) => string | null; noun: string },
): PageOfList<T>[] {
  const { size, href, dayOf } = how;
  const n = newest.length;
  if (n <= size) return [{ url: baseUrl, items: newest, pager: null, suffix: '' }];
  const chrono = [...newest].reverse();
  const chunks = Math.ceil(n / size);
  const chunkUrl = (k: number): string => `${baseUrl}page/${k}/`;
  // Note: only the first and last dated items are asked for their day, not every item of every page.
  const span = (oldestFirst: T[]): string => {
    let first: string | null = null;
    let last: string | null = null;
    for (let i = 0; i < oldestFirst.length && first === null; i++) first = dayOf(oldestFirst[i]);
    for (let i = oldestFirst.length - 1; i >= 0 && last === null; i--) last = dayOf(oldestFirst[i]);
    if (first === null || last === null) return 'undated';
    return first === last ? first : `${first} – ${last}`;
  };
  const pages: PageOfList<T>[] = [{
    url: baseUrl,
    items: newest.slice(0, size),
    pager: { newer: null, older: href(chunkUrl(Math.floor((n - 1 - size) / size) + 1)), label: `The latest ${size} ${how.noun}` },
    suffix: '',
  }];
  for (let k = chunks; k >= 1; k--) {
    const oldestFirst = chrono.slice((k - 1) * size, k * size);
    pages.push({
      url: chunkUrl(k),
      items: [...oldestFirst].reverse(),
      pager: { newer: href(k < chunks ? chunkUrl(k + 1) : baseUrl), older: k > 1 ? href(chunkUrl(k - 1)) : null, label: `Page ${k}: ${span(oldestFirst)}` },
      suffix: ` (page ${k})`,
    });
  }
  return pages;
}

export interface SiteDataOptions {
  /** Body HTML already made (and cached) per input file; bodies not found here are rendered now. */
  bodyHtmlOfFile?: Map<string, string>;
}

export function buildSiteData(archive: Archive, config: SiteConfig, opts: SiteDataOptions = {}): SiteData {
  // Note: as `url.replace(/^\//, '')`, without a regex: it runs for every link of every page.
  const href = (url: string): string => config.pathPrefix + (url.charCodeAt(0) === 47 ? url.slice(1) : url);
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const sourceSlug = (a: LinkedArticle): string => (a.source ? slugify(a.source) : 'unknown');
  const personSlugs = new Set(archive.people.map((p) => p.slug));
  const topicSlugs = new Set(archive.topics.map((t) => t.slug));
  const slugOfTopic = new Map(archive.topics.map((t) => [t.name, t.slug]));
  const cards = new Map<string, ArticleCard>();
  for (const a of archive.articles) {
    cards.set(a.id, {
      url: href(a.url),
      headline: a.headline,
      date: a.date,
      dateDisplay: displayDate(a.date),
      estimated: a.dateSource === 'text',
      source: a.source ?? UNKNOWN_SOURCE,
      summary: summarise(a.body),
    });
  }
  const card = (id: string): ArticleCard => cards.get(id)!;
  const siteFeeds = feedAlternates('/', config.title, href);
  const head = (url: string, title: string, description: string | null, extra: Partial<HeadInput> = {}): PageHead =>
    pageHead({
      url, title, description: description ?? config.description, alternates: 'alternates' in extra ? extra.alternates! : siteFeeds,
      article: extra.article, noindex: extra.noindex, styles: extra.styles, scripts: extra.scripts,
    }, config);
  const linkTo = (id: string | null): Link | null => (id ? { url: href(byId.get(id)!.url), label: byId.get(id)!.headline } : null);

  const articles: ArticlePage[] = archive.articles.map((a) => {
    const own = card(a.id);
    const topics = a.topics.filter((t) => slugOfTopic.has(t.name));
    return {
      url: a.url,
      title: a.headline,
      headline: a.headline,
      date: a.date,
      dateDisplay: own.dateDisplay,
      estimated: a.dateSource === 'text',
      source: { url: href(sourceUrl(sourceSlug(a))), label: a.source ?? UNKNOWN_SOURCE },
      author: a.author,
      dateline: a.dateline,
      bodyHtml: opts.bodyHtmlOfFile?.get(a.file) ?? bodyToHtml(a.body),
      summary: own.summary,
      quotes: a.quotes.map((q) => {
        const slug = q.speaker ? slugify(q.speaker) : null;
        return {
          text: q.text,
          speaker: q.speaker ? { url: slug && personSlugs.has(slug) ? href(personUrl(slug)) : '', label: q.speaker } : null,
          role: q.role ?? null,
        };
      }),
      media: a.media,
      topics: topics.map((t) => ({ url: href(topicUrl(slugOfTopic.get(t.name)!)), label: t.name, kind: t.kind })),
      prev: linkTo(a.prev),
      next: linkTo(a.next),
      sameStory: a.sameStory.map((id) => ({ ...linkTo(id)!, source: card(id).source, dateDisplay: card(id).dateDisplay })),
      year: a.date ? a.date.slice(0, 4) : null,
      archives: a.date
        ? [
          { url: href(`/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/`), label: `More from ${displayMonth(a.date.slice(0, 4), a.date.slice(5, 7))}` },
          { url: href(`/${a.date.slice(0, 4)}/`), label: `All of ${a.date.slice(0, 4)}` },
        ]
        : [],
      head: head(a.url, a.headline, own.summary || null, {
        article: {
          url: a.url, headline: a.headline, summary: own.summary, date: a.date, author: a.author, authors: a.authors,
          source: a.source, topics: topics.map((t) => t.name),
        },
      }),
    };
  });

  const lists: ListPage[] = [];
  const feeds: Feed[] = [];
  const jsonFeeds: JsonFeedFile[] = [];
  /** `feedTitle`: give the list its own Atom and JSON feeds, beside its first page. */
  const addList = (base: string, title: string, heading: string, intro: string | null, ids: string[], related: Link[] = [], feature: Link[] = [], feedTitle: string | null = null): void => {
    let own: AlternateLink[] = [];
    if (feedTitle !== null) {
      const f = buildFeed({ pageUrl: base, title: feedTitle, subtitle: intro ?? config.description, articles: ids }, byId, (id) => card(id).summary, config);
      feeds.push(f.atom);
      jsonFeeds.push(f.json);
      own = base === '/' ? siteFeeds : feedAlternates(base, feedTitle, href);
    }
    for (const p of paginate(base, ids.map(card), { size: config.pageSize, href, dayOf: cardDay, noun: 'articles' })) {
      const suffix = p.suffix;
      // Note: only the front page of a list carries its counts, featured and related links; numbered
      // pages must not change when an article is added elsewhere in the list (a topic's related topics
      // shift with every article that joins it).
      const front = p.url === base;
      const pageIntro = front ? intro : p.pager?.label ?? null;
      lists.push({
        url: p.url, title: title + suffix, heading, intro: pageIntro, items: p.items, pager: p.pager, related: front ? related : [], feature: front ? feature : [],
        // Note: the home page's feeds are the site's, already linked from every footer.
        feeds: (base === '/' ? [] : own).map((f) => ({ url: f.url, label: f.type === 'application/atom+xml' ? 'Atom feed' : 'JSON feed' })),
        head: head(p.url, title + suffix, pageIntro, { alternates: base === '/' ? siteFeeds : [...own, ...siteFeeds] }),
      });
    }
  };
  const newest = [...archive.articles].sort(newestFirst).map((a) => a.id);
  const storyLinks = archive.stories.slice(0, 5).map((s) => ({ url: href(`/stories/#${s.id}`), label: `${s.headline} (${plural(s.articles.length, 'article')}, ${plural(s.sources.length, 'outlet')})` }));
  addList('/', config.title, 'Latest articles', `${plural(archive.articles.length, 'article')} from ${plural(archive.sources.length, 'source')}.`, newest, [], storyLinks, config.title);
  for (const t of archive.topics) {
    addList(topicUrl(t.slug), `${t.name} — topic`, t.name, `${KIND_LABEL[t.kind].replace(/s$/, '')} · ${plural(t.articles.length, 'article')}`, t.articles,
      t.related.filter((r) => topicSlugs.has(r.slug)).map((r) => ({ url: href(topicUrl(r.slug)), label: r.name })), [], `${t.name} · ${config.title}`);
  }
  for (const s of archive.sources) {
    addList(sourceUrl(s.slug), `${s.name} — source`, s.name, s.known ? plural(s.articles.length, 'article') : `${plural(s.articles.length, 'article')} whose page names no outlet`, s.articles, [], [], `${s.name} · ${config.title}`);
  }
  // Date archives: /YYYY/ and /YYYY/MM/.
  const years = new Map<string, string[]>();
  const months = new Map<string, string[]>();
  for (const id of newest) {
    const d = byId.get(id)!.date;
    if (!d) continue;
    for (const [map, key] of [[years, d.slice(0, 4)], [months, d.slice(0, 7)]] as const) {
      const ids = map.get(key);
      if (ids) ids.push(id);
      else map.set(key, [id]);
    }
  }
  for (const [y, ids] of years) addList(`/${y}/`, `${y} — archive`, y, plural(ids.length, 'article'), ids);
  for (const [ym, ids] of months) {
    const [y, m] = ym.split('-');
    addList(`/${y}/${m}/`, `${displayMonth(y, m)} — archive`, displayMonth(y, m), plural(ids.length, 'article'), ids, [{ url: href(`/${y}/`), label: `All of ${y}` }]);
  }

  const directories: DirectoryPage[] = ([
    {
      url: '/topics/',
      title: 'Topics',
      heading: 'Topics',
      intro: `${plural(archive.topics.length, 'topic')}, grouped by kind.`,
      groups: KIND_ORDER.map((kind) => ({
        anchor: kind,
        heading: KIND_LABEL[kind],
        entries: archive.topics
          .filter((t) => t.kind === kind)
          .sort((a, b) => b.articles.length - a.articles.length || (a.slug < b.slug ? -1 : 1))
          .map((t) => ({ url: href(topicUrl(t.slug)), label: t.name, note: plural(t.articles.length, 'article'), sub: [] })),
      })).filter((g) => g.entries.length > 0),
    },
    {
      url: '/sources/',
      title: 'Sources',
      heading: 'Sources',
      intro: `${plural(archive.sources.length, 'outlet')} in the archive.`,
      groups: [{ anchor: 'outlets', heading: 'Outlets', entries: archive.sources.map((s) => ({ url: href(sourceUrl(s.slug)), label: s.name, note: plural(s.articles.length, 'article'), sub: [] })) }],
    },
    {
      url: '/quotes/',
      title: 'Quotes by speaker',
      heading: 'Quotes by speaker',
      intro: `${plural(archive.people.length, 'speaker')} quoted in the archive.`,
      groups: [{
        anchor: 'speakers',
        heading: 'Speakers',
        entries: archive.people.map((p) => ({ url: href(personUrl(p.slug)), label: p.name, note: `${plural(p.quotes.length, 'quote')}${p.role ? ` · ${p.role}` : ''}`, sub: [] })),
      }],
    },
    {
      url: '/stories/',
      title: 'Stories across outlets',
      heading: 'Stories across outlets',
      intro: `${plural(archive.stories.length, 'story', 'stories')} covered by more than one article.`,
      groups: archive.stories.map((s) => ({
        anchor: s.id,
        heading: s.headline,
        entries: s.articles.map((id) => ({ url: card(id).url, label: card(id).headline, note: `${card(id).source} · ${card(id).dateDisplay}`, sub: [] })),
      })),
    },
  ] as Omit<DirectoryPage, 'head'>[]).map((d) => ({ ...d, head: head(d.url, d.title, d.intro) }));

  // A speaker's quotes, newest first, paginated like a list: someone quoted every week does not get
  // one page that grows with the archive, and a new quote rewrites the front and newest pages only.
  const people: PersonPage[] = archive.people.flatMap((p) => {
    const base = personUrl(p.slug);
    const newestQuotes = [...p.quotes].reverse();
    const dayOf = (q: PersonQuote): string | null => cardDay(card(q.articles[0]));
    return paginate(base, newestQuotes, { size: config.pageSize, href, dayOf, noun: 'quotes' }).map((page): PersonPage => {
      // Note: as on lists, what changes with any new quote (the role said most) is on the front page only.
      const front = page.url === base;
      const title = `${p.name} — quotes${page.suffix}`;
      return {
        url: page.url,
        title,
        name: p.name,
        intro: front ? p.role : page.pager!.label,
        topic: front && topicSlugs.has(p.slug) ? { url: href(topicUrl(p.slug)), label: `Articles about ${p.name}` } : null,
        quotes: page.items.map((q) => ({
          text: q.text,
          reportedBy: q.outlets > 1 ? `reported by ${q.outlets} outlets` : null,
          appearances: q.articles.map((id) => ({ url: card(id).url, headline: card(id).headline, source: card(id).source, dateDisplay: card(id).dateDisplay })),
        })),
        pager: page.pager,
        head: head(page.url, title, front ? (p.role ? `${p.name}, ${p.role}: quotes in the archive.` : `${p.name}: quotes in the archive.`) : page.pager!.label),
      };
    });
  });

  const yearLinks = [...years.keys()].sort().reverse().map((y) => ({ url: href(`/${y}/`), label: y }));
  const sitemaps = buildSitemaps([
    ...lists.map((l) => ({ url: l.url, date: null })),
    ...articles.map((a) => ({ url: a.url, date: a.date })),
    ...directories.map((d) => ({ url: d.url, date: null })),
    ...people.map((p) => ({ url: p.url, date: null })),
  ], config.siteUrl);
  const shards = searchShards(archive.articles.map((a) => a.date));
  const search: SearchPage = {
    url: SEARCH_URL,
    title: 'Search',
    heading: 'Search the archive',
    bundlePath: href(shardBundlePath(shards[0])),
    mergeBundles: shards.slice(1).map((s) => href(shardBundlePath(s))).join(' '),
    baseUrl: config.pathPrefix,
    fallback: [{ url: href('/topics/'), label: 'Topics' }, { url: href('/sources/'), label: 'Sources' }, ...yearLinks],
    head: head(SEARCH_URL, 'Search', `Search ${config.title}.`, {
      noindex: true,
      styles: [href(`${shardBundlePath(shards[0])}pagefind-ui.css`)],
      scripts: [href(`${shardBundlePath(shards[0])}pagefind-ui.js`), href('/assets/search.js')],
    }),
  };
  const notFound: NotFoundPage = {
    url: '/404.html',
    title: 'Page not found',
    heading: 'Page not found',
    links: [{ url: href('/'), label: 'Latest articles' }, { url: href(SEARCH_URL), label: 'Search the archive' }, { url: href('/topics/'), label: 'All topics' }],
    head: head('/404.html', 'Page not found', null, { noindex: true }),
  };

  return {
    site: {
      title: config.title,
      description: config.description,
      language: config.language,
      home: href('/'),
      stylesheet: href('/assets/style.css'),
      icon: href('/assets/icon.svg'),
      search: href(SEARCH_URL),
      years: yearLinks,
      feeds: [{ url: href('/feed.xml'), label: 'Atom feed' }, { url: href('/feed.json'), label: 'JSON feed' }],
      nav: [
        { url: href('/'), label: 'Latest' },
        { url: href('/topics/'), label: 'Topics' },
        { url: href('/sources/'), label: 'Sources' },
        { url: href('/stories/'), label: 'Stories' },
        { url: href('/quotes/'), label: 'Quotes' },
        { url: href(SEARCH_URL), label: 'Search' },
      ],
    },
    articles,
    lists,
    directories,
    people,
    feeds,
    jsonFeeds,
    sitemaps,
    robots: [{ url: '/robots.txt', sitemap: sitemaps.length ? `${config.siteUrl}sitemap.xml` : null }],
    search: [search],
    notFound: [notFound],
  };
}
