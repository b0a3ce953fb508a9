/**
 * What goes in a page's <head> beyond its title: canonical link, feed discovery links, Open Graph
 * tags and JSON-LD. Decided here so the layout only prints fields.
 *
 * Absolute URLs come from `siteUrl`. Without it the page cannot know where it will live, so the
 * canonical link and `og:url` are left out (a wrong canonical link is worse than none); feeds, which
 * cannot work without absolute links, use LOCAL_BASE instead (see `absoluteBase`).
 */
import { absoluteUrl } from '@11ty/eleventy-plugin-rss';
import type { SiteConfig } from './site-config.ts';

/** Where `broadsheet serve` puts the site: the stand-in origin for feeds when no siteUrl is set. */
export const LOCAL_ORIGIN = 'http://localhost:8080';

export interface AlternateLink { type: 'application/atom+xml' | 'application/feed+json'; url: string; title: string }
export interface MetaTag { property: string; content: string }

export interface PageHead {
  /** `<title>`: the page's title and the site's, or the site's alone on the home page. */
  documentTitle: string;
  /** Whether the header shows the search box (not on the search page, which has its own). */
  searchBox: boolean;
  /** `<meta name="description">`. */
  description: string;
  /** Absolute URL of this page, or null when siteUrl is unknown. */
  canonical: string | null;
  /** Feed discovery: `<link rel="alternate">`, most specific first. */
  alternates: AlternateLink[];
  /** Open Graph `<meta property=… content=…>` tags, in order. */
  og: MetaTag[];
  /** JSON-LD text, already safe to print inside a <script> element; null for none. */
  jsonLd: string | null;
  /** Pages that must not be indexed by search engines (search, 404). */
  noindex: boolean;
  /** Extra stylesheets and deferred scripts this page needs (the search page's UI). */
  styles: string[];
  scripts: string[];
}

/** The absolute base every site-relative URL hangs from: siteUrl, else the local preview address. */
export function absoluteBase(config: SiteConfig): string {
  return config.siteUrl || `${LOCAL_ORIGIN}${config.pathPrefix}`;
}

/** `/2024/01/05/x/` (site-relative, unprefixed) → `https://example.org/archive/2024/01/05/x/`. */
export function toAbsolute(base: string, siteRelative: string): string {
  return absoluteUrl(siteRelative.replace(/^\//, ''), base);
}

const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON for a `<script type="application/ld+json">` element. Article text is untrusted: `</script>`
 * or `<!--` inside a headline must not end or change the element, so `<`, `>` and `&` become JSON
 * \u escapes (same value for a JSON parser); U+2028/2029 too, as old JS parsers choke on them.
 */
export function jsonForScript(value: unknown): string {
  // One pass for all five (every article page has one): the same text as five replaces in turn.
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]);
}

export interface ArticleFacts {
  url: string;
  headline: string;
  summary: string;
  date: string | null;
  author: string | null;
  authors?: string[];
  source: string | null;
  topics: string[];
}

/** schema.org NewsArticle: this page is the archive's copy, based on the outlet's article. */
export function newsArticleLd(a: ArticleFacts, config: SiteConfig): Record<string, unknown> {
  const authors = a.authors?.length ? a.authors : a.author ? [a.author] : [];
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.summary,
    inLanguage: config.language,
  };
  if (config.siteUrl) ld.url = ld.mainEntityOfPage = toAbsolute(config.siteUrl, a.url);
  if (a.date) ld.datePublished = a.date;
  // Note: an article that names no author is credited to its outlet, or else to nobody.
  if (authors.length) ld.author = authors.map((name) => ({ '@type': 'Person', name }));
  else if (a.source) ld.author = { '@type': 'Organization', name: a.source };
  ld.publisher = { '@type': 'Organization', name: config.title, ...(config.siteUrl ? { url: config.siteUrl } : {}) };
  if (a.topics.length) ld.keywords = a.topics.join(', ');
  if (a.source) {
    ld.isBasedOn = {
      '@type': 'NewsArticle',
      headline: a.headline,
      publisher: { '@type': 'Organization', name: a.source },
      ...(a.date ? { datePublished: a.date } : {}),
    };
  }
  return ld;
}

/** The search page's URL: it has its own search box. */
export const SEARCH_URL = '/search/';

export interface HeadInput {
  /** The page's own site-relative URL (unprefixed). */
  url: string;
  title: string;
  description: string;
  alternates: AlternateLink[];
  article?: ArticleFacts;
  noindex?: boolean;
  styles?: string[];
  scripts?: string[];
}

export function pageHead(input: HeadInput, config: SiteConfig): PageHead {
  const canonical = config.siteUrl && !input.noindex ? toAbsolute(config.siteUrl, input.url) : null;
  const og: MetaTag[] = [
    { property: 'og:title', content: input.title },
    { property: 'og:type', content: input.article ? 'article' : 'website' },
    ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
    { property: 'og:site_name', content: config.title },
    { property: 'og:description', content: input.description },
    { property: 'og:locale', content: config.language.replace('-', '_') },
  ];
  if (input.article) {
    if (input.article.date) og.push({ property: 'article:published_time', content: input.article.date });
    for (const t of input.article.topics) og.push({ property: 'article:tag', content: t });
  }
  return {
    documentTitle: input.url === '/' ? input.title : `${input.title} · ${config.title}`,
    searchBox: input.url !== SEARCH_URL,
    description: input.description,
    canonical,
    alternates: input.alternates,
    og,
    jsonLd: input.article ? jsonForScript(newsArticleLd(input.article, config)) : null,
    noindex: input.noindex ?? false,
    styles: input.styles ?? [],
    scripts: input.scripts ?? [],
  };
}
