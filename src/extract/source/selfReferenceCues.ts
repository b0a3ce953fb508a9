// Pages name their own outlet in their furniture and staff notes: "More from The Spruce", "IGN may earn
// an affiliate commission", "Sign up to the Patient newsletter", "We at talkREAL test…", "At Runner's
// World, we test…", "Emma is Lead Writer at Website Builder Expert".
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { NAME_WORD as WORD } from './nameWord.ts';
import { SELF_CUE } from '../lineCues.ts';

// Up to five words, small joining words allowed between them ("Strategy and Wargaming", "Marcus on AI").
const OUTLET = `((?:The )?${WORD}(?:(?: (?:and|of|on|for|&|the|de|la|du|del|di))? ${WORD}){0,4})`;

interface SelfPattern { gate: RegExp; first: string | null; re: RegExp; weight: number; reason: string; furniture: boolean }
/** furniture: the line belongs to the page's frame; inside the story the same words describe a product or a guest. */
// gate: a cheap plain test run first (the name patterns use Unicode classes and cost ~50× more).
const P = (gate: RegExp, src: string, weight: number, reason: string, furniture = true): SelfPattern => ({ gate, first: firstWord(gate), re: new RegExp(src, 'u'), weight, reason, furniture });

/** The first word an anchored gate requires ("^more from " → "more"), "is" for "X is …" gates. */
function firstWord(gate: RegExp): string | null {
  if (gate.source.startsWith('^[^!?]')) return 'is';
  const m = /^\^(?:\(\?:)?([a-z]+)/.exec(gate.source);
  return m ? m[1] : null;
}

const PATTERNS: readonly SelfPattern[] = [
  P(/^more from /i, `^More from ${OUTLET}$`, 2.5, 'furniture: "More from X"'),
  P(/^discover more from /i, `^Discover more from ${OUTLET}$`, 2.5, 'furniture: "Discover more from X"'),
  P(/^more on /i, `^More on ${OUTLET}$`, 1.5, 'furniture: "More on X" (a site or one of its sections)'),
  P(/re reading /i, `\\b[Yy]ou['’]re reading ${OUTLET}\\b`, 2, 'the site addresses its reader ("you\'re reading X")', false),
  // A house byline: "By the Investopedia Team", "EDB Team", "Slate Staff".
  // (A bare "X Team" line is as often a menu link to a department.)
  P(/^by .*\b(?:team|staff|editors)\b/i, `^(?:By|BY) (?:THE |[Tt]he )?${OUTLET} (?:TEAM|Team|STAFF|Staff|EDITORS|Editors|Editorial Team|Editorial Staff)(?: [|•·–—-].*)?(?: (?:Updated|Published|Posted)\\b.*)?$`, 2, 'house byline names the site', false),
  P(/^photo illustration by /i, `^Photo illustration by ${OUTLET}\\.`, 1, 'the site credits its own illustration', false),
  P(/\b(?:commission|share of sales|affiliate)/i, `^(?:[^,]{0,60}, )?${OUTLET} (?:may|might|can|will) (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:share of sales|affiliate|commission)`, 2.5, 'affiliate disclosure names the site'),
  P(/^[^!?]{1,60}? is /, `^${OUTLET} is (?:supported by|reader-supported|a reader-supported|(?:a )?part of|a (?:UK |US )?registered trade ?mark|owned by|operated by|the premier|an? (?:independent|online|digital|leading)\\b)`, 2.5, 'the site describes itself'),
  P(/^[^!?]{1,60}? is an? /, `^${OUTLET} is an? [\\p{L}\\p{N}() -]{0,50}?(?:publication|publisher|magazine|newspaper|website|newsletter|organi[sz]ation|charity|non-?profit)\\b`, 2.5, 'the site describes itself'),
  // Personal blogs give the owner's name here as often as the blog's.
  P(/ is a participant in the amazon/i, `^${OUTLET} is a participant in the Amazon`, 1.5, 'affiliate disclosure names the site or its owner'),
  P(/homepage/i, `^(?:Visit|Go to) ${OUTLET}['’]s homepage`, 2.5, 'furniture: link to the home page'),
  P(/^learn more about /i, `^Learn more about ${OUTLET}['’]s`, 2, 'furniture: about the site'),
  P(/^thanks for reading /i, `^Thanks for reading ${OUTLET}[!.]`, 2.5, 'newsletter sign-off names the site'),
  P(/^(?:sign up|get|subscribe).*\b(?:newsletter|daily|weekly|app)\b/i, `^(?:Sign up (?:to|for)|Get|Subscribe to) (?:the )?${OUTLET}(?:['’]s)? (?:newsletter|daily|weekly|app)\\b`, 2, 'newsletter prompt names the site'),
  P(/^download the /i, `^Download the ${OUTLET} app\\b`, 2, 'app prompt names the site'),
  P(/^(?:add|follow) .* (?:to your google news|on )/i, `^(?:Add|Follow) ${OUTLET} (?:to your Google News|on (?:Google News|Twitter|Facebook|Instagram|X|LinkedIn)\\b)`, 2, 'follow prompt names the site'),
  P(/^subscribe to /i, `^Subscribe to ${OUTLET}$`, 2, 'furniture: "Subscribe to X"'),
  // "About X" heads author boxes as often as the site's own note: it counts for less.
  P(/^about /i, `^About ${OUTLET}$`, 0.75, 'furniture: "About X"'),
  // A company blog's call to action names the company, inside the story as much as after it.
  P(/\b(?:partner with|talk to|a (?:call|consultation|demo) with) /i, `(?:^|[.?!] )(?:Partner with|Talk to|(?:Schedule|Book|Request) a (?:call|consultation|demo) with) ${OUTLET}(?: today| now)?(?: to | for | about |[.!,]|$)`, 1.25, 'call to action names the company', false),
  P(/\b(?:we|here) at /i, `\\b(?:[Ww]e|[Hh]ere) at ${OUTLET}\\b`, 2, 'the site speaks of itself ("we at X")', false),
  P(/(?:^|[.!?] )At [^,]{1,60}, (?:we|our)\b/, `(?:^|[.!?] )At ${OUTLET}, (?:we|our)\\b`, 1.5, 'the site speaks of itself ("At X, we")', false),
  // Staff bios: "is Lead Writer at X", "a proficient editor in X" (a former employer says "former").
  P(/\b(?:writer|editor|reporter|contributor|journalist|columnist|correspondent|executive|producer) (?:at|for|in|with) /i, `(?<!former |previously |ex-)\\b(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Cc]ontributor|[Jj]ournalist|[Cc]olumnist|[Cc]orrespondent|[Rr]esearch [Ee]xecutive|[Pp]roducer) (?:at|for|in|with) ${OUTLET}`, 1.25, 'staff note names the site', false),
  // "He founded X in 2014": a bio's verb form ("launched" as often names a product the story covers).
  P(/\bfounded /i, `\\b(?:[Cc]o-)?[Ff]ounded ${OUTLET}(?:[,.;]| in (?:\\d|the\\b)| to | as | with | and )`, 1.25, 'staff note names the site ("founded X")', false),
  P(/\b(?:founder|ceo|owner|editor-in-chief|publisher)(?: and \w+)? of /i, `\\b(?:[Ff]ounder|CEO|[Oo]wner|[Ee]ditor-in-[Cc]hief|[Pp]ublisher)(?: and (?:CEO|[Ff]ounder|[Oo]wner))? of ${OUTLET}`, 1.25, 'staff note names the site', false),
];

/**
 * Keywords of the unanchored patterns, as one case-sensitive literal alternation, run on lines whose
 * SELF_CUE (lineCues.ts: the same literals, case aside) is set; the patterns' own gates then check properly.
 */
const ANYWHERE = /At [^,]{1,60}, (?:we|our)\b|artner with |alk to |demo with |call with |consultation with |commission|share of sales|ffiliate|re reading |omepage|[Ww]e at |[Hh]ere at |riter |ditor |eporter |ontributor |ournalist |olumnist |orrespondent |xecutive |roducer |ounder |ounded |CEO |wner of |ublisher of |-[Cc]hief of /;
/** Anchored gates with alternative first words ("^(?:sign up|get|subscribe)"). */
const ALTERNATIVES = new Map(PATTERNS.filter((p) => /^\^\(\?:/.test(p.gate.source)).map((p) => [p, /^\^\(\?:([^)]*)\)/.exec(p.gate.source)![1].split('|').map((w) => w.split(' ')[0])] as const));

/** Every first word an anchored pattern opens on: a block starting otherwise can only meet the other gates. */
const FIRST_WORDS = new Set(PATTERNS.flatMap((p) => (p.first === null || p.first === 'is' ? [] : ALTERNATIVES.get(p) ?? [p.first])));
const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));

