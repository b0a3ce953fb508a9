/**
 * Which pages a rebuild must write. Every page of the site data (any array of objects with a `url`)
 * gets a fingerprint of its data, the site-wide data and the templates; a page whose fingerprint is
 * unchanged since the last build to the same folder is left as it is on disk. Pages that vanished
 * (a deleted article, an emptied topic) are listed for removal.
 */
import { createHash, hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type PageLists = object;

export interface PagePlan<T extends PageLists> {
  /** The site data with each page list cut down to the pages to write. */
  data: T;
  /** url → fingerprint, for every page of the site (the next build's `previous`). */
  fingerprints: Record<string, string>;
  write: number;
  writtenUrls: string[];
  unchanged: number;
  /** URLs of pages in the last build that no longer exist. */
  remove: string[];
}

const isPageList = (v: unknown): v is { url: string }[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && typeof (x as { url?: unknown }).url === 'string');

/** A fingerprint of every file under the templates folder (a template change rewrites every page). */
export function fingerprintFolder(dir: string): string {
  const h = createHash('sha1');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(name).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/**
 * A page's fingerprint: sha1 of its data as JSON. A field named in `sharedItems` holds objects that
 * many pages share (an article's card is on the home, date, topic and source lists that show it): it
 * is taken item by item, each item as the digest of its JSON, made once per object and remembered,
 * instead of once per page that shows it (at 16,000 articles the page data is 172 MB as JSON, 64 MB
 * of it cards). The fingerprint still changes exactly when the page's data does.
 */
function pageFingerprint(page: object, prefix: string, sharedItems: ReadonlySet<string>, digests: WeakMap<object, string>): string {
  const fields = page as Record<string, unknown>;
  let sharing = false;
  for (const key of sharedItems) if (Array.isArray(fields[key])) sharing = true;
  if (!sharing) return hash('sha1', `${prefix}\u0002${JSON.stringify(page)}`).slice(0, 20);
  let text = prefix;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value === undefined || typeof value === 'function') continue; // as JSON.stringify leaves them out
    text += `\u0000${key}`;
    if (sharedItems.has(key) && Array.isArray(value)) {
      text += '\u0001';
      for (const item of value as unknown[]) {
        if (item === null || typeof item !== 'object') {
          text += `\u0003${JSON.stringify(item)}`;
          continue;
        }
        let d = digests.get(item);
        if (d === undefined) {
          d = hash('sha1', JSON.stringify(item));
          digests.set(item, d);
        }
        text += d;
      }
    } else text += `\u0002${JSON.stringify(value)}`;
  }
  return hash('sha1', text).slice(0, 20);
}

/** `sharedItems`: the fields of pages whose list items are objects shared between pages (see pageFingerprint). */
export function planPages<T extends PageLists>(data: T, previous: Record<string, string> | null, salt: string, sharedItems: ReadonlySet<string> = new Set()): PagePlan<T> {
  const shared: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) if (!isPageList(v)) shared[k] = v;
  const base = createHash('sha1').update(salt).update(JSON.stringify(shared)).digest('hex');
  const fingerprints: Record<string, string> = {};
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  let write = 0;
  const writtenUrls: string[] = [];
  let unchanged = 0;
  const digests = new WeakMap<object, string>();
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (!isPageList(v)) continue;
    const prefix = `${base}\u0000${k}`;
    out[k] = v.filter((page) => {
      const fp = pageFingerprint(page, prefix, sharedItems, digests);
      fingerprints[page.url] = fp;
      const same = previous?.[page.url] === fp;
      if (same) unchanged++;
      else {
        write++;
        writtenUrls.push(page.url);
      }
      return !same;
    });
  }
  const remove = previous ? Object.keys(previous).filter((url) => !(url in fingerprints)).sort() : [];
  return { data: out as T, fingerprints, write, writtenUrls: writtenUrls.sort(), unchanged, remove };
}
