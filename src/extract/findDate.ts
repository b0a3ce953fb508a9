// The article's date: a byline/meta date near the headline first, then a date stated in the story.
// chrono-node runs only on a few candidate lines (it costs ~0.3 ms a line).
import * as chrono from 'chrono-node';
import type { Block } from './blocks.ts';
import type { DateSource } from '../record.ts';

// Glued stamps pulled apart (module constants: see text.ts on \p{…} literals under tsx).
const YEAR_THEN_CAPITAL = /(?<=\b(?:19|20)\d\d)(?=\p{Lu})/gu;
const LETTER_THEN_NUMERIC_DATE = /(\p{L})(\d{1,2}\/\d{1,2}\/\d{2,4})/gu;
const DIGIT_SLASH_LETTER = /(\d)\/(\p{L})/gu;

const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,]|$)/i;
// Note: (?<!\d) rather than \b before a numeric date, which may be glued to a name ("Yucy3/4/2025").
const NUMERIC = /\b\d{4}-\d{1,2}-\d{1,2}(?!\d)|(?<![\d./])\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}\/\d{1,2}\/\d{1,2}\b/;
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// Month names of other European languages, for "22 de janeiro de 2018", "24 сентября 2018", "3. März 2020",
// "11 octobre 2018": chrono's English parser does not read them, and a table is cheaper than more parsers.
const FOREIGN_MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(janeiro|enero|janvier|januar|jänner|gennaio|januari|stycze|январ|січ)/i, 1],
  [/^(fevereiro|febrero|février|fevrier|februar|febbraio|februari|lut|феврал|лют)/i, 2],
  [/^(março|marco|marzo|mars|märz|maart|marz|mar[cz]|март|берез)/i, 3],
  [/^(abril|avril|aprile|april|kwie|апрел|квіт)/i, 4],
  [/^(maio|mayo|mai|maggio|mei|maj|мая|май|трав)/i, 5],
  [/^(junho|junio|juin|juni|giugno|czerw|июн|черв)/i, 6],
  [/^(julho|julio|juillet|juli|luglio|lip|июл|лип)/i, 7],
  [/^(agosto|août|aout|august|augustus|sierp|август|серп)/i, 8],
  [/^(setembro|septiembre|septembre|september|settembre|wrze|сентябр|верес)/i, 9],
  [/^(outubro|octubre|octobre|oktober|ottobre|październik|pazdz|октябр|жовт)/i, 10],
  [/^(novembro|noviembre|novembre|november|listopad|ноябр|листоп)/i, 11],
  [/^(dezembro|diciembre|décembre|decembre|dezember|dicembre|december|grud|декабр|груд)/i, 12],
];
const FOREIGN_DATE = /(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)/u;

function foreignDate(text: string): Found | null {
  const m = FOREIGN_DATE.exec(text);
  if (!m) return null;
  const month = FOREIGN_MONTHS.find(([re]) => re.test(m[2]))?.[1];
  if (!month) return null;
  return { y: +m[3], mo: month, d: +m[1], h: null, mi: null, len: m[0].length };
}

const RELATIVE = /\b(ago|yesterday|today|tomorrow|tonight|last|next|this|now)\b/i;
const PURE_TIME = /^\s*\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?\s*$/i;
const PUBLISHED = /\b(published|posted|original|first published|released|date)\b/i;
const NOT_PUBLICATION = /\b(next review|review due|expires?|deadline|until|ends?|closes?|event date|changed|starts?)\b/i;
const LABEL = /\b(published|posted|updated|last updated|originally published|modified|on|by|date)\b:?/gi;
const LABEL_START = /^(published|posted|updated|last updated|originally published|first published|date|by)\b/i;
/** Byline furniture: "By X", " · ", " | ", "N min read", "N Comments", a paper's citation line ("2023 Jan 7;15(1):e33475. doi: …"). */
const META_MARK = /\bby\b|\s[·•|]\s|\bmin(ute)?s? read\b|\bcomments?\b|\bdoi:/i;
const UPDATED = /\b(updated|modified|last updated|edited)\b/i;

export interface DateResult {
  date: string | null;
  dateSource: DateSource;
  /** Block indexes of the date lines used (they are not body). */
  lines: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function hasDateToken(s: string): boolean {
  // Every absolute date has a digit: a cheap first test before the month-name regex.
  return /\d/.test(s) && (MONTH.test(s) || NUMERIC.test(s) || CJK_DATE.test(s) || (FOREIGN_DATE.test(s) && foreignDate(s) !== null));
}

interface Found { y: number; mo: number; d: number; h: number | null; mi: number | null; len: number }

/** Absolute dates a line states; a partial one ("January 4") takes `year` when given. */
function datesIn(text: string, year: number | null): Found[] {
  const out: Found[] = [];
  const cjk = CJK_DATE.exec(text);
  if (cjk) out.push({ y: +cjk[1], mo: +cjk[2], d: +cjk[3], h: null, mi: null, len: cjk[0].length });
  if (!/^[\x00-\x7f]*$/.test(text) || /\bde\b|\d\.\s/.test(text)) {
    const f = foreignDate(text);
    if (f) out.push(f);
  }
  let results: chrono.ParsedResult[] = [];
  try {
    // The strict parser: formal dates only (relative ones are ignored anyway), and cheaper.
    results = chrono.strict.parse(text.slice(0, 400), new Date(Date.UTC(year ?? 2000, 0, 1)));
  } catch {
    results = [];
  }
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    if (RELATIVE.test(r.text)) continue;
    const y = s.isCertain('year') ? s.get('year') : year;
    if (!y || y < 1990 || y > 2100) continue;
    const timed = s.isCertain('hour');
    out.push({ y, mo: s.get('month') ?? 1, d: s.get('day') ?? 1, h: timed ? s.get('hour') : null, mi: timed ? s.get('minute') ?? 0 : null, len: r.text.length });
  }
  return out;
}