/**
 * The block's first word in lower case when it is one of FIRST_WORDS, else null. Most lines open on a
 * longer word, or have no space within reach: those are told without a string being made.
 */
function firstWordIfListed(text: string): string | null {
  const sp = text.indexOf(' ');
  const end = sp < 0 ? text.length : sp;
  if (end > LONGEST_FIRST_WORD) return null;
  const first = text.slice(0, end).toLowerCase();
  return FIRST_WORDS.has(first) ? first : null;
}

/**
 * Can the word just before `end` (the first " is ") end an OUTLET, i.e. be a whole NAME_WORD? Told by
 * its ASCII shape where that settles it, since a prose line ("Portion control is …", "2025 is …") would
 * otherwise cost two Unicode pattern runs: a word of small ASCII letters only (no capital for a camel-
 * cased name), digits only (a digit-led name has a letter after them), or one opening on ASCII
 * punctuation cannot. Anything else is left to the patterns.
 */
function mayEndName(text: string, end: number): boolean {
  const start = text.lastIndexOf(' ', end - 1) + 1;
  const c = text.charCodeAt(start);
  if (c >= 128 || (c >= 65 && c <= 90)) return true;
  const lower = c >= 97 && c <= 122;
  const digit = c >= 48 && c <= 57;
  if (!lower && !digit) return false;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (lower ? d < 97 || d > 122 : d < 48 || d > 57) return true;
  }
  return false;
}

