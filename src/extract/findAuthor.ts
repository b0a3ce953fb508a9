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
import { isPersonName, hasFirstName, isLoneName } from './isPersonName.ts';
import { findNameList } from './author/findNameList.ts';
import { teamByline } from './author/teamByline.ts';
import { siteNamed, startsSiteName, startsWithSite, withoutSite } from './author/siteName.ts';
import { AGENCY, BYLINE, ROLE_WORDS, COMMON_LINE, DATE_LINE_BY, INLINE_BY, LABELLED, LEADING_DATE, NAME, NAME_AT_START, NOT_AUTHOR_LINE, ORG_WORD, ROLE_LINE, ROLE_START, ROLE_SUFFIX, WIRE_NAME } from './author/shapes.ts';
import { matchAt } from './text.ts';


const RUN_TOGETHER = /\p{Lu}\p{Ll}{3,}\p{Lu}/u;

// Unicode property regexes of the functions below, as module constants: run through tsx (esbuild), a
// \p{…} literal inside a function is rebuilt with new RegExp() at every call. GLUED_LABEL (/g) is only
// used with matchAll, which copies it.
const INVERTED_BYLINE = /^\s*(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?)\s*$/u;
const GLUED_STAMP_WORD = /(?<=\p{L})(?:updated|published|posted)\b.*$/iu;
const GLUED_MONTH = /(?<=\p{Ll})(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b.*$/u;
const STAMP_TAIL = /\s*\b(?:updated|published|posted|last updated|on)\b\s*:?\s*(?:\p{L}{3,}\.?\s+\d|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$/iu;
const FOR_THE_OUTLET = /\s+(?:for|of|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\s.&]*$/u;
const SINGLE_HANDLE = /^[\p{L}][\p{L}\p{N}._-]{2,24}$/u;
const SITE_LONGER = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$/u;
const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;
const GLUED_LABEL = /(?<=\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll})/gu;
const DATE_THEN_NAME = /(?:\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*(\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;
const NAME_THEN_DATE = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\d{1,2}\/\d{1,2}\/\d{2,4}$/u;
const WRITTEN_BY = /^(?:[Ww]ritten|[Pp]osted|[Aa]uthored|[Aa]rticle|[Ss]tory|[Ww]ords)\s+[Bb]y:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)(?:\s+(?:at|on)\s+.*\d.*)?$/u;
const ABOUT_AUTHOR = /^(?:About|View all posts by|More from|More by|Articles by|Posts by|Latest posts by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*\(see all\))?$/u;

function cleanNames(raw: string, explicit = false): string[] {
  // "By Smith, John": a catalogue-style byline, surname first, when the second part is a known first name.
  const inverted = explicit ? INVERTED_BYLINE.exec(raw) : null;
  if (inverted && hasFirstName(`${inverted[2]} ${inverted[1]}`)) return [`${inverted[2]} ${inverted[1]}`];
  let s = raw
    .replace(GLUED_STAMP_WORD, '') // "Emmet WhiteUpdated Dec 3"
    .replace(GLUED_MONTH, '') // "AnthonyJanuary 4"
    .replace(/\s*\S+@\S+.*$/, '') // e-mail and what follows
    .replace(/\s*@\w+.*$/, '') // a social handle
    .replace(STAMP_TAIL, '')
    .replace(/\s*\b(?:updated|published|posted|last updated)\b.*$/i, '')
    .replace(/\s*\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d+\s+(?:min|hour|day|minute)s?\b).*$/i, '')
    .replace(/\s*[|•·—–]\s*.*$/, '')
    .replace(/\s+-\s+.*$/, '')
    .replace(/\s*\((?:[^)]*)\)\s*/g, ' ')
    .replace(/\s+\d+(?:\s*,\s*✉)?(?=\s*,|\s*$)/g, ''); // affiliation marks: "Aditya Mahindru 1,✉"
  s = s.replace(ROLE_SUFFIX, '').replace(FOR_THE_OUTLET, '').trim();
  const parts = s.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i).map((n) => n.replace(ROLE_SUFFIX, '').replace(/^[\s,.:✉-]+|[\s,.:✉-]+$/g, '').trim()).filter(Boolean);
  // Credentials after a name ("Doris Munoz-Mantilla, MD, FOMA") and organisations are not people.
  const names = parts.map((n) => n.replace(/\s+(?:In|On|At|For|Of|From|With)$/, '')).filter((n, _, all) => !(all.length > 1 && /\bstaff$/i.test(n)) && !/^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|Dr\.?)$/.test(n) && !ORG_WORD.test(n) && !WIRE_NAME.test(n));
  const single = SINGLE_HANDLE;
  // In a list, parts that are not names are job titles or places ("Jared Spataro, Chief Marketing Officer").
  if (names.length > 1) {
    const people = names.filter((n, k) => k === 0 || isPersonName(n));
    names.splice(0, names.length, ...people);
  }
  return names
    // Words run together after a long lower-case stretch are menu text ("AI EmployeePhones"); "DeArdo", "McCall"
    // are names, and a handle alone ("ShawnHymel") is how some writers sign.
    .filter((n) => !(n.includes(" ") && RUN_TOGETHER.test(n)))
    .filter((n) => n.length <= 40 && (NAME.test(n) || (explicit && names.length === 1 && single.test(n) && !/^(the|and|our|us|me|you|email|staff)$/i.test(n))));
}

