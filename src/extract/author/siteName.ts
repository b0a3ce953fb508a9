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

/** The index of the page's first line that is the headline (at least three words), or -1. */
export function headlineLine(blocks: readonly Block[], headline: string): number {
  const h = normaliseLine(headline);
  if (h.split(' ').length < 3) return -1;
  return blocks.findIndex((b) => b.norm === h);
}
