/**
 * What compromise's word lists say about a name, without running its tagger.
 *
 * Note: parsing a whole article with compromise costs ~35 ms; looking words up in the lexicon it
 * ships (first names, countries, cities, organisations, titles) costs microseconds. We use the
 * lexicon for every candidate and the full parser only for the few salient names it leaves unknown.
 */
import nlp from 'compromise';
import type { TopicKind } from '../../record.ts';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { model(): CompromiseModel }).model();
const lexicon = model.one.lexicon;
const orgWords = model.two.orgWords;
const placeWords = model.two.placeWords;

/** The lexicon's tags for a lower-case word or phrase ("" when unknown). */
export function lexTags(key: string): string {
  const tags = lexicon[key];
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

/** The kind the lexicon gives a whole name ("north korea" → place), or null. */
export function lexiconKind(key: string): TopicKind | null {
  const tags = lexTags(key);
  if (tags === '') return null;
  if (PLACE_TAGS.test(tags)) return 'place';
  if (ORG_TAGS.test(tags)) return 'organization';
  if (PERSON_TAGS.test(tags)) return 'person';
  return null;
}

export function isFirstName(key: string): boolean {
  return FIRST_NAME_TAGS.test(lexTags(key));
}

/** A common word the lexicon knows and does not also list as a name. */
export function isCommonWord(key: string): boolean {
  const tags = lexTags(key);
  return tags !== '' && COMMON_TAGS.test(tags) && !PLACE_TAGS.test(tags) && !ORG_TAGS.test(tags) && !PERSON_TAGS.test(tags);
}

export function isFunctionWord(key: string): boolean {
  return FUNCTION_TAGS.test(lexTags(key));
}

export function isTimeWord(key: string): boolean {
  return TIME_TAGS.test(lexTags(key));
}

export function isOrgWord(key: string): boolean {
  return orgWords[key] === true;
}

export function isPlaceWord(key: string): boolean {
  return placeWords[key] === true;
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
  return /\bHonorific\b/.test(lexTags(key));
}

/** A title as written: lexicon abbreviations count only with their dot ("Gen. Smith", not "Gen AI"). */
export function isTitleToken(raw: string): boolean {
  const key = raw.replace(/\.$/, '').toLowerCase();
  if (TITLES.has(key)) return true;
  return raw.endsWith('.') && /\bHonorific\b/.test(lexTags(key));
}

export function isDemonymWord(key: string): boolean {
  return /\bDemonym\b/.test(lexTags(key));
}

/**
 * The full compromise parser, run once over a handful of short names (one per line).
 * Returns each name's kind when compromise tags every word of the name as a person, place or
 * organisation. Note: reading the term tags is ~10x cheaper than `.people()`/`.places()` matches.
 */
export function parseKinds(names: string[]): Map<string, TopicKind> {
  const out = new Map<string, TopicKind>();
  if (names.length === 0) return out;
  const doc = nlp(names.map((n) => `${n}.`).join('\n'));
  const sentences = doc.json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[];
  // Note: one sentence per name unless a name itself holds a full stop; then give up on matching.
  if (sentences.length !== names.length) return out;
  sentences.forEach((sentence, i) => {
    const tags = sentence.terms.map((t) => t.tags.join(','));
    const all = (re: RegExp): boolean => tags.length > 0 && tags.every((t) => re.test(t));
    if (all(/\bPerson\b/)) out.set(names[i], 'person');
    else if (all(/\bPlace\b/)) out.set(names[i], 'place');
    else if (all(/\bOrganization\b/)) out.set(names[i], 'organization');
  });
  return out;
}