export interface AuthorResult {
  authors: string[];
  /** Block indexes of the byline lines used (they are not body). */
  lines: number[];
  /** The byline names no person: the site or a role signs ("By 3i Global", "AAA Travel Editor"). */
  unsigned?: boolean;
}

/** A name-led line: names, then a separator and a date, role, wire credit or handle. */
function namesThenMeta(text: string, needMeta = false): string[] {
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
  const metaTail = onBehalf || (!tail && !needMeta) || tail.startsWith('@') || hasDateToken(tail) || ROLE_START.test(tail) || WIRE_NAME.test(tail.replace(/[.,]\s*$/, '')) || /^\d+\s*(min|hour|day)/i.test(tail) || ORG_WORD.test(tail);
  return metaTail ? cleanNames(text.slice(0, end)).filter(isPersonName) : [];
}

/**
 * Does the page confirm that one word is the writer's name? A word alone proves little ("Agency", "Docs"
 * next to a date are labels, and labels repeat), so it needs a known first name, or the page using it as a
 * name elsewhere: the word again over a role line (an author box: "Krystyna" / "Language Blogger"), or
 * "I'm Kev", "Yucy, as a proficient editor…", "Anthony cofounded…", "Kev’s Observations".
 */
function signsElsewhere(blocks: readonly Block[], at: number, word = blocks[at].text): boolean {
  if (hasFirstName(word)) return true;
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const used = new RegExp(`^${esc}(?:,|\\s+(?:is|was|has|writes|lives|loves|cofounded|founded|joined|\\p{Ll}+ed)\\b|['’]s\\b)|\\bI['’]m ${esc}\\b|\\bI am ${esc}\\b`, 'u');
  for (let j = 0; j < blocks.length; j++) {
    if (j === at) continue;
    const t = blocks[j].text;
    if (t === word ? j + 1 < blocks.length && blocks[j + 1].words <= 5 && ROLE_LINE.test(blocks[j + 1].text) : t.includes(word) && used.test(t)) return true;
  }
  return false;
}

/**
 * A byline signed by a job or a desk, not a person: "AAA Travel Editor, SMT", "Metro Desk". Only taken
 * after an explicit "By" / "Written by", where the slot is known to be the author's.
 */
const ROLE_SIGNATURE = /^((?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,3}(?:Editors?|Staff|Team|Desk|Contributors?|Writers?|Reporters?|Correspondents?))(?=\s*(?:,|$))/u;

/** A job named in a bio's first words: "Ajay is the founder of GMass", "Jane is a staff writer". */
const BIO_ROLE = new RegExp(`\\b(?:is|was)\\s+(?:a|an|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:${ROLE_WORDS})s?\\b`, 'i');

/** A byline's value without what follows a separator ("3i Global | Feb 6, 2025"). */
const valueOf = (value: string) => value.replace(/\s*(?:[|•·]|\s[–—-]\s).*$/, '').trim();
/** The site itself signing: "By 3i Global". */
const siteName = (value: string, sites: readonly string[]) => siteNamed(valueOf(value), sites);
/** The names of a byline's value, less a word that only opens a job title ("Coastal" of "Coastal Travel Editor"). */
function people(value: string): string[] {
  const role = roleSignature(value);
  return cleanNames(value, true).filter((n) => !(role && !n.includes(' ') && role.startsWith(`${n} `)));
}