function iso(f: Found): string {
  const day = `${f.y}-${pad(f.mo)}-${pad(f.d)}`;
  return f.h === null ? day : `${day}T${pad(f.h)}:${pad(f.mi ?? 0)}`;
}

/**
 * Undo glued renderings ("October 17, 20236:01 PM" → "October 17, 2023 6:01 PM", "Yucy3/4/2025" →
 * "Yucy 3/4/2025") and put year-first dates in an order chrono reads.
 */
function unglue(s: string): string {
  return s
    .replace(/\b((?:19|20)\d\d)(\d{1,2}:\d\d)/g, '$1 $2')
    // "January 12, 2025January 22, 2025", "October 17, 2025Admin": a year glued to the next word.
    .replace(YEAR_THEN_CAPITAL, ' ')
    .replace(LETTER_THEN_NUMERIC_DATE, '$1 $2')
    .replace(DIGIT_SLASH_LETTER, '$1 / $2') // "September 29, 2025/Brian Childers"
    .replace(/\bSept\b\.?/g, 'Sep')
    // Year first, as in citations: "2023 Jan 7" → "Jan 7, 2023".
    // Not when the year closes a date of its own ("January 12, 2025 January 22, 2025").
    .replace(/(?<!\d,?\s)\b((?:19|20)\d\d)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(\d{1,2})\b(?!:)/g, '$2 $3, $1');
}

/**
 * @param header   candidate [block index, rank] pairs, most likely (lowest rank) first
 * @param body     the kept body paragraphs
 * @param year     a year the page states elsewhere (copyright line), for partial dates
 */
export function findDate(blocks: readonly Block[], header: ReadonlyArray<readonly [number, number]>, body: readonly string[], year: number | null): DateResult {
  // 1. Byline/meta lines: short lines with a date token near the headline; "Published" beats "Updated".
  let best: { f: Found; line: number; rank: number } | null = null;
  for (let k = 0; k < header.length; k++) {
    // Candidates come most likely first; once no later one can outrank the best, stop calling chrono.
    const [i, base] = header[k];
    if (best && base - 3 > best.rank) break;
    const b = blocks[i];
    // A "Posted on …" line may run on into its category list.
    if (!b || b.words > (LABEL_START.test(b.text) ? 60 : 30)) continue;
    // Note: unglued first, or "Yucy3/4/2025" has no date token to find.
    const text = unglue(b.text);
    if (!hasDateToken(text) || NOT_PUBLICATION.test(b.text)) continue;
    // A future year (past the copyright year) is a deadline or a review date, not the publication.
    const found = datesIn(text, year);
    if (!found.length) continue;
    // A byline/meta line is mostly its date; a headline or caption that mentions a date is not.
    const cover = found.reduce((n, f) => n + f.len, 0) / text.replace(LABEL, '').length;
    if (cover < 0.35 && b.words > 6 && !LABEL_START.test(text) && !(b.words <= 14 && META_MARK.test(text))) continue;
    const rank = base + (PUBLISHED.test(b.text) ? -3 : 0) + (UPDATED.test(b.text) && !PUBLISHED.test(b.text) ? 4 : 0);
    // "Updated X / Original Y": the original publication is the later mention on such lines.
    const f = /\boriginal(ly)?\b/i.test(b.text) && found.length > 1 ? found[found.length - 1] : found[0];
    if (!best || rank < best.rank) best = { f, line: i, rank };
  }
  if (best) {
    const lines = [best.line];
    // A time standing alone on the next line ("Nov. 19, 2019" / "5:50 PM") belongs to that date.
    const next = blocks[best.line + 1];
    if (best.f.h === null && next && PURE_TIME.test(next.text)) {
      const m = /(\d{1,2}):(\d{2})\s*([ap])?/i.exec(next.text);
      if (m) {
        let h = +m[1];
        if (m[3] && /p/i.test(m[3]) && h < 12) h += 12;
        if (m[3] && /a/i.test(m[3]) && h === 12) h = 0;
        best.f = { ...best.f, h, mi: +m[2] };
        lines.push(best.line + 1);
      }
    }
    return { date: iso(best.f), dateSource: 'byline', lines };
  }
  // 2. A date the story states ("On January 4, ..."), the year from the page when the story omits it.
  for (const p of body.slice(0, 8)) {
    if (!hasDateToken(p)) continue;
    const found = datesIn(p, year);
    const ok = found.filter((f) => !year || f.y <= year + 1);
    if (ok.length) return { date: iso({ ...ok[0], h: null, mi: null }), dateSource: 'text', lines: [] };
  }
  return { date: null, dateSource: null, lines: [] };
}

/** The year of the page's copyright line ("Copyright 2024", "© 1997-2024"): the latest year named. */
export function copyrightYear(blocks: readonly Block[]): number | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.words > 40 || !/(©|\bcopyright\b|\(c\))/i.test(b.text)) continue;
    const years = b.text.match(/\b(19|20)\d\d\b/g);
    if (years) return Math.max(...years.map(Number));
  }
  return null;
}
