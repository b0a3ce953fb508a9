// Last resort when no cue on the page reaches a vote (an article-only page: no footer, no copyright, no
// self-reference): the title's own end or start segment, but only when its shape says "name" and not
// "subtitle". A company form ("American Business Insurance Services, Inc."), a publication word ("pv
// magazine International"), a run of capitalised words ("Harbour Post") or a name in a script without
// spaces (Japanese, Chinese) qualifies; a subtitle has a year, a digit, a lower-case verb or joining word
// ("Full Guide to Popular Dining Formats", "Kev's In-Depth Review 2026", "A Beginner's Tutorial").
import type { Block } from '../blocks.ts';
import { plainWords } from './plainWords.ts';
import { notASiteName } from './titleCues.ts';
import { SECTION_WORD } from './sectionWord.ts';

// Only separators a site name hangs on: a colon joins a headline's two halves ("Mobile App: Definition…").
const SITE_SEPARATOR = /\s+(?:\||–|—|•|·|»|~|-{1,2})\s+|\s*｜\s*/;
const LEAD_SITE = /^([^|｜•»]+?)\s*(?:\||｜|•|»)\s*(.+)$/;
const COMPANY_END = /,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|PLC|S\.A)\.?$/;
const PUBLICATION_WORD = /\b(?:magazine|news|times|post|journal|daily|weekly|gazette|herald|tribune|press|media|radio|tv|online)\b/i;
const JOINING = /^(?:of|and|&|the|de|la|du|del|di|von|van)$/;
/** A capitalised, camel-cased or all-capitals word (no digits: "2026", "Top 10" are headline parts). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.&+-]*|\p{Ll}+\p{Lu}[\p{L}'’.&+-]*)$/u;
const NO_SPACE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー・]{2,40}$/u;

function nameShaped(seg: string, maxWords: number, blocks: readonly Block[]): boolean {
  const s = seg.trim();
  if (!s || notASiteName(s) || /\d/.test(s)) return false;
  // A section: every word a section word, or one the page also writes in lower case.
  if (s.split(/\s+/).every((w) => SECTION_WORD.test(w) || JOINING.test(w)) || plainWords(s, blocks)) return false;
  if (NO_SPACE_SCRIPT.test(s)) return true;
  const words = s.replace(COMPANY_END, '').split(/\s+/);
  if (words.length > maxWords || /^(?:A|An)$/.test(words[0])) return false;
  if (COMPANY_END.test(s) && words.every((w) => NAME_WORD.test(w) || JOINING.test(w))) return true;
  // "pv magazine International": a publication's name may keep a lower-case word, never a verb or "to".
  if (PUBLICATION_WORD.test(s) && words.every((w) => /^[\p{L}'’.&+-]+$/u.test(w) && !/^(?:to|for|in|on|with|is|are|how|what|why|your|our)$/i.test(w))) return true;
  return words.every((w) => NAME_WORD.test(w) || JOINING.test(w)) && !JOINING.test(words[0]);
}

/** The site's name guessed from the title's shape alone ("Headline – Site" or "Site | Headline"), or null. */
export function guessTitleSite(title: string, blocks: readonly Block[]): string | null {
  const parts = title.split(SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  if (nameShaped(last, 6, blocks)) return last;
  // "Frommers | The 10 Best …": a short name before a headline-long rest, behind a bar (a dash after a
  // short lead opens a subtitle as often: "Zero Waste - A Beginner's Guide").
  const lead = LEAD_SITE.exec(title);
  if (lead && nameShaped(lead[1], 3, blocks) && lead[2].split(/\s+/).length >= 5) return lead[1].trim();
  return null;
}
