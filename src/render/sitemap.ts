/**
 * sitemap.xml data. A sitemap must list absolute URLs, so it is written only when `siteUrl` is set
 * (a sitemap of localhost URLs would be rejected by every search engine). Past 50,000 URLs, the
 * protocol's limit per file, the URLs are split over sitemap-N.xml files listed by a sitemap index.
 */
import { toAbsolute } from './page-meta.ts';

export const SITEMAP_LIMIT = 50_000;

export interface SitemapFile {
  /** Output path, site-relative: `/sitemap.xml`, `/sitemap-2.xml`. */
  url: string;
  kind: 'urlset' | 'index';
  entries: { loc: string; lastmod: string | null }[];
}

/** `pages`: every indexable page's site-relative URL and its date (YYYY-MM-DD…) when it has one. */
export function buildSitemaps(pages: { url: string; date: string | null }[], siteUrl: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  if (!siteUrl) return [];
  const entries = pages.map((p) => ({ loc: toAbsolute(siteUrl, p.url), lastmod: p.date ? p.date.slice(0, 10) : null }));
  if (entries.length <= limit) return [{ url: '/sitemap.xml', kind: 'urlset', entries }];
  const files: SitemapFile[] = [];
  for (let i = 0; i < entries.length; i += limit) {
    files.push({ url: `/sitemap-${files.length + 1}.xml`, kind: 'urlset', entries: entries.slice(i, i + limit) });
  }
  return [{ url: '/sitemap.xml', kind: 'index', entries: files.map((f) => ({ loc: toAbsolute(siteUrl, f.url), lastmod: null })) }, ...files];
}
