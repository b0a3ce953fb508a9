/**
 * What compromise's word lists say about a name, without running its tagger.
 *
 * Note: parsing a whole article with compromise costs ~35 ms; looking words up in the lexicon it
 * ships (first names, countries, cities, organisations, titles) costs microseconds. We use the
 * lexicon for every candidate and the full parser only for the few salient names it leaves unknown.
 */
import nlp from 'compromise';
import type { TopicKind } from '../../record.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const PLAIN_NAME = /^\p{L}[\p{L}\p{M}\p{N} '’&-]*$/u;
const SEPARABLE_NAME = /^[\p{L}\p{N}]/u;
// compromise's sentence splitter: quotation marks (quoteMerge), brackets (parensMerge), CJK stops.
const NOT_SEPARABLE = /[\r\n"\uFF02\u201C\u201D\u201F\u201E\u2E42\u201A\u2019\u00AB\u00BB\u2039\u203A\u2035\u2032\u2036\u2033\u2037\u2034\u301D\u301E\u301F\u300C\u300D\u300E\u300F()\uFF08\uFF09\u3002\uFF01\uFF1F\uFF61]/;

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { model(): CompromiseModel }).model();
const lexicon = model.one.lexicon;
// Note: as Sets of the words set to true: looking a fresh string up in a big object cost more.
const orgWords = new Set(Object.keys(model.two.orgWords).filter((w) => model.two.orgWords[w] === true));
const placeWords = new Set(Object.keys(model.two.placeWords).filter((w) => model.two.placeWords[w] === true));

/**
 * Every word-prefix of the lexicon's phrases ("new" and "new york" of "new york city"): a phrase whose
 * first word is not among them is no lexicon phrase, so a caller need not build and look it up.
 */
export const LEXICON_PHRASE_PREFIXES: ReadonlySet<string> = phrasePrefixes(Object.keys(lexicon));

/** The word-prefixes of the keys that have several words (each text before one of their spaces). */
export function phrasePrefixes(keys: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const key of keys) addPhrasePrefixes(into, key);
  return into;
}

export function addPhrasePrefixes(into: Set<string>, key: string): void {
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) into.add(key.slice(0, at));
}

/**
 * compromise's lexicon entry for a lower-case word or phrase: its tag or tags, or undefined. Only the
 * table's own entries: a word such as "constructor" must not answer with what every object inherits.
 */
export function lexiconEntry(key: string): string | string[] | undefined {
  return Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
}

const NO_TAGS: readonly string[] = [];

/** lexiconEntry as a list: the word's tags, none when unknown. */
export function lexiconTags(key: string): readonly string[] {
  const t = lexiconEntry(key);
  return t === undefined ? NO_TAGS : Array.isArray(t) ? t : [t];
}

/** The lexicon's tags for a lower-case word or phrase ("" when unknown). */
export function lexTags(key: string): string {
  const tags = lexiconEntry(key);
  if (tags === undefined) return '';
  return Array.isArray(tags) ? tags.join(',') : tags;
}

const PLACE_TAGS = /\b(?:Country|City|Region|Place)\b/;
const ORG_TAGS = /\b(?:Organization|SportsTeam)\b/;
const FIRST_NAME_TAGS = /\b(?:FirstName|MaleName|FemaleName)\b/;
const PERSON_TAGS = /\b(?:Person|FirstName|MaleName|FemaleName|LastName)\b/;
/** Tags of ordinary words: a capitalised one at a sentence start is not a name. */
const COMMON_TAGS = /\b(?:Determiner|Preposition|Pronoun|Conjunction|Adverb|QuestionWord|Modal|Verb|Infinitive|PastTense|PresentTense|Gerund|Adjective|Comparative|Superlative|Expression|Plural|Singular|Uncountable|Noun|Participle|Copula|Cardinal|Ordinal|TextValue)\b/;
/** Words that are never a name on their own, capitalised or not ("He", "The", "Because"). */
const FUNCTION_TAGS = /\b(?:Determiner|Preposition|Pronoun|Conjunction|QuestionWord|Modal|Copula|Adverb)\b/;
const TIME_TAGS = /\b(?:Month|WeekDay|Date|Holiday)\b/;

