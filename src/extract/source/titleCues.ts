// The title's site segments as evidence: "Headline | The Spruce" names the outlet more often than not,
// but some tails are headline parts ("– Top 10 Picks", "| Daily Harvest, Freshly, More", "– The World
// Without Work?") or the author ("- by Gary Marcus -").
import type { SourceCue } from './cue.ts';
import { wordCount } from '../text.ts';

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

const LEAD_SEPARATOR = /\s+(?:\||–|—|•|·|::|:|»|~|-{1,2})\s+|\s*｜\s*/;

/**
 * Cues from the title: the site segments splitTitle took (nearest first), and the leading segment
 * it left in the headline ("Frommers | The 10 Best…", "Digjitale Signal #18 – …"), which only
 * counts when other evidence agrees.
 */
export function findTitleCues(title: string, siteSegments: readonly string[]): SourceCue[] {
  const out: SourceCue[] = [];
  siteSegments.forEach((seg, i) => {
    const name = seg.replace(/^(?:from)\s+/i, '').replace(/^www\./i, '').trim();
    if (!name || notASiteName(name)) return;
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
