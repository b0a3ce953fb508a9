// The last resort for a personal site with no byline: the person who owns it. A copyright line naming a
// person ("© 2026 Nicholas Pardini · Privacy"), a site named after its owner ("Derek Seaman's Tech
// Blog"), or a <title> whose site part is a person's name ("Turning a tinybox … | Owain Brennan").
import { NAME, ORG_WORD } from './shapes.ts';
import { allNameWords, isPersonName } from '../isPersonName.ts';

/** "Derek Seaman's Tech Blog", "Kev’s Coffee Notes": a site named after a person. */
const POSSESSIVE_SITE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})['’]s\s+(?:\p{Lu}\p{L}*\s+){0,2}(?:Blog|Weblog|Journal|Notes|Site|Newsletter|Substack|Corner|Kitchen|Diary)$/u;

function personOf(owner: string): string | null {
  const s = owner.replace(/^(?:the\s+)?/i, '').replace(/[\s.,]+$/, '').trim();
  const own = POSSESSIVE_SITE.exec(s);
  if (own && isPersonName(own[1]) && allNameWords(own[1])) return own[1];
  const words = s.split(/\s+/).length;
  // Two or three words, each a name or unknown to the lexicon: a brand is usually made of words
  // ("Trip Canvas", "Myles Katherine Photography", "Barnett Ghostwriting").
  // Two capitals in a row open a brand, not a name ("SFist", "WIRED").
  if (words < 2 || words > 3 || !NAME.test(s) || ORG_WORD.test(s) || /\d/.test(s) || /\b\p{Lu}{2,}/u.test(s)) return null;
  return isPersonName(s) && allNameWords(s) ? s : null;
}

/** The owner's name as the author, or [] when no owner is a person. Copyright owners first. */
export function authorFromOwner(copyrightOwners: readonly string[], titleSiteParts: readonly string[]): string[] {
  for (const o of [...copyrightOwners, ...titleSiteParts]) {
    const p = personOf(o);
    if (p) return [p];
  }
  return [];
}
