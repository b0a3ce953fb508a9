/**
 * Articles → their site URLs: `/YYYY/MM/DD/<headline-slug>/` (`/undated/<slug>/` without a date),
 * or the front matter's `url` once made safe.
 *
 * Two articles can want the same URL (same day, same headline). The first to claim it keeps it; the
 * others get `-2`, `-3`…. "First" must not depend on what else is in the folder, or adding an
 * article could move an existing one, so claims are remembered in a small ledger (file → URL) kept
 * in the content folder. Without a ledger (a fresh clone of a folder that never had a collision
 * recorded) the order is by file path, which is deterministic.
 */
import { slugify } from './slugify.ts';

export interface UrlInput {
  file: string;
  headline: string;
  date: string | null;
  /** Front matter `url`, unvalidated. */
  url?: string;
}

export interface UrlAssignment {
  /** file → URL */
  urls: Map<string, string>;
  /** The ledger to keep: only files whose wanted URL is shared with another article. */
  ledger: Record<string, string>;
  /** Front matter URLs that could not be used, by file. */
  rejected: Map<string, string>;
}

/** A user-given URL made safe: site-relative, no `..`, no empty or dot segments, trailing slash. */
export function safeUrlPath(raw: string): string | null {
  const segments = raw
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '.' && s !== '..')
    .map((s) => slugify(s));
  return segments.length ? `/${segments.join('/')}/` : null;
}

export function wantedUrl(a: UrlInput): { url: string; rejected?: string } {
  if (a.url) {
    const safe = safeUrlPath(a.url);
    if (safe && !/^\/(topics|sources|people|quotes|stories|search|assets|page)\//.test(safe)) return { url: safe };
    return { url: dateUrl(a), rejected: `front matter url "${a.url.slice(0, 80)}" is not usable (empty or reserved): ignored` };
  }
  return { url: dateUrl(a) };
}

function dateUrl(a: UrlInput): string {
  const slug = slugify(a.headline || a.file.replace(/\.[^.]+$/, ''));
  const m = a.date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `/${m[1]}/${m[2]}/${m[3]}/${slug}/` : `/undated/${slug}/`;
}

export function assignUrls(articles: UrlInput[], ledger: Record<string, string> = {}): UrlAssignment {
  const wanted = new Map<string, string>();
  const rejected = new Map<string, string>();
  const byWanted = new Map<string, string[]>();
  for (const a of articles) {
    const w = wantedUrl(a);
    wanted.set(a.file, w.url);
    if (w.rejected) rejected.set(a.file, w.rejected);
    const list = byWanted.get(w.url) ?? [];
    list.push(a.file);
    byWanted.set(w.url, list);
  }
  const urls = new Map<string, string>();
  const taken = new Set<string>();
  const newLedger: Record<string, string> = {};
  // Pass 1: every article alone on its URL, and ledger claims that still fit the article.
  for (const [url, files] of byWanted) {
    if (files.length === 1) {
      urls.set(files[0], url);
      taken.add(url);
    }
  }
  const contested = [...byWanted].filter(([, files]) => files.length > 1).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [url, files] of contested) {
    for (const f of files) {
      const claim = ledger[f];
      if (claim && !taken.has(claim) && (claim === url || claim.startsWith(url.slice(0, -1) + '-'))) {
        urls.set(f, claim);
        taken.add(claim);
      }
    }
  }
  // Pass 2: the rest of each contested URL, in file order.
  for (const [url, files] of contested) {
    for (const f of [...files].sort()) {
      if (!urls.has(f)) {
        let candidate = url;
        for (let n = 2; taken.has(candidate); n++) candidate = `${url.slice(0, -1)}-${n}/`;
        urls.set(f, candidate);
        taken.add(candidate);
      }
      newLedger[f] = urls.get(f)!;
    }
  }
  return { urls, ledger: newLedger, rejected };
}

/** The record id: the URL's path segments joined by "-" ("2024-01-05-north-korea-…"). */
export function idFromUrl(url: string): string {
  return url.split('/').filter(Boolean).join('-');
}
