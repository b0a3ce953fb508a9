/**
 * ISO dates → what a reader sees. Written out by hand rather than with Intl so that output does not
 * depend on the machine's locale, ICU data or time zone (builds must be byte-identical anywhere).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 January 2024, 03:07", "4 January 2024", or "Undated". */
export function displayDate(iso: string | null): string {
  if (!iso) return 'Undated';
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/);
  // A month outside 1–12 would print "undefined": show the text as given rather than a wrong date.
  if (!m || !MONTHS[Number(m[2]) - 1]) return iso;
  const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
}

/** "January 2024" for a month archive heading. */
export function displayMonth(year: string, month: string): string {
  return `${MONTHS[Number(month) - 1]} ${year}`;
}
