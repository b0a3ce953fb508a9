// The dateline opening a news story: "WASHINGTON (AP) — ", "Washington, United States — ", "LONDON, Jan 4 (Reuters) - ".
const DATELINE =
  /^((?:\p{Lu}[\p{L}.'’-]*)(?:[ ,]+(?:\p{Lu}[\p{L}.'’-]*|of|de|del|la|el|am|upon)){0,5})((?:,\s*(?:\p{Lu}[\p{Ll}]{2,}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}[\p{Ll}]{2,}\.?))?\s*(?:\(([A-Za-z. ]{2,20})\)\s*)?)\s*(?:[—–]|--?)\s+(?=[\p{Lu}“"‘'\d])/u;

export interface DatelineResult {
  dateline: string | null;
  /** A wire credit inside the dateline: "(AP)" → "AP". */
  wire: string | null;
  /** The paragraph with the dateline taken off. */
  rest: string;
  /** The text taken off (for `removed`). */
  taken: string;
}

export function findDateline(paragraph: string): DatelineResult {
  const m = DATELINE.exec(paragraph);
  if (!m || m[1].length > 60) return { dateline: null, wire: null, rest: paragraph, taken: '' };
  const place = m[1].replace(/[,\s]+$/, '');
  return { dateline: place, wire: m[3] ?? null, rest: paragraph.slice(m[0].length), taken: m[0].trim() };
}
