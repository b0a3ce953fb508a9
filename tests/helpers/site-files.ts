/**
 * Helpers for tests over a built site: list its pages and check that every internal link and asset
 * points at a file that exists.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Every href/src in every HTML page that stays on the site and does not resolve to a file. */
export function brokenInternalLinks(siteDir: string, prefix = '/'): string[] {
  const broken: string[] = [];
  for (const file of listFiles(siteDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    // Note: attributes of real tags only; article text may spell out `href="…"` as escaped text.
    for (const m of html.matchAll(/<[a-zA-Z][^<>]*?\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|#)/.test(raw)) continue;
      const path = decodeURIComponent(raw.split('#')[0].split('?')[0]);
      if (!path.startsWith(prefix)) {
        broken.push(`${file}: ${raw} (outside the path prefix ${prefix})`);
        continue;
      }
      const rel = path.slice(prefix.length);
      const target = join(siteDir, rel);
      const ok = rel === '' || rel.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
      if (!ok) broken.push(`${file}: ${raw}`);
    }
  }
  return broken;
}
