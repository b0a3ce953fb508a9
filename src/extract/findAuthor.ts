// Authors from bylines and author boxes. In order of trust:
//   1. an explicit byline near the headline: "By X", "Written by X", "Posted by X", "Author: X", or "By" with
//      the names on the following lines;
//   2. a line of names near the headline followed by a date, a role, a wire or a handle
//      ("Chris Davies - Nov 19, 2019", "Tom Krisher, AP Auto Writer", "Catherine Shu @cshu"), or a bare
//      name line next to the date line;
//   3. an author box anywhere: "About the author" + name, or a name line followed by a bio that starts
//      with that name ("Maria is a growth analyst…").
import type { Block } from './blocks.ts';
import { hasDateToken } from './findDate.ts';
import { isPersonName, hasFirstName } from './isPersonName.ts';

const ROLE_WORDS = 'officer|president|vp|head|lead|writer|reporter|correspondent|editor|contributor|columnist|journalist|staff|producer|photographer|critic|analyst|intern|team|desk|founder|co-founder|ceo|director|manager|specialist|expert|blogger|author';
const ROLE_PREFIX = '(?:(?:senior|chief|staff|contributing|special|associate|deputy|managing|executive|political|business|sports|science|health|tech(?:nology)?|investigative|national|foreign|local|digital|freelance|assistant|ap|auto|travel|food|content|guest|lead|principal)\\s+)*';
const ROLE = `${ROLE_PREFIX}(?:${ROLE_WORDS})s?`;
/** A role glued to a name or after it: "By Meg JamesStaff Writer", "Jane Doe, Reporter". */
// "Team"/"Staff" alone stay: "Podium Staff" and "The Investopedia Team" are how those pages sign.
const ROLE_SUFFIX = new RegExp(`(?:(?<=[a-z])(?=[A-Z])|\\s*[,|–—-]\\s*|\\s+)(?!(?:team|staff|desk)$)${ROLE}\\b.*$`, 'i');
const ROLE_START = new RegExp(`^${ROLE}\\b`, 'i');
const BYLINE = /^(?:(?:written|posted|reported|story|words|text|published|compiled|article written)\s+)?by\s*:?(?:\s+(.*))?$/i;
const LABELLED = /^(?:author|authors|writer|written by|posted by|byline|reporter|article by)\s*[:|]\s*(.*)$/i;
/** "May 3, 2017 By Erin Spain 4 Comments": a date line naming the author. */
const DATE_LINE_BY = /\b[Bb]y:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
const INLINE_BY = /\b(?:posted|written|published) by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
/** A person's name: 2–4 capitalised words (particles allowed). */
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|den|de|da|del|la|le|di|du|bin|al|el|ibn|y|dos|das)\s+)*\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const NAME_AT_START = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|den|de|da|del|la|le|di|du|bin|al|el|ibn|y|dos|das)\s+)*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[\p{L}]*\.?(?:\s|$))\p{Lu}[\p{L}.'’-]*){1,3}/u;
/** A leading date and separator: "Dec. 19, 2025 · Niko Matsakis". */
const LEADING_DATE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[·•|,/–—-]|by\b)\s*/i;
const WIRE_NAME = /^(associated press|the associated press|ap|reuters|afp|agence france-presse|bloomberg|upi|cnn|staff|wire|wires|news desk|web desk)$/i;
/** Parts of a byline that name an organisation, not a person. */
const ORG_WORD = /\b(university|college|institute|school|press|news|newsroom|media|inc|llc|ltd|company|group|times|post|journal|magazine|gazette|herald|tribune|association|agency|foundation|center|centre|council|department|ministry|network|daily|weekly|online|blog|radio|tv|studio|labs?|hospital|clinic|commons|collective|society|club|partners|consulting|agency|solutions|the conversation)\b/i;
const NOT_AUTHOR_LINE = /^(reviewed|edited|fact[- ]checked|medically reviewed|photos?|photographs?|illustrations?|images?|video|graphics?|produced|translated|additional reporting|updated|share|follow)\b/i;
const COMMON_LINE = /^(home|menu|search|share|about|contact|blog|news|more|login|subscribe|related posts|recent posts|table of contents|read more|leave a reply)$/i;

