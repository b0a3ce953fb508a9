/**
 * Articles → their site URLs: `/YYYY/MM/DD/<headline-slug>/` (`/undated/<slug>/` without a date),
 * or the front matter's `url` once made safe.
 *
 * Two articles can want the same URL (same day, same headline). The first to claim it keeps it; the
 * others get `-2`, `-3`…. "First" must not depend on what else is in the folder, or adding an
 * article could move an existing one, so every article's URL is remembered in a ledger (file → URL)
 * kept in the content folder, and a remembered URL is kept as long as it still fits the article.
 * Articles the ledger does not know are placed in file-path order, which is deterministic.
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
  /** The ledger to keep: every file's URL (an article alone on its URL today may be contested tomorrow). */
  ledger: Record<string, string>;
  /** Front matter URLs that could not be used, by file. */
  rejected: Map<string, string>;
}

/** A user-given URL made safe: site-relative, no `..`, no empty or dot segments, trailing slash. */
export function safeUrlPath(raw: string): string | null {
  // A URL copied from a browser comes percent-encoded (`/caf%C3%A9/`): decode it so its words are
  // slugged, not its escapes (`caf-c3-a9`). Decoding first also turns `%2F..%2F` into separators and
  // dot segments, which are then dropped like any other. Malformed escapes are kept as written.
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // not percent-encoded after all
  }
  const segments = decoded
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '.' && s !== '..')
    .map((s) => slugify(s));
  return segments.length ? `/${segments.join('/')}/` : null;
}

export function wantedUrl(a: UrlInput): { url: string; rejected?: string } {
  if (a.url) {
    const safe = safeUrlPath(a.url);
    // Reserved: the site's own sections, and year/month archive pages (/2024/, /2024/01/page/2/):
    // under a year only the full dated form /YYYY/MM/DD/<slug>/ is an article's. `pagefind/` is the
    // search bundle, which the post-process stage replaces as a whole (a page there was deleted).
    const reserved = /^\/(topics|sources|people|quotes|stories|search|assets|page|pagefind)\//.test(safe ?? '') || (/^\/\d{4}\//.test(safe ?? '') && !/^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\//.test(safe ?? ''));
    if (safe && !reserved) return { url: safe };
    return { url: dateUrl(a), rejected: `front matter url "${a.url.slice(0, 80)}" is not usable (empty or reserved): ignored` };
  }
  return { url: dateUrl(a) };
}

/** Letters or digits: text a slug can be made of. */
const SLUGGABLE = /[\p{L}\p{N}]/u;

function dateUrl(a: UrlInput): string {
  // A headline with nothing to slug ("🚀🔥🎉", "???") would give every such article `untitled`;
  // the file name says more. (The file stem can be empty of letters too: slugify then says untitled.)
  const slug = slugify(SLUGGABLE.test(a.headline) ? a.headline : a.file.replace(/\.[^.]+$/, ''));
  const m = a.date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `/${m[1]}/${m[2]}/${m[3]}/${slug}/` : `/undated/${slug}/`;
}

const byFile = (a: UrlInput, b: UrlInput): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A remembered URL still fits when it is the wanted URL or a numbered variant of it (`…-2/`). */
function fitsWanted(claim: unknown, url: string): claim is string {
  if (typeof claim !== 'string') return false;
  if (claim === url) return true;
  const stem = url.slice(0, -1) + '-';
  return claim.startsWith(stem) && /^[1-9]\d*\/$/.test(claim.slice(stem.length));
}

export function assignUrls(articles: UrlInput[], ledger: Record<string, string> = {}): UrlAssignment {
  const sorted = [...articles].sort(byFile);
  const rejected = new Map<string, string>();
  // Each file once, in file order, with its wanted URL: a file listed twice counts once, as its last
  // listing (as a map keyed by file kept it). The passes below work on positions in this list, not on
  // maps keyed by 16,000 file names.
  const files: string[] = [];
  const wanted: string[] = [];
  for (const a of sorted) {
    const w = wantedUrl(a);
    if (w.rejected) rejected.set(a.file, w.rejected);
    if (files.length > 0 && files[files.length - 1] === a.file) wanted[wanted.length - 1] = w.url;
    else {
      files.push(a.file);
      wanted.push(w.url);
    }
  }
  const urls = new Map<string, string>();
  /** URL placed per position, '' while none */
  const placed: string[] = new Array<string>(files.length).fill('');
  const taken = new Set<string>();
  const place = (i: number, url: string): void => {
    urls.set(files[i], url);
    placed[i] = url;
    taken.add(url);
  };
  // Pass 1: URLs the ledger remembers, while they still fit the article (a new headline or date
  // gives a new URL). Checked against own properties only: the ledger is JSON read from disk.
  for (let i = 0; i < files.length; i++) {
    const claim = Object.hasOwn(ledger, files[i]) ? ledger[files[i]] : undefined;
    if (fitsWanted(claim, wanted[i]) && !taken.has(claim)) place(i, claim);
  }
  // Pass 2: each article's own URL when it is free, in file order.
  for (let i = 0; i < files.length; i++) {
    if (placed[i] === '' && !taken.has(wanted[i])) place(i, wanted[i]);
  }
  // Pass 3: the rest get numbered variants, in file order, after every plain URL is placed.
  for (let i = 0; i < files.length; i++) {
    if (placed[i] !== '') continue;
    const url = wanted[i];
    let candidate = url;
    for (let n = 2; taken.has(candidate); n++) candidate = `${url.slice(0, -1)}-${n}/`;
    place(i, candidate);
  }
  const newLedger: Record<string, string> = {};
  for (let i = 0; i < files.length; i++) newLedger[files[i]] = placed[i];
  return { urls, ledger: newLedger, rejected };
}

/** The record id: the URL's path segments joined by "-" ("2024-01-05-north-korea-…"). */
export function idFromUrl(url: string): string {
  return url.split('/').filter(Boolean).join('-');
}