/** The site's name and up to two more capitalised words: "3i Global" where the site is "3i". */
const siteLonger = (value: string, sites: readonly string[]) => {
  const v = valueOf(value);
  return SITE_LONGER.test(v) && startsWithSite(v, sites) ? v : null;
};
/** A job signing: "AAA Travel Editor, SMT" → "AAA Travel Editor". */
const roleSignature = (value: string) => ROLE_SIGNATURE.exec(valueOf(value))?.[1] ?? null;

/**
 * `explicitOnly`: only "By X" / "Author: X" lines, for a wider search where a bare name proves nothing.
 * `sites`: the site's names (title site segments, copyright owners), which sign company pages and are cut
 * from the end of a writer's line.
 */
export function findAuthor(blocks: readonly Block[], from: number, to: number, isDateLine: (i: number) => boolean, headline = -1, explicitOnly = false, sites: readonly string[] = []): AuthorResult {
  const lo = Math.max(0, from), hi = Math.min(blocks.length, to);
  // A byline naming no person, kept in case no person signs anywhere in the range.
  let unsigned: AuthorResult | null = null;
  // Such a byline stands above the prose: after a paragraph it is a footer credit ("Written by Harbour Notes
  // Media Group" closing the article).
  let prose = false;
  // 1. Explicit bylines.
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (i > headline && b.sentence && b.words >= 20) prose = true;
    if (b.words > 30 || NOT_AUTHOR_LINE.test(b.text)) continue;
    // "ByDaryl Austin": the rendered page ran the label into the name.
    const text = GLUED_BY.test(b.text) ? `By ${b.text.slice(2)}` : b.text;
    const m = BYLINE.exec(text) ?? LABELLED.exec(text);
    if (m) {
      // "By 3i Global", "Written By Audiophile On": the site signs its own page.
      const site = m[1] ? siteName(m[1], sites) : null;
      if (site && !prose) { unsigned ??= { authors: [site], lines: [i], unsigned: true }; continue; }
      let names = m[1] ? people(withoutSite(m[1], sites)) : [];
      const lines = [i];
      if (m[1] && !names.length) {
        // No person: a job ("AAA Travel Editor"), or the site under a longer name ("By 3i Global" on 3i's site).
        const role = roleSignature(m[1]) ?? siteLonger(m[1], sites);
        if (role && !prose) { unsigned ??= { authors: [role], lines: [i], unsigned: true }; continue; }
      }
      // "By" / "Written by" alone: the names follow on the next lines ("Thomas Broderick" / "," / "Nalea Ko").
      if (!m[1]) {
        const next = blocks[i + 1];
        const sig = next && next.words <= 8 && !people(next.text).length ? siteName(next.text, sites) ?? roleSignature(next.text) : null;
        if (sig && !prose) { unsigned ??= { authors: [sig], lines: [i, i + 1], unsigned: true }; continue; }
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
      // "By The Associated Press": a news agency signing is the author when no person does.
      const agency = m[1]?.replace(/[\s.,]+$/, '') ?? '';
      if (AGENCY.test(agency)) return { authors: [agency], lines: [i] };
    }
    const inline = b.words <= 20 ? INLINE_BY.exec(b.text) ?? (hasDateToken(b.text) && b.words <= 16 ? DATE_LINE_BY.exec(b.text) : null) : null;
    if (inline) {
      const names = cleanNames(inline[1], true);
      if (names.length) return { authors: names, lines: [i] };
    }
  }
  // Inside the article only a person's byline counts: a site or desk signing there is a footer credit.
  if (explicitOnly) return { authors: [], lines: [] };
  // 2. Name-led lines with metadata, or a bare name next to the date.
  const roleNext = (i: number) => {
    const n = blocks[i + 1];
    // "Jane Doe" / "Senior Content Manager", "Krystyna" / "Language Blogger & Polyglott".
    return !!n && n.words <= 5 && !n.sentence && ROLE_LINE.test(n.text);
  };
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (b.words > 16 || b.family || NOT_AUTHOR_LINE.test(b.text) || COMMON_LINE.test(b.text)) continue;
    const text = withoutSite(b.text, sites);
    const nearDate = isDateLine(i - 1) || isDateLine(i + 1) || isDateLine(i + 2);
    const nextText = blocks[i + 1]?.text ?? '';
    // A news agency alone over its date line: "The Associated Press" / "Published Monday, November 18, 2019".
    if (AGENCY.test(text) && (isDateLine(i + 1) || isDateLine(i - 1))) return { authors: [text], lines: [i] };
    // A group signing: "EDB Team" over the date, "InstaTunnel Team" / "Published by our engineering team".
    const team = teamByline(text);
    if (team && (nearDate || i === headline + 1 || /^(?:published|posted|written)\s+by\b/i.test(nextText))) return { authors: [team], lines: [i] };
    const bare = b.words <= 4 && NAME.test(text) && !b.sentence;
    if (bare) {
      const metaNext = roleNext(i) || /^\d+\s*min(ute)?s?\b/i.test(nextText);
      if (nearDate || metaNext) {
        const names = cleanNames(text).filter(isPersonName);
        if (names.length === 1) return { authors: names, lines: [i] };
      }
      continue;
    }
    // One word signing next to the date or over a role: "Kev" / "January 1, 2026".
    if (b.words === 1 && (nearDate || roleNext(i)) && isLoneName(text)) {
      // A name broken over two lines: "Maria" / "Mathioudaki".
      const n = blocks[i + 1];
      if (n && n.words === 1 && isLoneName(n.text) && isPersonName(`${text} ${n.text}`)) return { authors: [`${text} ${n.text}`], lines: [i, i + 1] };
      if (signsElsewhere(blocks, i)) return { authors: [text], lines: [i] };
    }
    const list = findNameList(text, b.words);
    if (list.length) return { authors: list, lines: [i] };
    // A section label glued before the names: "Website ToolsNataly Birch and Andrian Valeanu • Updated …".
    // The label is a whole word ("Tools", not the "i" of "iStock"), and the names must be followed by metadata.
    for (const g of text.slice(0, 60).matchAll(GLUED_LABEL)) {
      const glued = namesThenMeta(text.slice(g.index), true);
      if (glued.length) return { authors: glued, lines: [i] };
    }
    const names = namesThenMeta(text.replace(LEADING_DATE, ''));
    if (names.length) return { authors: names, lines: [i] };
    // A date glued before the name: "September 1, 2016September 8, 2016Autumn Adams".
    const glued = DATE_THEN_NAME.exec(text);
    if (glued && hasDateToken(text)) {
      const n = cleanNames(glued[1]).filter(isPersonName);
      if (n.length === 1) return { authors: n, lines: [i] };
    }
    // A date glued after the name: "Yucy3/4/2025".
    const after = NAME_THEN_DATE.exec(text);
    if (after && (after[1].includes(' ') ? isPersonName(after[1]) : isLoneName(after[1]) && signsElsewhere(blocks, i, after[1]))) return { authors: [after[1]], lines: [i] };
  }
  // 3. A name standing just under the headline: certainly a person's (a known first name), or right under
  // it and person-like ("Rajdeep Singh"), or one word the page repeats in its author boxes ("Krystyna").
  for (let i = headline + 1; headline >= 0 && i <= headline + 2 && i < blocks.length; i++) {
    const b = blocks[i];
    if (b.sentence || b.family) continue;
    if (b.words >= 2 && b.words <= 4 && NAME.test(b.text) && (hasFirstName(b.text) || (i === headline + 1 && b.words <= 3 && isPersonName(b.text)))) {
      const names = cleanNames(b.text);
      if (names.length) return { authors: names, lines: [i] };
    }
    if (b.words === 1 && isLoneName(b.text) && signsElsewhere(blocks, i)) return { authors: [b.text], lines: [i] };
  }
  return unsigned ?? { authors: [], lines: [] };
}

