// Is a short capitalised phrase plausibly a person's name rather than a heading or category label
// ("Vibe Coding", "Recent Posts", "ML Tools")? Uses compromise's word lexicon as a plain lookup (no
// parsing: that costs ~1 ms a call) plus word-shape rules.
import { lexiconTags as tagsOf } from './entities/lexicon.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const LONE_NAME_SHAPE = /^\p{Lu}\p{Ll}{2,15}$/u;

const NAME_TAG = /Name$|^Person$|^Honorific$/;
/** Words common in headings, menus and category labels; never a name on their own. */
const LABEL_WORDS = new Set(
  ('news tools tool video videos story stories machine website blog blogs guide guides tips reviews review services service products product sport ' +
    'solutions resources marketing design development software business health travel food tech technology science sports analytics ' +
    'data apps app coding insights learning education finance money home life lifestyle style culture entertainment music movies games ' +
    'gaming politics world local opinion rankings top best latest popular featured related recent more about contact team staff editor ' +
    'editors posts post comments reply search menu share follow subscribe newsletter login account privacy terms policy cookies online ' +
    'free audit seo digital content media community support help careers events shop store deals overview summary introduction conclusion ' +
    'faq faqs table contents chapter section part step steps update updates explore discover program programs course courses').split(' '),
);
const NOUN_SUFFIX = /(tion|sion|ness|ity|ics|ogy|ism|ship|ware|able|ible|ful|less|ous)$/;
/** "-ment", "-ence", "-ance" mark a noun only in longer words ("management", "intelligence"); "Klement", "Clarence", "Vance" are names. */
const LONG_NOUN_SUFFIX = /(ment|ence|ance)$/;
const FIRST_NAME = /FirstName|MaleName|FemaleName/;

export function isPersonName(phrase: string): boolean {
  const words = phrase.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 4) return false;
  if (words.some((w) => LABEL_WORDS.has(w))) return false;
  // A known first name up front settles it ("Emmet White", "Andrew King").
  if (tagsOf(words[0]).some((t) => FIRST_NAME.test(t)) && words.length > 1) return true;
  let nameHits = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const tags = tagsOf(w);
    if (tags.some((t) => NAME_TAG.test(t))) { nameHits++; continue; }
    // Surnames that are also adjectives ("White", "Young") stand last; see allowedTag.
    if (tags.length && !tags.every((t) => allowedTag(t, words, i))) return false;
    if (w.length > 4 && NOUN_SUFFIX.test(w)) return false;
    if (w.length > 8 && LONG_NOUN_SUFFIX.test(w)) return false;
    // A plural of a lexicon word ("tools", "posts") is a label.
    if (w.endsWith('s') && tagsOf(w.slice(0, -1)).length && !tagsOf(w.slice(0, -1)).some((t) => NAME_TAG.test(t))) return false;
  }
  // Unknown words are fine (most of the world's names are not in an English lexicon); a known first
  // or last name makes it certain.
  return nameHits > 0 || words.filter((w) => tagsOf(w).length === 0).length >= Math.ceil(words.length / 2);
}

/** Does the phrase start with a first name the lexicon knows ("Rajdeep" no, "Andrew" yes)? */
export function hasFirstName(phrase: string): boolean {
  const first = phrase.toLowerCase().split(/\s+/)[0] ?? '';
  return tagsOf(first).some((t) => FIRST_NAME.test(t)) && isPersonName(phrase);
}

/**
 * Can one word stand alone as the name a writer signs with ("Kev", "Krystyna", "David")? A capitalised
 * word the lexicon knows only as a first name, or does not know at all; never a heading word
 * ("Security", "Blog") or an acronym.
 */
export function isLoneName(word: string): boolean {
  if (!LONE_NAME_SHAPE.test(word)) return false;
  const w = word.toLowerCase();
  if (LABEL_WORDS.has(w) || NOUN_SUFFIX.test(w) || (w.length > 8 && LONG_NOUN_SUFFIX.test(w))) return false;
  const tags = tagsOf(w);
  // A plural of a lexicon word is a menu label ("Opinions", "Sports"), not a signature.
  const single = w.endsWith('s') ? tagsOf(w.slice(0, -1)) : [];
  if (single.length && !single.some((t) => NAME_TAG.test(t))) return false;
  return tags.every((t) => NAME_TAG.test(t));
}

/** Is every word one the lexicon knows only as a name, or does not know ("Owain Brennan" yes, "Trip Canvas" no)? */
export function allNameWords(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => !LABEL_WORDS.has(w) && !/(?:ing|phy|ics|ers)$/.test(w) && !isPluralOfWord(w) && tagsOf(w).every((t) => NAME_TAG.test(t)));
}

// Note: the helpers below are module functions, not closures in their callers: run through tsx, a
// closure assigned to a const gets its name set (Object.defineProperty) every time it is made.

/**
 * A word the lexicon does not know vouches for an odd neighbour: "Harsh Vaibhav" (an adjective as a
 * given name), "Rui Ma" (a surname that is also an abbreviation). Not an unknown plural or gerund:
 * "Small Spaces", "Essential Briefing" are headings.
 */
function vouched(words: string[], i: number): boolean {
  return words.some((x, k) => k !== i && tagsOf(x).length === 0 && !/(?:s|ing)$/.test(x));
}

/** A tag word i of the name may carry. Surnames that are also adjectives ("White", "Young") stand last. */
function allowedTag(t: string, words: string[], i: number): boolean {
  return t === 'Noun' || t === 'Singular' || t === 'ProperNoun' || (i === words.length - 1 && i > 0 && t === 'Adjective') ||
    ((t === 'Adjective' || t === 'Abbreviation') && vouched(words, i));
}

/** A plural of a lexicon word that is no name ("tools", "posts"). */
function isPluralOfWord(w: string): boolean {
  return w.endsWith('s') && tagsOf(w.slice(0, -1)).some((t) => !NAME_TAG.test(t));
}
