/**
 * Site settings: defaults, `broadsheet.config.json` in the project folder, then command-line flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteConfig {
  title: string;
  description: string;
  language: string;
  /** Where the site is served from: "/" or "/archive/". */
  pathPrefix: string;
  /** Absolute URL of the site (for feeds, canonical links, sitemap), or "" when unknown. */
  siteUrl: string;
  /** Articles per list page (home, topic, source pages). */
  pageSize: number;
}

export const DEFAULT_CONFIG: SiteConfig = {
  title: 'Broadsheet',
  description: 'A news archive built with Broadsheet.',
  language: 'en',
  pathPrefix: '/',
  siteUrl: '',
  pageSize: 20,
};

export function normalisePathPrefix(p: string): string {
  // A full URL given as the prefix ("https://example.org/archive/") means its path.
  const path = p.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const parts = path.split('/').map((s) => s.trim()).filter((s) => s && s !== '.' && s !== '..');
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export class ConfigError extends Error {}

export function loadSiteConfig(dir: string, overrides: Partial<SiteConfig> = {}): SiteConfig {
  const file = join(dir, 'broadsheet.config.json');
  let fromFile: Partial<SiteConfig> = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteConfig>;
    } catch (err) {
      throw new ConfigError(`${file}: not valid JSON (${(err as Error).message})`);
    }
  }
  const merged = { ...DEFAULT_CONFIG, ...fromFile, ...overrides };
  // A wrong type in the JSON would otherwise crash later with a TypeError far from its cause.
  for (const key of ['title', 'description', 'language', 'pathPrefix', 'siteUrl'] as const) {
    if (typeof merged[key] !== 'string') throw new ConfigError(`${key} must be text, not ${JSON.stringify(merged[key])}`);
  }
  if (!Number.isInteger(merged.pageSize) || merged.pageSize < 1) throw new ConfigError(`pageSize must be a whole number ≥ 1`);
  merged.pathPrefix = normalisePathPrefix(merged.pathPrefix);
  merged.siteUrl = merged.siteUrl ? merged.siteUrl.replace(/\/*$/, '/') : '';
  return merged;
}
