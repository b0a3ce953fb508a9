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

/** A date as written: day, optional time (seconds, fraction and zone are accepted and dropped). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** The fields a content file may set (`title` is read as the headline). */
const KNOWN_FIELDS = new Set(['headline', 'title', 'date', 'source', 'author', 'tags', 'url']);

/** `2024-01-05` or `2024-01-05T03:07` when `text` is an ISO date of a real calendar day, else null. */
function isoFromText(text: string): string | null {
  const m = text.trim().match(ISO_DATE);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  // Note: Date.UTC rolls 2024-02-30 over to 2024-03-01; a date that does not round-trip is not real.
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  return Number(h) < 24 && Number(mi) < 60 ? `${y}-${mo}-${d}T${h}:${mi}` : null;
}

/**
 * js-yaml turns an unquoted `2024-01-05T00:30:00+02:00` into a UTC Date (2024-01-04T22:30) and rolls
 * `2024-02-30` over to March, so the date is read from the text as written (the writer's wall time)
 * whenever it is there, and from the Date only for forms the text pattern does not cover.
 */
function isoFromValue(v: unknown, raw: string | null): string | null {
  if (typeof v === 'string') return isoFromText(v);
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) return null;
  if (raw !== null && ISO_DATE.test(raw.trim())) return isoFromText(raw);
  const iso = v.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** The `date:` value as written in the YAML, without quotes or a trailing comment. */
function rawDate(yaml: string): string | null {
  const m = yaml.match(/^date[ \t]*:[ \t]*(['"]?)([^'"\n#]*?)\1[ \t]*(?:#.*)?$/m);
  return m ? m[2] : null;
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
  const none: FrontMatterResult = { frontMatter: {}, body: text, warnings: [], present: false };
  // Note: a block needs its closing `---`; without one a scraped page that merely opens with a
  // horizontal-rule line would be read as all front matter and its text lost.
  const open = text.match(/^---[ \t]*\n/);
  const close = open ? /(^|\n)---[ \t]*(?:\n|$)/.exec(text.slice(open[0].length)) : null;
  if (!open || !close) return none;
  const afterBlock = text.slice(open[0].length + close.index + close[0].length);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Note: an empty options object keeps gray-matter from caching by content across files.
    parsed = matter(text, {});
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { frontMatter: {}, body: afterBlock.replace(/^\n+/, ''), warnings: [`front matter is not valid YAML (${why}): ignored`], present: true };
  }
  // A block that is not a mapping ("---\nBreaking news\n---") is article text between rules.
  const raw: unknown = parsed.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return none;
  const data = raw as Record<string, unknown>;
  const warnings: string[] = [];
  const fm: FrontMatter = {};
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) warnings.push(`front matter "${key.slice(0, 40)}" is not a Broadsheet field: ignored`);
  }
  const headline = stringField(data, 'headline', warnings) ?? stringField(data, 'title' as keyof FrontMatter, warnings);
  if (headline) fm.headline = headline;
  for (const key of ['source', 'author', 'url'] as const) {
    const v = stringField(data, key, warnings);
    if (v) fm[key] = v;
  }
  if (data.date !== undefined && data.date !== null) {
    const written = rawDate(parsed.matter);
    const iso = isoFromValue(data.date, written);
    if (iso) fm.date = iso;
    else warnings.push(`front matter "date" (${JSON.stringify((written ?? String(data.date)).slice(0, 40))}) is not an ISO date: ignored`);
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