function cleanNames(raw: string, explicit = false): string[] {
  let s = raw
    .replace(/(?<=\p{L})(?:updated|published|posted)\b.*$/iu, '') // "Emmet WhiteUpdated Dec 3"
    .replace(/(?<=\p{Ll})(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b.*$/u, '') // "AnthonyJanuary 4"
    .replace(/\s*\S+@\S+.*$/, '') // e-mail and what follows
    .replace(/\s*@\w+.*$/, '') // a social handle
    .replace(/\s*\b(?:updated|published|posted|last updated|on)\b\s*:?\s*(?:\p{L}{3,}\.?\s+\d|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$/iu, '')
    .replace(/\s*\b(?:updated|published|posted|last updated)\b.*$/i, '')
    .replace(/\s*\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d+\s+(?:min|hour|day|minute)s?\b).*$/i, '')
    .replace(/\s*[|•·—–]\s*.*$/, '')
    .replace(/\s+-\s+.*$/, '')
    .replace(/\s*\((?:[^)]*)\)\s*/g, ' ')
    .replace(/\s+\d+(?:\s*,\s*✉)?(?=\s*,|\s*$)/g, ''); // affiliation marks: "Aditya Mahindru 1,✉"
  s = s.replace(ROLE_SUFFIX, '').replace(/\s+(?:for|of|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\s.&]*$/u, '').trim();
  const parts = s.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i).map((n) => n.replace(ROLE_SUFFIX, '').replace(/^[\s,.:✉-]+|[\s,.:✉-]+$/g, '').trim()).filter(Boolean);
  // Credentials after a name ("Doris Munoz-Mantilla, MD, FOMA") and organisations are not people.
  const names = parts.map((n) => n.replace(/\s+(?:In|On|At|For|Of|From|With)$/, '')).filter((n, _, all) => !(all.length > 1 && /\bstaff$/i.test(n)) && !/^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|Dr\.?)$/.test(n) && !ORG_WORD.test(n) && !WIRE_NAME.test(n));
  const single = /^[\p{L}][\p{L}\p{N}._-]{2,24}$/u;
  // In a list, parts that are not names are job titles or places ("Jared Spataro, Chief Marketing Officer").
  if (names.length > 1) {
    const people = names.filter((n, k) => k === 0 || isPersonName(n));
    names.splice(0, names.length, ...people);
  }
  return names
    .filter((n) => n.length <= 40 && (NAME.test(n) || (explicit && names.length === 1 && single.test(n) && !/^(the|and|our|us|me|you|email|staff)$/i.test(n))));
}

export interface AuthorResult {
  authors: string[];
  /** Block indexes of the byline lines used (they are not body). */
  lines: number[];
}

/** A name-led line: names, then a separator and a date, role, wire credit or handle. */
function namesThenMeta(text: string): string[] {
  const m = NAME_AT_START.exec(text);
  if (!m) return [];
  // Extend over "A, B and C" name lists.
  let end = m[0].length;
  for (;;) {
    const more = /^\s*(?:,|&|\band\b)\s*/.exec(text.slice(end));
    if (!more) break;
    const next = NAME_AT_START.exec(text.slice(end + more[0].length));
    if (!next) break;
    end += more[0].length + next[0].length;
  }
  const rest = text.slice(end);
  // "Niko Matsakis on behalf of the Vision Doc group": the byline of someone writing for a group.
  const onBehalf = /^\s+on behalf of\b/i.test(rest);
  const restOk = onBehalf || /^\s*(?:[,|•·/–—-]|\s@|$)/.test(rest) || /^\s*\d/.test(rest) || hasDateToken(rest.slice(0, 30));
  if (!restOk) return [];
  const tail = rest.replace(/^\s*[,|•·/–—-]?\s*/, '');
  const metaTail = onBehalf || !tail || tail.startsWith('@') || hasDateToken(tail) || ROLE_START.test(tail) || WIRE_NAME.test(tail.replace(/[.,]\s*$/, '')) || /^\d+\s*(min|hour|day)/i.test(tail) || ORG_WORD.test(tail);
  return metaTail ? cleanNames(text.slice(0, end)).filter(isPersonName) : [];
}

