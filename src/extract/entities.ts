/**
 * The topics of one article: the people, places and organisations it is about, plus its tags.
 *
 * Names come from capitalised runs (entities/mentions.ts), are judged with compromise's lexicon
 * (entities/lexicon.ts), and are kept only when the article dwells on them: mentioned twice, or in
 * the headline or lead. The full compromise parser runs only on the few kept names the lexicon
 * cannot place, one short line each, so an article costs a millisecond or two, not 35 ms.
 */
import type { Topic, TopicKind } from '../record.ts';
import { DEMONYMS, KNOWN_NAMES, demonymOf, isAcronym, nameKey } from './entities/known-names.ts';
import { LEXICON_PHRASE_PREFIXES, addPhrasePrefixes, isCommonWord, isDemonymWord, isFirstName, isFunctionWord, isLexiconWord, isOrgWord, isPlaceWord, isTitle, lexiconKind, parseKinds, phrasePrefixes } from './entities/lexicon.ts';
import { findMentions, type Mention } from './entities/mentions.ts';
import { lowerWordsAmong } from './entities/lowerWords.ts';
import { LETTER, MARK, NUMBER, SPACE, UPPER, classAt, widthAt } from './entities/chars.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const DATELINE_OPENING = /^\s*((?:[\p{Lu}][\p{L}.'’-]*,?\s*(?:\([^)]{1,40}\)\s*)?){1,6})\s*[—–]\s+/u;
const SHOUTED_LABEL = /^\p{Lu}{7,}$/u;
const HAS_LOWER = /\p{Ll}/u;
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:['-]\p{L}+)?$/u;
const STARTS_UPPER = /^\p{Lu}/u;

export interface TopicInput {
  headline: string;
  paragraphs: string[];
  tags: string[];
}

/** At most this many topics per article (tags are always kept, even past the cap). */
export const MAX_TOPICS = 12;
/** The lead: paragraphs until this many words; a name there is salient even if mentioned once. */
const LEAD_WORDS = 25;
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 1;

interface Entity {
  key: string;
  /** Surface forms and how often each was written. */
  forms: Map<string, number>;
  mentions: number;
  headline: boolean;
  lead: boolean;
  titled: boolean;
  /** Seen after a preposition of place ("in Austin"). */
  placeCue: boolean;
  /** Seen at least once where its capital letter is not just a sentence start. */
  midSentence: boolean;
  tag: string | null;
  kind: TopicKind | null;
}

export function findTopics(input: TopicInput): Topic[] {
  const entities = new Map<string, Entity>();

  const headings: string[] = [];
  const pending: { mention: Mention; lead: boolean }[] = [];
  let leadWords = 0;
  input.paragraphs.forEach((paragraph, index) => {
    // Note: in a title-case line every word has a capital, so capitals prove nothing there.
    if (isHeadingLike(paragraph)) {
      headings.push(paragraph);
      return;
    }
    const lead = leadWords < LEAD_WORDS;
    // Note: past the lead the count no longer matters; splitting every paragraph was a cost.
    if (lead) leadWords += paragraph.split(/\s+/).length;
    const text = index === 0 ? stripDateline(paragraph) : paragraph;
    for (const mention of findMentions(text)) {
      if (mention.tail !== null) pending.push({ mention, lead });
      else addMention(entities, mention, lead);
    }
  });
  // "Use Snapchat" counts for Snapchat when the article names Snapchat elsewhere; else keep it whole.
  for (const { mention, lead } of pending) {
    const tail = mention.tail ?? '';
    const confirmed = entities.has(nameKey(tail)) && !entities.has(nameKey(mention.text));
    addMention(entities, confirmed ? { ...mention, text: tail, tail: null } : mention, lead);
  }

  dropJunk(entities, input.paragraphs);
  for (const e of entities.values()) e.kind = lexicalKind(e, entities);
  const shortForms = mergeShortForms(entities);
  const prefixes = phrasePrefixes(shortForms.keys(), phrasePrefixes(entities.keys()));
  for (const e of matchNames(entities, shortForms, prefixes, input.headline, true)) e.headline = true;
  for (const heading of headings) for (const e of matchNames(entities, shortForms, prefixes, heading, false)) e.mentions++;
  for (const tag of input.tags) addTag(entities, tag);

  const salient = [...entities.values()]
    .filter((e) => e.tag !== null || e.mentions >= 2 || e.headline || e.lead)
    .sort((a, b) => salience(b) - salience(a));
  // Note: the parser costs ~1 ms a call; only names that can still make the cut are worth asking about.
  resolveUnknownKinds(salient.slice(0, MAX_TOPICS + input.tags.length));
  const ranked = salient
    .filter((e) => e.tag !== null || (e.kind !== null && e.kind !== undefined))
    .map((e) => ({ e, name: e.tag ?? displayName(e), score: salience(e) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const tags = ranked.filter((r) => r.e.tag !== null);
  const room = Math.max(0, MAX_TOPICS - tags.length);
  const others = ranked.filter((r) => r.e.tag === null).slice(0, room);
  const keep = new Set([...tags, ...others]);
  return ranked.filter((r) => keep.has(r)).map((r) => ({ name: r.name, kind: r.e.kind ?? 'subject' }));
}

function salience(e: Entity): number {
  return e.mentions + (e.headline ? HEADLINE_WEIGHT : 0) + (e.lead ? LEAD_WEIGHT : 0) + (e.tag !== null ? 1 : 0);
}

/** Known alternative spellings ("U.S." → "United States") share one entity within an article. */
const KNOWN_BY_KEY = new Map<string, { name: string; kind: TopicKind; acronym: boolean }>();
for (const known of KNOWN_NAMES) {
  KNOWN_BY_KEY.set(nameKey(known.name), { name: known.name, kind: known.kind, acronym: false });
  for (const alias of known.aliases) KNOWN_BY_KEY.set(nameKey(alias), { name: known.name, kind: known.kind, acronym: isAcronym(alias) });
}

/** Word-prefixes of the phrases matchNames looks up in the word lists: known names and country adjectives. */
const KNOWN_PHRASE_PREFIXES = phrasePrefixes(Object.keys(DEMONYMS), phrasePrefixes(KNOWN_BY_KEY.keys()));
/** The same, with the lexicon's phrases (a headline phrase the lexicon places may enter alone). */
const LISTED_PHRASE_PREFIXES: ReadonlySet<string> = new Set([...LEXICON_PHRASE_PREFIXES, ...KNOWN_PHRASE_PREFIXES]);

function knownName(text: string): { name: string; kind: TopicKind } | null {
  return knownByKey(nameKey(text), text);
}

/** knownName() when the key of `text` is already at hand. */
function knownByKey(key: string, text: string): { name: string; kind: TopicKind } | null {
  const known = KNOWN_BY_KEY.get(key);
  if (known === undefined) return null;
  // Note: "US" is the country only in capitals; "Us" at a sentence start is a pronoun.
  if (known.acronym && !isAcronym(text)) return null;
  return known;
}

function addMention(entities: Map<string, Entity>, mention: Mention, lead: boolean): void {
  let text = mention.text;
  let kind: TopicKind | null = null;
  let midSentence = !mention.sentenceInitial;
  if (mention.demonymOf !== null) {
    // Note: "North Korean missiles" is a mention of North Korea.
    text = mention.demonymOf;
    kind = 'place';
    midSentence = true;
  }
  // Note: the key of the name as written serves the known-name lookup and, most often, as the key.
  const textKey = nameKey(text);
  const known = knownByKey(textKey, text);
  if (known !== null) {
    text = known.name;
    kind = known.kind;
    midSentence = true;
  }
  const key = known !== null ? nameKey(text) : textKey;
  if (key === '') return;
  let e = entities.get(key);
  if (e === undefined) {
    e = { key, forms: new Map(), mentions: 0, headline: false, lead: false, titled: false, placeCue: false, midSentence: false, tag: null, kind };
    entities.set(key, e);
  }
  e.forms.set(text, (e.forms.get(text) ?? 0) + 1);
  e.mentions++;
  e.lead ||= lead;
  e.titled ||= mention.titled;
  e.placeCue ||= mention.placeCue;
  e.midSentence ||= midSentence;
}

/** Reason: a dateline ("WASHINGTON (Reuters) —") says where the story was filed, not what it is about. */
function stripDateline(paragraph: string): string {
  const m = DATELINE_OPENING.exec(paragraph);
  return m ? paragraph.slice(m[0].length) : paragraph;
}


/** Remove candidates that are not names, each with the reason it is not. */
function dropJunk(entities: Map<string, Entity>, paragraphs: string[]): void {
  // Note: whether the body writes a key in lower case is asked only of the candidates whose fate
  // turns on it (judged both ways: a "yes" can only add reasons), and the body is searched once for
  // those keys alone.
  const open: string[] = [];
  for (const [key, e] of entities) {
    if (junkReason(key, e, NEVER_LOWER) !== null) entities.delete(key);
    else if (junkReason(key, e, ALWAYS_LOWER) !== null) open.push(key);
  }
  if (open.length === 0) return;
  const lowerWords = lowerWordsAmong(paragraphs, new Set(open));
  for (const key of open) if (junkReason(key, entities.get(key)!, lowerWords) !== null) entities.delete(key);
}

const NEVER_LOWER = { has: (_key: string): boolean => false };
const ALWAYS_LOWER = { has: (_key: string): boolean => true };

/** Why a candidate is not a name, or null; `lowerWords` holds the keys the body also writes in lower case. */
function junkReason(key: string, e: Entity, lowerWords: { has(key: string): boolean }): string | null {
  const form = firstForm(e);
  const single = !key.includes(' ');
  return (
    // Reason: one letter ("I", "A") or a bare number is not a name.
    key.length < 2 || /^\d+$/.test(key) ? 'too short'
    // Reason: shouting capitals longer than an acronym are labels or credits ("REUTERS", "WATCH").
    : SHOUTED_LABEL.test(form) && lexiconKind(key) === null ? 'all-caps label'
    // Reason: pronouns, articles and the like are grammar even when capitalised ("He", "The").
    : single && isFunctionWord(key) && lexiconKind(key) === null && e.kind === null ? 'function word'
    // Reason: an abbreviation alone ("St.", "Ave.") names nothing without the word it shortens.
    : single && /\.$/.test(form) && !isAcronym(form) ? 'abbreviation'
    // Reason: a title alone ("President", "Mr.") names nobody.
    : single && isTitle(key) && lexiconKind(key) === null ? 'title only'
    // Reason: a capital seen only at sentence starts, on a word also written in lower case here
    // or known as an ordinary word, is grammar ("Protein", "However").
    : single && !e.midSentence && e.kind === null && lexiconKind(key) === null && (lowerWords.has(key) || isCommonWord(key) || !isLexiconWord(key)) ? 'sentence-start capital'
    // Reason: a common word capitalised mid-sentence is usually emphasis or a heading word.
    // Reason: a run seen only at sentence starts and opening with an ordinary word ("Many OTAs").
    : !single && !e.midSentence && e.kind === null && lexiconKind(key) === null && isCommonWord(key.split(' ')[0]) ? 'sentence-start phrase'
    // Reason: an adjective of a people with no country of its own here ("Hawaiian", "Christian").
    : single && e.kind === null && isDemonymWord(key) ? 'adjective'
    // Reason: a single ordinary word, capitalised as a label or for emphasis, or also written in
    // lower case here, is not a name ("Problem", "Figure", "Two").
    : single && e.kind === null && !e.titled && lexiconKind(key) === null && (lowerWords.has(key) || isCommonWord(key)) ? 'common word'
    : null
  );
}

/** The first form an entity was written in ([...e.forms.keys()][0], without the array). */
function firstForm(e: Entity): string {
  for (const form of e.forms.keys()) return form;
  return undefined as unknown as string;
}

/** The kind the word lists give a name, before the parser is asked. */
function lexicalKind(e: Entity, entities: Map<string, Entity>): TopicKind | null {
  if (e.kind !== null) return e.kind;
  const fromLexicon = lexiconKind(e.key);
  const words = e.key.split(' ');
  const first = words[0];
  const last = words[words.length - 1];
  // Note: "Houston" and "Austin" are first names to the lexicon; "in Austin" says otherwise.
  if (fromLexicon === 'person' && words.length === 1 && !e.titled && e.placeCue) return 'place';
  if (fromLexicon !== null && !(fromLexicon === 'person' && words.length === 1 && !e.titled)) return fromLexicon;
  if (words.length > 1 && isOrgWord(last)) return 'organization';
  if (words.length > 1 && isPlaceWord(last)) return 'place';
  // Note: a person's name is not written half in acronyms ("Gen AI", "Rosa TV").
  const form = [...e.forms.keys()][0];
  const nameCase = HAS_LOWER.test(form) ? !form.split(' ').some((w) => isAcronym(w)) : true;
  if (words.length > 1 && words.length <= 4 && nameCase && isFirstName(first) && lexiconKind(last) !== 'place') return 'person';
  if (e.titled) return 'person';
  // Note: news style names a person in full once, then by surname ("John Kirby" … "Kirby").
  const forms = form.split(' ');
  const plainWords = forms.every((w) => PLAIN_NAME_WORD.test(w)) && !isCommonWord(first) && lexiconKind(first) !== 'place' && lexiconKind(first) !== 'organization';
  if (words.length >= 2 && words.length <= 3 && plainWords && entities.has(last) && lexiconKind(last) === null) return 'person';
  // Note: an unknown acronym ("AI", "SEO", "FDA") is left to the parser, then to 'subject'.
  return null;
}

/**
 * "Kirby" → "John Kirby", "NSC" → "National Security Council": a short form that fits exactly one
 * longer name of the article counts toward it.
 */
function mergeShortForms(entities: Map<string, Entity>): Map<string, Entity> {
  const shortForms = new Map<string, Entity>();
  const byLast = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  const byInitials = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const words = e.key.split(' ');
    if (words.length < 2) continue;
    if (e.kind === 'person') push(byLast, words[words.length - 1], e);
    if (e.kind === 'person' && isFirstName(words[0])) push(byFirst, words[0], e);
    const initials = [...e.forms.keys()][0].split(' ').filter((w) => STARTS_UPPER.test(w)).map((w) => w[0]).join('').toLowerCase();
    if (initials.length >= 2) push(byInitials, initials, e);
  }
  for (const [key, e] of entities) {
    if (key.includes(' ')) continue;
    const form = [...e.forms.keys()][0];
    // Note: features call people by first name ("Paul" for Paul Tagliamonte); surnames win a clash.
    const targets = isAcronym(form) ? byInitials.get(key) : (e.kind === null || e.kind === 'person' ? byLast.get(key) ?? byFirst.get(key) : undefined);
    if (targets === undefined || targets.length !== 1) continue;
    const target = targets[0];
    target.mentions += e.mentions;
    target.lead ||= e.lead;
    target.headline ||= e.headline;
    target.titled ||= e.titled;
    entities.delete(key);
    // Note: keep the short form findable, so the headline and tags can still point at it.
    shortForms.set(key, target);
  }
  return shortForms;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}


/**
 * The article's names in a line whose capitals prove nothing (a headline, a title-case heading):
 * look up its word runs among the names found in the body, their short forms and country
 * adjectives. From the headline, a place or organisation the word lists know may also enter alone.
 */
function matchNames(entities: Map<string, Entity>, shortForms: Map<string, Entity>, prefixes: Set<string>, line: string, headline: boolean): Set<Entity> {
  const found = new Set<Entity>();
  const words = headingWords(line);
  const wordKeys: string[] = [];
  const listed = headline ? LISTED_PHRASE_PREFIXES : KNOWN_PHRASE_PREFIXES;
  for (let i = 0; i < words.length; i++) {
    // Note: every phrase tried from here starts with this word; without a capital none can match.
    if (!(classAt(words[i], 0) & UPPER)) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      if (n > 1 && !mayBePhrase(words, wordKeys, prefixes, listed, i, n)) continue;
      const text = n === 1 ? words[i] : words.slice(i, i + n).join(' ');
      const textKey = nameKey(text);
      let key = textKey;
      const demonym = demonymOf(textKey);
      const known = knownByKey(textKey, text);
      if (demonym !== undefined) key = nameKey(demonym);
      else if (known !== null) key = nameKey(known.name);
      let e = entities.get(key) ?? shortForms.get(key);
      if (e === undefined && headline && n <= 3) {
        const kind = demonym !== undefined ? 'place' : known?.kind ?? lexiconKind(key);
        // Note: only a name the word lists know for sure may enter from the headline alone.
        if (kind === 'place' || kind === 'organization') {
          const name = demonym ?? known?.name ?? text;
          e = { key, forms: new Map([[name, 1]]), mentions: 0, headline: true, lead: false, titled: false, placeCue: false, midSentence: true, tag: null, kind };
          entities.set(key, e);
          addPhrasePrefixes(prefixes, key);
        }
      }
      if (e !== undefined) {
        found.add(e);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * Can the phrase of n heading words from i be a key of the article or the word lists? Its key is its
 * words' keys joined by spaces (when none is empty), so it starts with the first word's key and a
 * space: that key must be a word-prefix of some phrase key. Most heading words open none: the longer
 * phrases from them are skipped instead of being joined, keyed and looked up five times. `wordKeys`
 * fills in the words' keys as they are asked for.
 * (A module function, not a closure: made per call, a closure cost a name property set by the loader.)
 */
function mayBePhrase(words: string[], wordKeys: string[], prefixes: Set<string>, listed: ReadonlySet<string>, i: number, n: number): boolean {
  for (let j = i; j < i + n; j++) {
    wordKeys[j] ??= nameKey(words[j]);
    if (wordKeys[j] === '') return true;
  }
  return prefixes.has(wordKeys[i]) || listed.has(wordKeys[i]);
}

/**
 * The words of a heading line: line.replace(/’/g, "'").split(/[^\p{L}\p{M}\p{N}.'&-]+/u).map(trimWord)
 * .filter((w) => w !== ''), scanned by hand (the Unicode split was most of matchNames' cost): the
 * maximal runs of letters, marks, digits and . ' ’ & -, each trimmed.
 */
export function headingWords(line: string): string[] {
  const words: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isHeadingWordChar(line, i)) i += widthAt(line, i);
    const from = i;
    let curly = false;
    while (i < n && isHeadingWordChar(line, i)) {
      if (line.charCodeAt(i) === 0x2019) curly = true;
      i += widthAt(line, i);
    }
    if (i > from) {
      const raw = line.slice(from, i);
      const w = trimWord(curly ? raw.replace(/’/g, "'") : raw);
      if (w !== '') words.push(w);
    }
  }
  return words;
}

/** [\p{L}\p{M}\p{N}.'&-] or ’ (which the heading's words read as '). */
function isHeadingWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45;
  return c === 0x2019 || (classAt(s, i) & (LETTER | MARK | NUMBER)) !== 0;
}

/** A word of a heading without its edge punctuation and possessive: w.replace(/^[.'-]+|[.'-]+$/g, '').replace(/'s$/, ''). */
function trimWord(w: string): string {
  let from = 0, to = w.length;
  while (from < to && isEdgeMark(w.charCodeAt(from))) from++;
  while (to > from && isEdgeMark(w.charCodeAt(to - 1))) to--;
  const t = from === 0 && to === w.length ? w : w.slice(from, to);
  return t.endsWith("'s") ? t.slice(0, -2) : t;
}

function isEdgeMark(c: number): boolean {
  return c === 46 || c === 39 || c === 45;
}

/**
 * A heading or label rather than prose: short with no closing punctuation, or (nearly) all of its
 * longer words capitalised ("Top Nutrition Trends for Fall", "Pros & Cons").
 */
export function isHeadingLike(line: string): boolean {
  const t = line.trim();
  // Note: the last character read directly; the regex /[.!?:;”"')\]]$/ tried every position of the line.
  const unpunctuated = !CLOSING_PUNCTUATION.has(t.charCodeAt(t.length - 1));
  // One pass, no word arrays: this runs on every paragraph. Words are the runs between spaces (at
  // least one, as split() gives); a long word opens with four letters; a capitalised one with a capital.
  let words = 0, long = 0, capitalised = 0;
  let i = 0;
  const n = t.length;
  // The same count with ASCII's classes inline (letters A–Z a–z, spaces \t–\r and ' ') while the
  // words are ASCII (most lines); from a word holding any other character on, the loop below counts.
  // Note: the line is not tested for ASCII first: a prose paragraph is settled after a few words.
  ascii: while (i < n) {
    // This word and the spaces after it, if all ASCII.
    let j = i;
    for (; j < n; j++) {
      const c = t.charCodeAt(j);
      if (c >= 128) break ascii;
      if (c === 32 || (c >= 9 && c <= 13)) break;
    }
    let k = j;
    for (; k < n; k++) {
      const c = t.charCodeAt(k);
      if (c >= 128) break ascii;
      if (!(c === 32 || (c >= 9 && c <= 13))) break;
    }
    words++;
    const first = t.charCodeAt(i);
    let letters = 0;
    while (i + letters < j && letters < 4) {
      const c = t.charCodeAt(i + letters) | 32;
      if (c < 97 || c > 122) break;
      letters++;
    }
    if (letters === 4) {
      long++;
      if (first >= 65 && first <= 90) capitalised++;
    }
    i = k;
    if (settledProse(words, long, capitalised, n - i, unpunctuated)) return false;
  }
  while (i < n) {
    words++;
    const first = classAt(t, i);
    let letters = 0;
    while (i < n && letters < 4 && (classAt(t, i) & LETTER) !== 0) {
      letters++;
      i += widthAt(t, i);
    }
    if (letters === 4) {
      long++;
      if (first & UPPER) capitalised++;
    }
    while (i < n && (classAt(t, i) & SPACE) === 0) i += widthAt(t, i);
    while (i < n && (classAt(t, i) & SPACE) !== 0) i++;
    if (settledProse(words, long, capitalised, n - i, unpunctuated)) return false;
  }
  if (Math.max(words, 1) <= 12 && unpunctuated) return true;
  if (long < 3) return false;
  // Note: a sentence full of names can be 60 % capitals; a title-case heading is nearly all.
  return capitalised / long >= (unpunctuated ? 0.6 : 0.85);
}

/** . ! ? : ; ” " ' ) ] */
const CLOSING_PUNCTUATION = new Set([...'.!?:;”"\')]'].map((c) => c.charCodeAt(0)));

/**
 * isHeadingLike's answer is already "no" whatever the rest of the line holds: more than 12 words (or a
 * punctuated end), and too few capitals even if every word still to come were long and capitalised.
 * Why: prose paragraphs (most of them) are settled after a few words instead of scanned to the end.
 * Exact: a long word takes four letters and a space, so `left` characters hold at most (left + 1) / 5
 * more, and the share (capitalised + r) / (long + r) only grows with r.
 */
function settledProse(words: number, long: number, capitalised: number, left: number, unpunctuated: boolean): boolean {
  // At the end of the line (left 0) the caller's own tests decide; 12 words may still be a heading.
  if (left === 0 || (unpunctuated && words < 12)) return false;
  const more = Math.floor((left + 1) / 5);
  return (capitalised + more) / (long + more) < (unpunctuated ? 0.6 : 0.85);
}

/** A tag is always a topic; it takes the kind of the name it matches in the text, if any. */
function addTag(entities: Map<string, Entity>, tag: string): void {
  const name = tag.trim();
  if (name === '') return;
  const known = knownName(name);
  const key = nameKey(known?.name ?? name);
  if (key === '') return;
  const e = entities.get(key);
  if (e !== undefined) {
    e.tag = name;
    return;
  }
  entities.set(key, { key, forms: new Map([[name, 1]]), mentions: 0, headline: false, lead: false, titled: false, placeCue: false, midSentence: true, tag: name, kind: known?.kind ?? lexiconKind(key) });
}

/** Ask the full parser about the salient names the word lists could not place. */
function resolveUnknownKinds(salient: Entity[]): void {
  // Note: the parser guesses "person" for any unknown capitalised acronym ("ADA"); do not ask it.
  const unknown = salient.filter((e) => e.kind === null && !isAcronym(e.tag ?? displayName(e)));
  for (const e of salient) if (e.kind === null && !unknown.includes(e)) e.kind = 'subject';
  const names = unknown.map((e) => e.tag ?? displayName(e));
  const kinds = parseKinds(names);
  unknown.forEach((e, i) => {
    let kind = kinds.get(names[i]);
    // Note: the parser calls "Gen AI" a person; a person's name is not half acronym.
    if (kind === 'person' && names[i].split(' ').some((w) => isAcronym(w))) kind = undefined;
    // Note: a name the parser cannot place is still a named thing the article dwells on.
    e.kind = kind ?? (e.tag !== null || e.midSentence ? 'subject' : null);
  });
}

/** The most written form, then the longest ("Kim Jong-un" over "Kim Jong Un" on a tie, by order). */
function displayName(e: Entity): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of e.forms) {
    if (count > bestCount || (count === bestCount && form.length > best.length)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
