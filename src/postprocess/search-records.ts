/**
 * Archive → the records of the search index: one per article, with its text, what results show
 * (headline, date, source) and what results can be filtered and sorted by (source, topic, year;
 * date). Made from the archive rather than read back from the built pages, so indexing does not
 * parse thousands of HTML files.
 */
import type { Archive, LinkedArticle } from '../record.ts';
import { UNKNOWN_SOURCE } from '../link/build-archive.ts';
import { displayDate } from '../render/format-date.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** URLs are site-relative, as Pagefind gives them for pages it reads; its UI adds the path prefix. */
export function searchRecords(archive: Archive, language: string): SearchRecord[] {
  return archive.articles.map((a) => searchRecord(a, language));
}

export function searchRecord(a: LinkedArticle, language: string): SearchRecord {
  const filters: Record<string, string[]> = { source: [a.source ?? UNKNOWN_SOURCE] };
  if (a.topics.length) filters.topic = a.topics.map((t) => t.name);
  if (a.date) filters.year = [a.date.slice(0, 4)];
  return {
    url: a.url,
    content: [a.headline, a.dateline, a.body].filter(Boolean).join('\n\n'),
    language,
    meta: { title: a.headline, date: displayDate(a.date), source: a.source ?? UNKNOWN_SOURCE },
    filters,
    sort: a.date ? { date: a.date } : ({} as Record<string, string>),
  };
}