/** `explicitOnly`: only "By X" / "Author: X" lines, for a wider search where a bare name proves nothing. */
export function findAuthor(blocks: readonly Block[], from: number, to: number, isDateLine: (i: number) => boolean, headline = -1, explicitOnly = false): AuthorResult {
  const lo = Math.max(0, from), hi = Math.min(blocks.length, to);
  // 1. Explicit bylines.
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (b.words > 30 || NOT_AUTHOR_LINE.test(b.text)) continue;
    const m = BYLINE.exec(b.text) ?? LABELLED.exec(b.text);
    if (m) {
      let names = m[1] ? cleanNames(m[1], true) : [];
      const lines = [i];
      // "By" / "Written by" alone: the names follow on the next lines ("Thomas Broderick" / "," / "Nalea Ko").
      if (!m[1]) {
        for (let j = i + 1; j < Math.min(blocks.length, i + 6); j++) {
          const t = blocks[j].text;
          if (/^(,|and|&)$/i.test(t)) { lines.push(j); continue; }
          const got = cleanNames(t, names.length === 0);
          if (!got.length) break;
          names.push(...got);
          lines.push(j);
        }
      }
      names = [...new Set(names)];
      if (names.length) return { authors: names, lines };
    }
    const inline = b.words <= 20 ? INLINE_BY.exec(b.text) ?? (hasDateToken(b.text) && b.words <= 16 ? DATE_LINE_BY.exec(b.text) : null) : null;
    if (inline) {
      const names = cleanNames(inline[1], true);
      if (names.length) return { authors: names, lines: [i] };
    }
  }
  if (explicitOnly) return { authors: [], lines: [] };
  // 2. Name-led lines with metadata, or a bare name next to the date.
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (b.words > 16 || b.family || NOT_AUTHOR_LINE.test(b.text) || COMMON_LINE.test(b.text)) continue;
    const bare = b.words <= 4 && NAME.test(b.text) && !b.sentence;
    if (bare) {
      const next = blocks[i + 1]?.text ?? '';
      const metaNext = ROLE_START.test(next) && (blocks[i + 1]?.words ?? 9) <= 4 || /^\d+\s*min(ute)?s?\b/i.test(next);
      if (isDateLine(i - 1) || isDateLine(i + 1) || isDateLine(i + 2) || metaNext) {
        const names = cleanNames(b.text).filter(isPersonName);
        if (names.length === 1) return { authors: names, lines: [i] };
      }
      continue;
    }
    const names = namesThenMeta(b.text.replace(LEADING_DATE, ''));
    if (names.length) return { authors: names, lines: [i] };
    // A date glued before the name: "September 1, 2016September 8, 2016Autumn Adams".
    const glued = /(?:\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*(\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(b.text);
    if (glued && hasDateToken(b.text)) {
      const n = cleanNames(glued[1]).filter(isPersonName);
      if (n.length === 1) return { authors: n, lines: [i] };
    }
  }
  // 3. A name standing just under the headline, when it is certainly a person's name (a known first name).
  for (let i = headline + 1; headline >= 0 && i <= headline + 2 && i < blocks.length; i++) {
    const b = blocks[i];
    if (b.words >= 2 && b.words <= 4 && !b.sentence && NAME.test(b.text) && hasFirstName(b.text)) return { authors: cleanNames(b.text), lines: [i] };
  }
  return { authors: [], lines: [] };
}

/** An author box anywhere on the page: "About the author" + name, or a name followed by a bio naming them. */
export function findAuthorBox(blocks: readonly Block[]): AuthorResult {
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i];
    if (b.words > 7) continue;
    // "Written by Linda McCall" far from the headline (after the article, in a sidebar).
    const written = /^(?:written|posted|authored|article|story|words)\s+by:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(b.text);
    if (written && isPersonName(written[1])) {
      const names = cleanNames(written[1], true);
      if (names.length) return { authors: names, lines: [] };
    }
    const about = /^(?:About|View all posts by|More from|More by|Articles by|Posts by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(b.text);
    if (about && isPersonName(about[1]) && !/^(the|us|our)\b/i.test(about[1])) {
      // "About Alexa" + "Alexa Amador is a writer…": take the full name the bio gives.
      const bio = blocks[i + 1]?.text ?? '';
      const full = new RegExp(`^(${about[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?:is|was|has|lives|writes)\\b`, 'u').exec(bio);
      const names = cleanNames(full ? full[1] : about[1], true);
      if (names.length) return { authors: names, lines: [] };
    }
    if (/^(about the author|about the writer|written by|author|the author|meet the author)[:.]?$/i.test(b.text)) {
      for (let j = i + 1; j < Math.min(blocks.length, i + 3); j++) {
        const names = cleanNames(blocks[j].text).filter(isPersonName);
        if (names.length && blocks[j].words <= 8) return { authors: names, lines: [] };
      }
      continue;
    }
    if (b.words < 2 || b.words > 4) continue;
    const first = b.text.slice(0, b.text.indexOf(' '));
    for (let j = i + 1; j < Math.min(blocks.length, i + 4); j++) {
      const t = blocks[j].text;
      if (blocks[j].words < 8) continue;
      // Cheap test first: a bio starts with the name or "I".
      if (!t.startsWith(first) && !t.startsWith('Dr') && !t.startsWith('I')) break;
      if (!NAME.test(b.text)) break;
      if (t.startsWith(b.text) || new RegExp(`^(?:Dr\\.?\\s+)?${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:is|was|has|leads|writes|covers|founded|joined|holds)\\b`).test(t) || /^I['’]m\b|^I am\b/.test(t)) {
        const names = cleanNames(b.text).filter(isPersonName);
        if (names.length === 1) return { authors: names, lines: [] };
      }
      break;
    }
  }
  return { authors: [], lines: [] };
}
