// The site's own name in a byline. A company blog with no person signing puts the company in the byline
// slot ("By 3i Global", "SILVERBACK STRATEGIES | OCTOBER 15, 2025", "West Bell Dental Care" over the date);
// a news page glues the outlet after the writer ("Elliot Brownstein Florida Today"). The site's names come
// from the page itself: the <title>'s site segments and the copyright owners.
import type { Block } from '../blocks.ts';
import { loose, normaliseLine } from '../text.ts';

const key = (s: string) => loose(s).replace(/^the /, '').replace(/ (?:inc|llc|ltd|co|corp|gmbh)$/, '');

/**
 * The site a phrase names, in the page's spelling: the phrase as written, or the site's spelling when the
 * phrase is all capitals ("SILVERBACK STRATEGIES" → "Silverback Strategies"). null when it names none.
 */
export function siteNamed(phrase: string, sites: readonly string[]): string | null {
  const p = key(phrase);
  if (p.length < 2) return null;
  for (const s of sites) {
    const k = key(s);
    if (k && (k === p || k.replace(/ /g, '') === p.replace(/ /g, ''))) {
      return /\p{Ll}/u.test(phrase) ? phrase.trim().replace(/[\s.,:]+$/, '') : s.trim().replace(/[®™]/g, '');
    }
  }
  return null;
}

/** Does the phrase start a site name ("About Logan" on Logan University's page is its About link)? */
export function startsSiteName(phrase: string, sites: readonly string[]): boolean {
  const p = key(phrase);
  return p.length > 1 && sites.some((s) => `${key(s)} `.startsWith(`${p} `));
}

/** Does the phrase open with a site's name, then at most two words ("3i Global" on the site "3i")? */
export function startsWithSite(phrase: string, sites: readonly string[]): boolean {
  const p = key(phrase);
  return sites.some((s) => {
    const k = key(s);
    return !!k && p.startsWith(`${k} `) && p.slice(k.length + 1).split(' ').length <= 2;
  });
}

/** The line without the site's name glued after the writer's: "Elliot Brownstein Florida Today" → "Elliot Brownstein". */
export function withoutSite(text: string, sites: readonly string[]): string {
  if (!sites.length) return text;
  const l = ` ${key(text)}`;
  for (const s of sites) {
    const k = key(s);
    if (!k || !l.endsWith(` ${k}`) || l.length <= k.length + 2) continue;
    // Drop as many trailing words as the site name has, when the line's tail spells it.
    const n = k.split(' ').length;
    const words = text.trim().split(/\s+/);
    if (words.length - n < 2) continue;
    const head = words.slice(0, -n).join(' ');
    if (key(head) === l.slice(1, l.length - k.length - 1).trim()) return head.replace(/[\s,|•·–—-]+$/, '');
  }
  return text;
}

/**
 * The index of the page's first line that is the headline (at least three words), or -1. A section label
 * may open the line ("Blog: Best Social Media Agencies…"): up to two words before the headline.
 */
export function headlineLine(blocks: readonly Block[], headline: string): number {
  const h = normaliseLine(headline);
  if (h.split(' ').length < 3) return -1;
  return blocks.findIndex((b) => b.norm === h || (b.norm.endsWith(` ${h}`) && b.norm.length - h.length <= 24 && b.norm.slice(0, -h.length - 1).split(' ').length <= 2));
}

/**
 * The site's name standing in the byline slot of a page no person signs: right under the headline or next
 * to the date line ("West Bell Dental Care" / "July 27, 2025"), or with the date after it ("SILVERBACK
 * STRATEGIES | OCTOBER 15, 2025"). The site is then the author: company blogs sign this way.
 */
export function findSiteByline(blocks: readonly Block[], from: number, to: number, anchor: number, isDateLine: (i: number) => boolean, sites: readonly string[]): { authors: string[]; lines: number[] } {
  if (!sites.length) return { authors: [], lines: [] };
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const b = blocks[i];
    if (b.words > 12 || b.sentence) continue;
    const parts = b.text.split(/\s+[|•·/–—-]\s+/);
    const site = siteNamed(parts[0], sites);
    if (!site) continue;
    const datedAfter = parts.length > 1 && isDateLine(i) && !/\d/.test(parts[0]);
    if (datedAfter || (parts.length === 1 && (i === anchor + 1 || isDateLine(i - 1) || isDateLine(i + 1)))) return { authors: [site], lines: [i] };
  }
  return { authors: [], lines: [] };
}
