// The title's site segments as evidence: "Headline | The Spruce" names the outlet more often than not,
// but some tails are headline parts ("– Top 10 Picks", "| Daily Harvest, Freshly, More", "– The World
// Without Work?") or the author ("- by Gary Marcus -").
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { loose, wordCount } from '../text.ts';
import { plainWords } from './plainWords.ts';
import { SECTION_WORD } from './sectionWord.ts';

/** Why a title segment cannot be the site's name, or null when it can. */
export function notASiteName(seg: string): string | null {
  const s = seg.trim();
  if (/^by\s/i.test(s)) return 'author credit ("by X"), not the site';
  if (/[?!]$/.test(s)) return 'a question or exclamation is part of the headline';
  if (/,\s(?!(?:inc|llc|ltd|co|corp|plc|gmbh)\b)/i.test(s)) return 'a list ("A, B, More") is part of the headline';
  if (/^(?:top|best)\s+\d+\b|^\d+\+?\s+(?:best|top|things|ways|tips|reasons|picks|ideas)\b/i.test(s)) return 'a listicle count is part of the headline';
  return null;
}

const TITLE_PART_WEIGHT = 0.6;

/** A word's stem for comparing title parts: lower case, a plural or possessive s dropped. */
const stem = (w: string): string => w.replace(/(?:['’]s|s)$/, '');

/**
 * "The 12 Best Running Shoes of 2026 - Running Shoe Reviews": a tail that repeats the headline's own
 * topic word, and whose every word the page also writes in lower case, is the section the story is
 * filed under. A masthead shares no topic word with a headline, or keeps a word that is only a name.
 */
export function sectionTail(seg: string, title: string, blocks: readonly Block[]): boolean {
  const at = title.lastIndexOf(seg);
  if (at <= 0 || !blocks.length) return false;
  const head = new Set(loose(title.slice(0, at)).split(' ').filter((w) => w.length >= 4).map(stem));
  // The section's kind word ("Reviews", "News") may be one the page writes only in headings.
  const topic = seg.split(/\s+/).filter((w) => !SECTION_WORD.test(w));
  if (!topic.length || topic.length === seg.split(/\s+/).length && topic.length < 2) return false;
  if (!topic.some((w) => w.length >= 4 && head.has(stem(loose(w))))) return false;
  return plainWords(topic.join(' '), blocks);
}

const LEAD_SEPARATOR = /\s+(?:\||–|—|•|·|::|:|»|~|-{1,2})\s+|\s*｜\s*/;

/**
 * Cues from the title: the site segments splitTitle took (nearest first), and the leading segment
 * it left in the headline ("Frommers | The 10 Best…", "Digjitale Signal #18 – …"), which only
 * counts when other evidence agrees.
 */
export function findTitleCues(title: string, siteSegments: readonly string[], blocks: readonly Block[] = []): SourceCue[] {
  const out: SourceCue[] = [];
  siteSegments.forEach((seg, i) => {
    const name = seg.replace(/^(?:from)\s+/i, '').replace(/^www\./i, '').trim();
    if (!name || notASiteName(name)) return;
    if (sectionTail(name, title, blocks)) {
      out.push({ name, kind: 'title-part', weight: TITLE_PART_WEIGHT, at: -1, reason: 'title tail naming the headline\'s own topic in words the page writes in lower case (a section, not the site)' });
      return;
    }
    out.push({ name, kind: 'title', weight: i === 0 ? 3 : 1.5, at: -1, reason: i === 0 ? 'site segment of the title' : 'further site segment of the title' });
  });
  const lead = title.split(LEAD_SEPARATOR);
  // Short middle or trailing segments the title split left alone ("Headline | Old Crows Antiques - Old
  // Crows Antiques Mall in Littleton CO": the long tail stopped the split): a site name only when the
  // page names it again.
  for (let i = 1; i < lead.length; i++) {
    const name = lead[i].trim();
    if (!name || wordCount(name) > 4 || notASiteName(name) || siteSegments.some((s) => s.trim() === name)) continue;
    // A headline part, not a name: a year, a lower-case or article start ("tips and tricks", "A Beginner's Guide").
    if (/\b(?:19|20)\d\d\b|^(?:\p{Ll}|(?:A|An)\s)/u.test(name)) continue;
    if (out.some((c) => c.name === name)) continue;
    out.push({ name, kind: 'title-part', weight: TITLE_PART_WEIGHT, at: -1, reason: 'short title segment left in the headline (a site name when the page agrees)' });
  }
  if (lead.length > 1) {
    // An issue number is not part of the name: "Digjitale Signal #18".
    const name = lead[0].replace(/\s*(?:#|No\.?\s*|Issue\s+)\d+\s*$/i, '').trim();
    if (name && wordCount(name) <= 4 && !notASiteName(name) && !siteSegments.includes(lead[0].trim())) {
      out.push({ name, kind: 'title-lead', weight: 0.5, at: -1, reason: 'leading title segment (a site name when the page agrees)' });
    }
  }
  return out;
}