// What the tags say about one key, as bits: every word of every article asks several of these
// questions, so each key's tag string is tested against the tag patterns once, then remembered.
const KNOWN = 1, PLACE = 2, ORG = 4, FIRST_NAME = 8, PERSON = 16, COMMON = 32, FUNCTION = 64, TIME = 128, HONORIFIC = 256, DEMONYM = 512;
const FLAGS = new Map<string, number>();
/** Distinct keys remembered; past this the memo starts over (a bound on memory, not a behaviour). */
const FLAGS_LIMIT = 200_000;

function flagsOf(key: string): number {
  let f = FLAGS.get(key);
  if (f !== undefined) return f;
  const tags = lexTags(key);
  f = 0;
  // Note: `tags !== ''`, not truthiness: an inherited property ("constructor") counts as known, as before.
  if (tags !== '') {
    f |= KNOWN;
    if (PLACE_TAGS.test(tags)) f |= PLACE;
    if (ORG_TAGS.test(tags)) f |= ORG;
    if (FIRST_NAME_TAGS.test(tags)) f |= FIRST_NAME;
    if (PERSON_TAGS.test(tags)) f |= PERSON;
    if (COMMON_TAGS.test(tags)) f |= COMMON;
    if (FUNCTION_TAGS.test(tags)) f |= FUNCTION;
    if (TIME_TAGS.test(tags)) f |= TIME;
    if (/\bHonorific\b/.test(tags)) f |= HONORIFIC;
    if (/\bDemonym\b/.test(tags)) f |= DEMONYM;
  }
  if (FLAGS.size >= FLAGS_LIMIT) FLAGS.clear();
  FLAGS.set(key, f);
  return f;
}

/** Does the lexicon know the key at all (under any tag)? */
export function isLexiconWord(key: string): boolean {
  return (flagsOf(key) & KNOWN) !== 0;
}

/** The kind the lexicon gives a whole name ("north korea" → place), or null. */
export function lexiconKind(key: string): TopicKind | null {
  const f = flagsOf(key);
  if (f & PLACE) return 'place';
  if (f & ORG) return 'organization';
  if (f & PERSON) return 'person';
  return null;
}

export function isFirstName(key: string): boolean {
  return (flagsOf(key) & FIRST_NAME) !== 0;
}

/** A common word the lexicon knows and does not also list as a name. */
export function isCommonWord(key: string): boolean {
  const f = flagsOf(key);
  return (f & COMMON) !== 0 && (f & (PLACE | ORG | PERSON)) === 0;
}

export function isFunctionWord(key: string): boolean {
  return (flagsOf(key) & FUNCTION) !== 0;
}

export function isTimeWord(key: string): boolean {
  return (flagsOf(key) & TIME) !== 0;
}

export function isOrgWord(key: string): boolean {
  return orgWords.has(key);
}

export function isPlaceWord(key: string): boolean {
  return placeWords.has(key);
}

/**
 * Titles that stand before a person's name. Note: compromise's "Actor" tag is far broader
 * ("student", "baby", "author"), so only its honorifics are taken from the lexicon.
 */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'mayor', 'governor',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman',
  'councilman', 'councilwoman', 'councillor', 'commissioner', 'sheriff', 'ambassador', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'king', 'queen', 'prince',
  'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'emir', 'ayatollah',
  'judge', 'justice', 'general', 'lieutenant', 'colonel', 'major', 'captain', 'admiral', 'sergeant',
  'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'former', 'acting', 'chief', 'coach',
  'dame', 'sir', 'lord', 'lady', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor',
]);

/** A title or honorific that may stand before a person's name ("President", "Mr.", "spokesman"). */
export function isTitle(key: string): boolean {
  if (TITLES.has(key)) return true;
  return (flagsOf(key) & HONORIFIC) !== 0;
}

/** A title as written: lexicon abbreviations count only with their dot ("Gen. Smith", not "Gen AI"). */
export function isTitleToken(raw: string): boolean {
  const key = (raw.endsWith('.') ? raw.slice(0, -1) : raw).toLowerCase();
  if (TITLES.has(key)) return true;
  return raw.endsWith('.') && (flagsOf(key) & HONORIFIC) !== 0;
}

export function isDemonymWord(key: string): boolean {
  return (flagsOf(key) & DEMONYM) !== 0;
}

