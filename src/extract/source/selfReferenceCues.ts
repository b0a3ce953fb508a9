// Pages name their own outlet in their furniture and staff notes: "More from The Spruce", "IGN may earn
// an affiliate commission", "Sign up to the Patient newsletter", "We at talkREAL test…", "At Runner's
// World, we test…", "Emma is Lead Writer at Website Builder Expert".
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';

// A name word: capitalised ("Spruce"), camel-cased ("freeCodeCamp", "arXiv", "iEntry") or digit-led ("9to5Mac").
const WORD = "(?:\\p{Lu}[\\p{L}\\p{N}&'’.+-]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}&'’.+-]*|\\p{N}+\\p{L}[\\p{L}\\p{N}]*)";
// Up to five words, small joining words allowed between them ("Strategy and Wargaming", "Marcus on AI").
const OUTLET = `((?:The )?${WORD}(?:(?: (?:and|of|on|for|&|the|de|la|du|del|di))? ${WORD}){0,4})`;

interface SelfPattern { re: RegExp; weight: number; reason: string; furniture: boolean }
/** furniture: the line belongs to the page's frame; inside the story the same words describe a product or a guest. */
const P = (src: string, weight: number, reason: string, furniture = true): SelfPattern => ({ re: new RegExp(src, 'u'), weight, reason, furniture });

const PATTERNS: readonly SelfPattern[] = [
  P(`^More from ${OUTLET}$`, 2.5, 'furniture: "More from X"'),
  P(`^Discover more from ${OUTLET}$`, 2.5, 'furniture: "Discover more from X"'),
  P(`^More on ${OUTLET}$`, 1.5, 'furniture: "More on X" (a site or one of its sections)'),
  P(`\\b[Yy]ou['’]re reading ${OUTLET}\\b`, 2, 'the site addresses its reader ("you\'re reading X")', false),
  // A house byline: "By the Investopedia Team", "EDB Team", "Slate Staff".
  // (A bare "X Team" line is as often a menu link to a department.)
  P(`^(?:By|BY) (?:THE |[Tt]he )?${OUTLET} (?:TEAM|Team|STAFF|Staff|EDITORS|Editors|Editorial Team|Editorial Staff)(?: [|•·–—-].*)?(?: (?:Updated|Published|Posted)\\b.*)?$`, 2, 'house byline names the site', false),
  P(`^Photo illustration by ${OUTLET}\\.`, 1, 'the site credits its own illustration', false),
  P(`^(?:[^,]{0,60}, )?${OUTLET} (?:may|might|can|will) (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:share of sales|affiliate|commission)`, 2.5, 'affiliate disclosure names the site'),
  P(`^${OUTLET} is (?:supported by|reader-supported|a reader-supported|(?:a )?part of|a (?:UK |US )?registered trade ?mark|owned by|operated by|the premier|an? (?:independent|online|digital|leading)\\b)`, 2.5, 'the site describes itself'),
  P(`^${OUTLET} is an? [\\p{L}\\p{N}() -]{0,50}?(?:publication|publisher|magazine|newspaper|website|newsletter|organi[sz]ation|charity|non-?profit)\\b`, 2.5, 'the site describes itself'),
  // Personal blogs give the owner's name here as often as the blog's.
  P(`^${OUTLET} is a participant in the Amazon`, 1.5, 'affiliate disclosure names the site or its owner'),
  P(`^(?:Visit|Go to) ${OUTLET}['’]s homepage`, 2.5, 'furniture: link to the home page'),
  P(`^Learn more about ${OUTLET}['’]s`, 2, 'furniture: about the site'),
  P(`^Thanks for reading ${OUTLET}[!.]`, 2.5, 'newsletter sign-off names the site'),
  P(`^(?:Sign up (?:to|for)|Get|Subscribe to) (?:the )?${OUTLET}(?:['’]s)? (?:newsletter|daily|weekly|app)\\b`, 2, 'newsletter prompt names the site'),
  P(`^Download the ${OUTLET} app\\b`, 2, 'app prompt names the site'),
  P(`^(?:Add|Follow) ${OUTLET} (?:to your Google News|on (?:Google News|Twitter|Facebook|Instagram|X|LinkedIn)\\b)`, 2, 'follow prompt names the site'),
  P(`^Subscribe to ${OUTLET}$`, 2, 'furniture: "Subscribe to X"'),
  // "About X" heads author boxes as often as the site's own note: it counts for less.
  P(`^About ${OUTLET}$`, 0.75, 'furniture: "About X"'),
  P(`\\b(?:[Ww]e|[Hh]ere) at ${OUTLET}\\b`, 2, 'the site speaks of itself ("we at X")', false),
  P(`^At ${OUTLET}, (?:we|our)\\b`, 1.5, 'the site speaks of itself ("At X, we")', false),
  // Staff bios: "is Lead Writer at X", "a proficient editor in X" (a former employer says "former").
  P(`(?<!former |previously |ex-)\\b(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Cc]ontributor|[Jj]ournalist|[Cc]olumnist|[Cc]orrespondent|[Rr]esearch [Ee]xecutive|[Pp]roducer) (?:at|for|in|with) ${OUTLET}`, 1.25, 'staff note names the site', false),
  P(`\\b(?:[Ff]ounder|CEO|[Oo]wner|[Ee]ditor-in-[Cc]hief|[Pp]ublisher)(?: and (?:CEO|[Ff]ounder|[Oo]wner))? of ${OUTLET}`, 1.25, 'staff note names the site', false),
];

// Pronouns, people and generic menu words a pattern may catch instead of a name.
const NOT_A_NAME = /^(?:we|us|me|our|ours|you|your|it|this|that|the author|the editor|them|him|her|they|he|she|i|home|the team|our team|contact|center|portal|help|news|more|blog|the site|this site|the company|the newsletter)$/i;

/** Self-references on the page, one cue per line that names the site. */
export function findSelfReferenceCues(blocks: readonly Block[], proseStart = -1, proseEnd = -1): SourceCue[] {
  const out: SourceCue[] = [];
  for (const b of blocks) {
    if (b.words > 90) continue;
    for (const p of PATTERNS) {
      const m = p.re.exec(b.text);
      if (!m) continue;
      const name = m[1].replace(/[.,’']+$/, '').replace(/['’]s$/, '');
      if (!name || NOT_A_NAME.test(name)) continue;
      const inStory = b.index >= proseStart && b.index <= proseEnd;
      out.push({ name, kind: 'self', weight: p.furniture && inStory ? p.weight * 0.4 : p.weight, at: b.index, reason: inStory && p.furniture ? `${p.reason} (inside the story: counts less)` : p.reason });
      break;
    }
  }
  return out;
}