// What follows a name opening a bio, each tried just after the name (sticky), so no pattern is built
// per name: "About Alexa" + "Alexa Amador is …" (up to two more name words), "Anthony, …", "Anthony
// cofounded …", "Jane writes …".
const NAME_THEN_BIO_VERB = /((?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:is|was|has|lives|writes)\b/uy;
const LONE_NAME_BIO_VERB = /(?:,|\s+(?:is|was|has|writes|lives|loves|covers|leads|holds|\p{Ll}+ed)\b)/uy;
const FIRST_NAME_BIO_VERB = /\s+(?:is|was|has|leads|writes|covers|founded|joined|holds)\b/y;
const DOCTOR = /^Dr\.?\s+/;

/**
 * Does `t` open on `first` (a word without spaces), "Dr." before it allowed, then a bio verb? The title's
 * spaces are all taken before the name, which cannot start with one, so one way of reading it is tried.
 */
function opensOnFirstName(t: string, first: string): boolean {
  const at = DOCTOR.exec(t)?.[0].length ?? 0;
  const after = (from: number) => t.startsWith(first, from) && matchAt(FIRST_NAME_BIO_VERB, t, from + first.length) !== null;
  return after(0) || (at > 0 && after(at));
}

/** An author box anywhere on the page: "About the author" + name, or a name followed by a bio naming them. */
export function findAuthorBox(blocks: readonly Block[], sites: readonly string[] = []): AuthorResult {
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i];
    if (b.words > 12) continue;
    // "Written by Linda McCall" far from the headline (after the article, in a sidebar); "Posted by David at
    // December 16, 2025 11:15 AM" under a blog post (the first such line: later ones sign the comments).
    const written = WRITTEN_BY.exec(b.text);
    if (written && (written[1].includes(' ') ? isPersonName(written[1]) : isLoneName(written[1]))) {
      const names = cleanNames(written[1], true);
      if (names.length) return { authors: names, lines: [] };
    }
    if (b.words > 7) continue;
    const about = ABOUT_AUTHOR.exec(b.text);
    // "About Logan" on Logan University's pages, "About LoadUp": the site's About link, not an author box.
    if (about && isPersonName(about[1]) && !/^(the|us|our)\b/i.test(about[1]) && !startsSiteName(about[1], sites) && !RUN_TOGETHER.test(about[1])) {
      // "About Alexa" + "Alexa Amador is a writer…": take the full name the bio gives.
      const bio = blocks[i + 1]?.text ?? '';
      const more = bio.startsWith(about[1]) ? matchAt(NAME_THEN_BIO_VERB, bio, about[1].length) : null;
      const names = cleanNames(more ? about[1] + more[1] : about[1], true);
      if (names.length) return { authors: names, lines: [] };
    }
    if (/^(about the author|about the writer|(?:article\s+)?(?:written|authored|posted)\s+by|author|the author|meet the author)[:.]?$/i.test(b.text)) {
      for (let j = i + 1; j < Math.min(blocks.length, i + 3); j++) {
        const names = cleanNames(blocks[j].text).filter(isPersonName);
        if (names.length && blocks[j].words <= 8) return { authors: names, lines: [] };
      }
      continue;
    }
    // "Anthony" / "Website" / "Anthony cofounded Board Gamers Anonymous… he lives…": a one-word box over a
    // bio that uses it and speaks of a person (a product card says "Freshsales is a CRM…", with no he/she).
    if (b.words === 1 && isLoneName(b.text)) {
      // The bio opens on the name (letters only: isLoneName), then a comma or a verb.
      const opensBio = (t: string) => t.startsWith(b.text) && matchAt(LONE_NAME_BIO_VERB, t, b.text.length) !== null;
      for (let j = i + 1; j < Math.min(blocks.length, i + 4); j++) {
        if (blocks[j].words >= 8 && opensBio(blocks[j].text) && /\b(?:he|she|his|her|him)\b/i.test(blocks[j].text.slice(0, 300))) return { authors: [b.text], lines: [] };
      }
      continue;
    }
    if (b.words < 2 || b.words > 4) continue;
    // "Inka Wibowo" / "Senior Content Manager": a name over a job title.
    const role = blocks[i + 1];
    if (role.words <= 5 && !role.sentence && ROLE_LINE.test(role.text) && !b.sentence && NAME.test(b.text) && isPersonName(b.text)) {
      const names = cleanNames(b.text);
      if (names.length === 1) return { authors: names, lines: [] };
    }
    const first = b.text.slice(0, b.text.indexOf(' '));
    for (let j = i + 1; j < Math.min(blocks.length, i + 4); j++) {
      const t = blocks[j].text;
      if (blocks[j].words < 8) continue;
      // Cheap test first: a bio starts with the name or "I".
      if (!t.startsWith(first) && !t.startsWith('Dr') && !t.startsWith('I')) break;
      if (!NAME.test(b.text)) break;
      // The bio must speak of a person, unless the name is surely one: a section heading over its paragraph
      // ("Power BI" / "Power BI is a Microsoft tool…", "Terra Thread makes backpacks…") has no he or she.
      // A bio names a job ("Ajay is the founder of GMass…") or says he or she.
      const person = /\b(?:he|she|his|her|him)\b/i.test(t.slice(0, 300)) || BIO_ROLE.test(t.slice(0, 120));
      if (((t.startsWith(b.text) || opensOnFirstName(t, first)) && person) || /^I['’]m\b|^I am\b/.test(t)) {
        const names = cleanNames(b.text).filter(isPersonName);
        if (names.length === 1) return { authors: names, lines: [] };
      }
      break;
    }
  }
  return { authors: [], lines: [] };
}