/**
 * What the parser said about a name, asked alone or among others. A plain name (see isPlainName) is
 * exactly one sentence, and the tagger reads each sentence on its own, so its answer does not depend
 * on the names asked with it, and an archive's recurring names (an outlet's brands, a story's people)
 * are parsed once. null: parsed, no kind. A separable name (see isSeparableName) may make more than one
 * sentence, but only out of its own line: SPLIT marks one that did.
 */
const PARSED = new Map<string, TopicKind | null | typeof SPLIT>();
const PARSED_LIMIT = 50_000;
const SPLIT = 0;

/** Forget every parsed name: for benches that measure articles whose names were never seen. */
export function forgetParsedNames(): void {
  PARSED.clear();
}

interface CompromiseTerm { tags: Set<string> }

/** The parser's sentences for these names, one line each, each closed by a full stop. */
function parseLines(names: string[]): CompromiseTerm[][] {
  return (nlp(names.map((n) => `${n}.`).join('\n')) as unknown as { docs: CompromiseTerm[][] }).docs;
}

/**
 * The full compromise parser, run once over a handful of short names (one per line).
 * Returns each name's kind when compromise tags every word of the name as a person, place or
 * organisation. Note: the parser's own term arrays are read directly; `.json()` cost as much as the
 * parse itself, and `.people()`/`.places()` matches ~10x more.
 */
export function parseKinds(names: string[]): Map<string, TopicKind> {
  const out = new Map<string, TopicKind>();
  if (names.length === 0) return out;
  const plain = names.every(isPlainName);
  // Note: a name with a quotation mark or a bracket may merge with its neighbour; then the whole
  // list is parsed together, as it is, and nothing is kept.
  if (!plain && !names.every((n) => isPlainName(n) || isSeparableName(n))) return parseTogether(names);
  const ask = [...new Set(names.filter((n) => !PARSED.has(n)))];
  if (ask.length > 0) {
    const sentences = parseLines(ask);
    // Note: one sentence per name, else answers cannot be matched to names.
    if (sentences.length === ask.length) {
      if (PARSED.size + ask.length > PARSED_LIMIT) PARSED.clear();
      ask.forEach((name, i) => PARSED.set(name, kindOfTerms(sentences[i])));
    } else if (plain) {
      return out;
    } else {
      // A name with a full stop ("St. Regis", "Move.org") may have made two sentences: each is asked
      // alone, so the one that splits is known (the lines of a list are split apart first, and each
      // line's sentences do not depend on the others').
      if (PARSED.size + ask.length > PARSED_LIMIT) PARSED.clear();
      for (const name of ask) {
        const alone = parseLines([name]);
        PARSED.set(name, alone.length === 1 ? kindOfTerms(alone[0]) : SPLIT);
      }
    }
  }
  // Note: a name that makes more than one sentence leaves the list's sentences unmatched to its names:
  // nothing is answered (as when the list is parsed together).
  if (names.some((n) => PARSED.get(n) === SPLIT)) return out;
  for (const name of names) {
    const kind = PARSED.get(name);
    if (kind) out.set(name, kind);
  }
  return out;
}

/** The list parsed together, as it is; the answers kept for this list only. */
function parseTogether(names: string[]): Map<string, TopicKind> {
  const out = new Map<string, TopicKind>();
  const sentences = parseLines(names);
  if (sentences.length !== names.length) return out;
  names.forEach((name, i) => {
    const kind = kindOfTerms(sentences[i]);
    if (kind !== null) out.set(name, kind);
  });
  return out;
}

/** Letters first, then only letters, digits, marks, spaces and ' ’ & -: one sentence once a full stop is added. */
function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name);
}

/**
 * A name whose sentences come from its own line whatever the names beside it: it opens with a letter or
 * digit, and holds no line break, no quotation mark or bracket (which the sentence splitter merges
 * across lines) and no CJK full stop (which changes how every line is split).
 */
function isSeparableName(name: string): boolean {
  return SEPARABLE_NAME.test(name) && !NOT_SEPARABLE.test(name);
}

function kindOfTerms(terms: CompromiseTerm[]): TopicKind | null {
  if (terms.length === 0) return null;
  if (terms.every((t) => t.tags.has('Person'))) return 'person';
  if (terms.every((t) => t.tags.has('Place'))) return 'place';
  if (terms.every((t) => t.tags.has('Organization'))) return 'organization';
  return null;
}
