/**
 * Which pages a rebuild must write. Every page of the site data (any array of objects with a `url`)
 * gets a fingerprint of its data, the site-wide data and the templates; a page whose fingerprint is
 * unchanged since the last build to the same folder is left as it is on disk. Pages that vanished
 * (a deleted article, an emptied topic) are listed for removal.
 */
import { createHash } from 'node:crypto';
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

export function planPages<T extends PageLists>(data: T, previous: Record<string, string> | null, salt: string): PagePlan<T> {
  const shared: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) if (!isPageList(v)) shared[k] = v;
  const base = createHash('sha1').update(salt).update(JSON.stringify(shared)).digest('hex');
  const fingerprints: Record<string, string> = {};
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  let write = 0;
  const writtenUrls: string[] = [];
  let unchanged = 0;
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (!isPageList(v)) continue;
    out[k] = v.filter((page) => {
      const fp = createHash('sha1').update(base).update(k).update(JSON.stringify(page)).digest('hex').slice(0, 20);
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
