/**
 * Atom and JSON feeds: one for the whole site and one per topic and per source, each holding the
 * newest FEED_SIZE dated articles. Everything a feed prints is decided here (absolute URLs, RFC 3339
 * dates, authors, categories, the JSON Feed text); the Atom template only prints these fields.
 */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { LinkedArticle } from '../record.ts';
import type { SiteConfig } from './site-config.ts';
import { absoluteBase, toAbsolute, type AlternateLink } from './page-meta.ts';

export const FEED_SIZE = 20;

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  /** RFC 3339 (`2024-01-05T03:07:00Z`). */
  published: string;
  updated: string;
  summary: string;
  authors: string[];
  categories: string[];
}

/** An Atom feed. `url` is its output path, site-relative: `/feed.xml`, `/topics/<slug>/feed.xml`. */
export interface Feed {
  url: string;
  title: string;
  subtitle: string;
  language: string;
  /** Absolute URLs: the feed's id (its HTML page), its HTML page, itself. */
  id: string;
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** The newest entry's date, so that rebuilding unchanged content gives the same bytes. */
  updated: string;
  /** Feed-level author, required by Atom when an entry has none: the site. */
  author: string;
  entries: FeedEntry[];
}

/** A JSON Feed 1.1 document, ready to print, and its output path (`/feed.json`). */
export interface JsonFeedFile {
  url: string;
  text: string;
}

export interface FeedScope {
  /** The HTML page this feed follows (site-relative, unprefixed): `/`, `/topics/north-korea/`. */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** Article ids, newest first. */
  articles: string[];
}

/** Characters XML 1.0 forbids even as references; scraped text sometimes carries them. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (s: string): string => s.replace(XML_INVALID, '');

/**
 * An archive date (`2024-01-05T03:07` or `2024-01-04`, no zone) → RFC 3339. The record carries no
 * time zone, so the wall-clock time is written as UTC: a fixed rule keeps builds identical on every
 * machine, where local time would not.
 */
export function feedDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = iso.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?)?/);
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2] ?? '00:00'}:${m[3] ?? '00'}Z`);
  return Number.isNaN(d.getTime()) ? null : dateToRfc3339(d);
}

export const feedPaths = (pageUrl: string): { atom: string; json: string } => ({ atom: `${pageUrl}feed.xml`, json: `${pageUrl}feed.json` });

/** `<link rel="alternate">` entries for a page whose feeds live beside `pageUrl`. */
export function feedAlternates(pageUrl: string, title: string, href: (url: string) => string): AlternateLink[] {
  const p = feedPaths(pageUrl);
  return [
    { type: 'application/atom+xml', url: href(p.atom), title: `${title} (Atom)` },
    { type: 'application/feed+json', url: href(p.json), title: `${title} (JSON Feed)` },
  ];
}

export function buildFeed(scope: FeedScope, byId: ReadonlyMap<string, LinkedArticle>, summaryOf: (id: string) => string, config: SiteConfig): { atom: Feed; json: JsonFeedFile } {
  const base = absoluteBase(config);
  const entries: FeedEntry[] = [];
  // Note: undated articles are left out: an Atom entry must say when it was updated.
  for (const id of scope.articles) {
    if (entries.length === FEED_SIZE) break;
    const a = byId.get(id);
    const date = a ? feedDate(a.date) : null;
    if (!a || !date) continue;
    const url = toAbsolute(base, a.url);
    const authors = a.authors?.length ? a.authors : a.author ? [a.author] : [a.source ?? config.title];
    entries.push({
      id: url,
      url,
      title: clean(a.headline),
      published: date,
      updated: date,
      summary: clean(summaryOf(id)),
      authors: authors.map(clean),
      categories: a.topics.map((t) => clean(t.name)),
    });
  }
  const paths = feedPaths(scope.pageUrl);
  const homeUrl = toAbsolute(base, scope.pageUrl);
  const atomUrl = toAbsolute(base, paths.atom);
  const jsonUrl = toAbsolute(base, paths.json);
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), '1970-01-01T00:00:00Z');
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: clean(scope.title),
    home_page_url: homeUrl,
    feed_url: jsonUrl,
    description: clean(scope.subtitle),
    language: config.language,
    authors: [{ name: config.title }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_text: e.summary,
      summary: e.summary,
      date_published: e.published,
      date_modified: e.updated,
      authors: e.authors.map((name) => ({ name })),
      tags: e.categories,
    })),
  };
  const atom: Feed = {
    url: paths.atom,
    title: clean(scope.title),
    subtitle: clean(scope.subtitle),
    language: config.language,
    id: homeUrl,
    homeUrl,
    atomUrl,
    jsonUrl,
    updated,
    author: config.title,
    entries,
  };
  return { atom, json: { url: paths.json, text: JSON.stringify(json, null, 2) + '\n' } };
}
