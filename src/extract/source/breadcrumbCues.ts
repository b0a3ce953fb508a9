// A breadcrumb trail starts at the site's home, which many sites label with their own name rather than
// "Home": "SFist / Best of San Francisco / Best Movers in San Francisco", "Utne/ Mind And Body/ Nature
// as God". A trail ends at the page itself (a headline-long crumb), which tells it from a menu row
// ("About / Advertise / Tip Us / Contact").
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { plainWords } from './plainWords.ts';

const CRUMB_SEP = /\s*(?:\/|>|»|›|→)\s+/;
const NAME = /^(?:The )?(?:\p{Lu}[\p{L}\p{N}&'’.+-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}&'’.+-]*|\p{N}+\p{L}[\p{L}\p{N}]*)(?: (?:of|on|for|&|and|the|\p{Lu}[\p{L}\p{N}&'’.+-]*)){0,3}$/u;
// The generic first crumbs (a home link, a menu head) name no one.
const GENERIC = /^(?:home|homepage|start|main|index|about|news|blog|articles?|resources|all|menu|back|top)$/i;

export function findBreadcrumbCues(blocks: readonly Block[]): SourceCue[] {
  for (const b of blocks) {
    if (b.words < 5 || b.words > 40) continue;
    const t = b.text;
    if (t.indexOf('/') < 0 && t.indexOf('>') < 0 && t.indexOf('»') < 0 && t.indexOf('›') < 0 && t.indexOf('→') < 0) continue;
    // A URL or a date ("12/01/2025") is not a trail.
    if (/:\/\/|\d\/\d/.test(t)) continue;
    const crumbs = t.split(CRUMB_SEP).map((c) => c.trim());
    if (crumbs.length < 3 || crumbs.some((c) => !c)) continue;
    const first = crumbs[0];
    if (!NAME.test(first) || GENERIC.test(first) || crumbs[crumbs.length - 1].split(/\s+/).length < 4) continue;
    // A section leads the trail as often ("Sport / Football / …"): its words are ones the page also
    // writes in lower case, a name's are not.
    if (plainWords(first, blocks)) continue;
    return [{ name: first, kind: 'breadcrumb', weight: 1, at: b.index, reason: 'first crumb of a breadcrumb trail (the site\'s home, labelled with its name)' }];
  }
  return [];
}

