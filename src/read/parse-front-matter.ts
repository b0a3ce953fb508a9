/**
 * Optional YAML front matter (gray-matter). Only the fields a user may set are kept, each checked for
 * its type: a wrong value is dropped with a warning, never trusted and never fatal.
 */
import matter from 'gray-matter';
import type { FrontMatter } from '../record.ts';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  body: string;
  warnings: string[];
  /** True when the file had a front-matter block (valid or not). */
  present: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

function isoFromValue(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    // js-yaml turns `2024-01-05` into a UTC Date; keep the time only when one was given.
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  if (typeof v === 'string' && ISO_DATE.test(v.trim())) return v.trim().replace(' ', 'T').slice(0, 16);
  return null;
}

function stringField(data: Record<string, unknown>, key: keyof FrontMatter, warnings: string[]): string | undefined {
  const v = data[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  warnings.push(`front matter "${key}" is not text: ignored`);
  return undefined;
}

export function parseFrontMatter(text: string): FrontMatterResult {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, warnings: [], present: false };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Note: an empty options object keeps gray-matter from caching by content across files.
    parsed = matter(text, {});
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const end = text.indexOf('\n---', 3);
    const body = end >= 0 ? text.slice(text.indexOf('\n', end + 1) + 1) : text;
    return { frontMatter: {}, body, warnings: [`front matter is not valid YAML (${why}): ignored`], present: true };
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const warnings: string[] = [];
  const fm: FrontMatter = {};
  const headline = stringField(data, 'headline', warnings) ?? stringField(data, 'title' as keyof FrontMatter, warnings);
  if (headline) fm.headline = headline;
  for (const key of ['source', 'author', 'url'] as const) {
    const v = stringField(data, key, warnings);
    if (v) fm[key] = v;
  }
  if (data.date !== undefined && data.date !== null) {
    const iso = isoFromValue(data.date);
    if (iso) fm.date = iso;
    else warnings.push(`front matter "date" (${JSON.stringify(String(data.date)).slice(0, 40)}) is not an ISO date: ignored`);
  }
  if (data.tags !== undefined && data.tags !== null) {
    if (Array.isArray(data.tags) && data.tags.every((t) => typeof t === 'string' || typeof t === 'number')) {
      fm.tags = data.tags.map((t) => String(t).trim()).filter(Boolean);
    } else if (typeof data.tags === 'string') {
      fm.tags = data.tags.split(',').map((t) => t.trim()).filter(Boolean);
    } else {
      warnings.push('front matter "tags" is not a list of names: ignored');
    }
  }
  return { frontMatter: fm, body: parsed.content.replace(/^\n+/, ''), warnings, present: true };
}