// Pronouns, people and generic menu words a pattern may catch instead of a name; times and places a
// clause opens on ("At First, we…", "At Christmas, our…").
const NOT_A_NAME = /^(?:we|us|me|our|ours|you|your|it|this|that|the author|the editor|them|him|her|they|he|she|i|home|the team|our team|sales|support|contact|center|portal|help|news|more|blog|the site|this site|the company|the newsletter|first|last|least|times|present|night|noon|midnight|christmas|easter|thanksgiving|halloween|school|work|church)$/i;

/** Self-references on the page, one cue per line that names the site. */
export function findSelfReferenceCues(blocks: readonly Block[], proseStart = -1, proseEnd = -1): SourceCue[] {
  const out: SourceCue[] = [];
  for (const b of blocks) {
    if (b.words > 90) continue;
    // Patterns are tried only when cheap tests allow: the block's first word, " is " near its start, or
    // one scan for every unanchored pattern's keyword (the name patterns cost ~50× more).
    const isAt = b.text.indexOf(' is ');
    const isOpen = isAt > 0 && isAt <= 60 && mayEndName(b.text, isAt);
    const anywhere = (b.cues & SELF_CUE) !== 0 && ANYWHERE.test(b.text);
    const first = firstWordIfListed(b.text);
    // No pattern can open: skip the per-pattern loop (most blocks).
    if (!anywhere && !isOpen && first === null) continue;
    for (const p of PATTERNS) {
      const open = p.first === null ? anywhere : p.first === 'is' ? isOpen : ALTERNATIVES.get(p)?.includes(first ?? '') ?? p.first === first;
      if (!open || !p.gate.test(b.text)) continue;
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
