/**
 * Speaker phrases: the noun phrase standing before or after a speech verb, read from tokens and
 * interpreted as a person's name (with any role), a pronoun, a role noun, or an institution.
 */
import {
  DETERMINERS,
  HONORIFICS,
  NAME_TITLES,
  NON_NAME_CAPS,
  ORG_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  TITLE_WORDS,
  type Gender,
  genderOfCue,
  genderOfFirstName,
  isKnownFirstName,
  isCommonWord,
  isDescriptorNoun,
  isFunctionWord,
  isKnownOrganization,
  isPluralNoun,
  isPlace,
  isRoleNoun,
} from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
// Kept as the specification of isLowerWord (tested against it).
export const LOWER_WORD = /^\p{Ll}[\p{Ll}\-]*$/u;

/**
 * LOWER_WORD.test(w): an ASCII word is read by hand (a–z first, then a–z and hyphens); one with any
 * other character is left to the regex.
 */
export function isLowerWord(w: string): boolean {
  const first = w.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return first >= 128 && LOWER_WORD.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 45) continue;
    return c >= 128 && LOWER_WORD.test(w);
  }
  return true;
}
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}/u;

export type PhraseKind = 'name' | 'pronoun' | 'role' | 'org';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The name as written, titles and honorifics dropped (kind 'name' and 'org'). */
  name?: string;
  /** he, she, it, they, we, i, who. */
  pronoun?: string;
  /** Role words next to the name ("National Security Council spokesman"), or the role phrase itself. */
  role?: string | null;
  /** Head noun of a role phrase ("spokesman" in "the spokesman"). */
  roleNoun?: string;
  /** The determiner that opened the phrase ("the", "a"), if any. */
  determiner?: string;
  gender?: Gender;
  /** True when something other than capitals says this is a person (first name, title, honorific). */
  personEvidence?: boolean;
  /** A description rather than a job ("the 21-year-old", "the New York Democrat"): role only. */
  descriptor?: boolean;
  /** An age given in the phrase ("the 45-year-old mother of three"). */
  age?: number;
  /** Token range [first, last] the phrase covers. */
  first: number;
  last: number;
}

export const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'ter', 'ten', 'y', 'st.']);
// Kept as the specification of isPossessive (tested against it).
export const POSSESSIVE = /(?:['’]s|s['’])$/i;

/** ' or ’ (no case: the /i of the patterns below changes nothing for them). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * isPossessive(w), read off the last two characters ("Biden’s", "officials'"): asked of most tokens
 * a phrase runs through, where the regex tried every position of the word.
 */
export function isPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const a = w.charCodeAt(n - 2), b = w.charCodeAt(n - 1);
  return (isApostrophe(a) && (b === 115 || b === 83)) || ((a === 115 || a === 83) && isApostrophe(b));
}

/** May this token sit inside a speaker noun phrase? */
function isPhraseWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (isCapitalised(t)) return true;
  const w = t.lower;
  return (
    PARTICLES.has(w) || ROLE_MODIFIERS.has(w) || TITLE_WORDS.has(w) || isRoleNoun(w) || isPossessive(w) || w === 'of' || w === 'for'
  );
}

const MAX_PHRASE = 12;

/** Lower-case words a speaker phrase never runs through: prepositions, conjunctions, verbs' helpers. */
const PHRASE_STOP = new Set(
  `in on at during to with after before when while as who whom whose that which from by about into than
   and or but because although though if since until said says told added adding saying also then later
   has had have was were is are be been would will could should may might did does do not who's according
   this these those it he she they we i you`.split(/\s+/),
);

/** Unknown lower-case words allowed inside a phrase ("veteran industry analyst Ken Doctor"). */
const MAX_LOOSE = 3;

function isLooseWord(t: Token): boolean {
  return t.kind === 'word' && !isCapitalised(t) && !PHRASE_STOP.has(t.lower) && !SPEECH_VERBS.has(t.lower) && isLowerWord(t.text);
}

/**
 * The phrase that ends just before token `end` (exclusive), e.g. the subject of a speech verb.
 * Returns null when no speaker-like phrase stands there.
 */
export function phraseBefore(tokens: Token[], end: number): SpeakerPhrase | null {
  let i = end - 1;
  if (i < 0) return null;
  const t = tokens[i];
  if (t.kind === 'word' && (PRONOUNS.has(t.lower) || t.lower === 'who')) {
    return { kind: 'pronoun', pronoun: t.lower, first: i, last: i, gender: genderOfCue(t.lower) };
  }
  if (isAgeWord(t.lower)) return ageRole(tokens, i, i);
  let first = end;
  while (i >= 0 && end - i <= MAX_PHRASE) {
    const tok = tokens[i];
    if (DETERMINERS.has(tok.lower) && tok.kind === 'word') {
      first = i;
      break;
    }
    if (!isPhraseWord(tok)) {
      // Unknown modifiers are crossed only when a determiner closes the phrase just beyond them
      // ("the veteran industry analyst"), never an open clause ("the US believes more missiles").
      let k = i;
      while (k >= 0 && i - k < MAX_LOOSE && (isLooseWord(tokens[k]) || isAgeWord(tokens[k].lower))) k--;
      if (k < i && k >= 0 && tokens[k].kind === 'word' && (DETERMINERS.has(tokens[k].lower) || isPossessive(tokens[k].text)) && first < end) {
        first = k;
      }
      break;
    }
    // "of"/"for" only join two phrase words ("Secretary of State").
    if ((tok.lower === 'of' || tok.lower === 'for') && (i === 0 || !isPhraseWord(tokens[i - 1]))) break;
    first = i;
    i--;
  }
  if (first >= end) return null;
  while (first < end && (tokens[first].lower === 'of' || tokens[first].lower === 'for')) first++;
  return interpret(tokens, first, end - 1);
}

/**
 * The phrase that starts at token `start`, e.g. after an inverted verb ("said John Kirby",
 * "says veteran industry analyst Ken Doctor"). It ends at its last name or role noun.
 */
export function phraseAfter(tokens: Token[], start: number): SpeakerPhrase | null {
  const t = tokens[start];
  if (!t || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.lower)) return { kind: 'pronoun', pronoun: t.lower, first: start, last: start, gender: genderOfCue(t.lower) };
  let i = start;
  if (DETERMINERS.has(t.lower)) i++;
  // "said the 37-year-old": an age standing as the noun, or modifying it ("the 45-year-old mother").
  let age: number | undefined;
  if (isAgeWord(tokens[i]?.lower ?? '')) {
    if (!isPhraseWord(tokens[i + 1] ?? tokens[i]) && !isLooseWord(tokens[i + 1] ?? tokens[i])) return ageRole(tokens, start, i);
    age = parseInt(tokens[i].text, 10);
    i++;
  }
  let last = -1;
  let loose = 0;
  let sawName = false; // after a name, only more name or role words may follow
  while (i < tokens.length && i - start < MAX_PHRASE) {
    const tok = tokens[i];
    if (tok.kind !== 'word') break;
    if (tok.lower === 'of' || tok.lower === 'for') {
      const n = tokens[i + 1];
      const joins = n && (isCapitalised(n) || n.lower === 'the') && last >= 0;
      if (!joins) break;
      if (n.lower === 'the') i++;
      i++;
      continue;
    }
    if (isCapitalised(tok)) {
      if (NON_NAME_CAPS.has(tok.lower) && !TITLE_WORDS.has(tok.lower)) break; // "said Kirby Monday"
      last = i;
      sawName = true;
    } else if (isPhraseWord(tok)) {
      if (TITLE_WORDS.has(tok.lower) || isRoleNoun(tok.lower)) last = i;
    } else if (isLooseWord(tok) && loose < MAX_LOOSE && !sawName) {
      loose++;
    } else {
      break;
    }
    i++;
  }
  if (last < 0) {
    // "said one passenger, Maria Gonzalez": after a determiner, an unknown noun heads a role.
    const head = i - 1;
    if (!/^(?:the|a|an|one|another)$/.test(t.lower) || head <= start || !isLooseWord(tokens[head])) return null;
    return { kind: 'role', role: text(tokens, start + 1, head), roleNoun: tokens[head].lower, determiner: t.lower, first: start, last: head, age };
  }
  const phrase = interpret(tokens, start, last);
  if (phrase && age !== undefined && phrase.kind === 'role') phrase.age = age;
  return phrase;
}

const AGE_WORD = /^\d{1,3}-year-old$/;

/** AGE_WORD.test(w), the regex asked only of a word opening with a digit (the phrase readers ask most tokens). */
function isAgeWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && AGE_WORD.test(w);
}

/** "the 21-year-old" (token `age`, determiner at `det` or none): a description, never a name. */
function ageRole(tokens: Token[], det: number, age: number): SpeakerPhrase | null {
  let first = det === age ? age - 1 : det;
  if (first < 0 || !DETERMINERS.has(tokens[first].lower)) return null;
  return { kind: 'role', role: tokens[age].text, roleNoun: tokens[age].lower, determiner: tokens[first].lower, descriptor: true, first, last: age };
}

/** The tokens [a, b] as written, words spaced and punctuation attached. */
export function text(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (i > a && t.kind === 'word') s += ' ';
    s += t.text;
  }
  return s;
}

/** Read tokens [a, b] as a speaker: a name with its role, a role phrase, or an institution. */
export function interpret(tokens: Token[], a: number, b: number): SpeakerPhrase | null {
  const first = a;
  let hadThe = false;
  let determiner: string | undefined;
  while (a <= b && tokens[a].kind === 'word' && DETERMINERS.has(tokens[a].lower)) {
    hadThe ||= tokens[a].lower === 'the';
    determiner ??= tokens[a].lower;
    a++;
  }
  let age: number | undefined;
  if (a < b && isAgeWord(tokens[a].lower)) age = parseInt(tokens[a++].text, 10);
  // Sentence starters are capitalised without being names ("But Kirby said", "Hosting Cook, …").
  while (a <= b && isCapitalised(tokens[a]) && NON_NAME_CAPS.has(tokens[a].lower) && !(a === b && isRoleNoun(tokens[a].lower))) a++;
  while (a < b && opensSentence(tokens, a) && isCommonWord(tokens[a].text) && !TITLE_WORDS.has(tokens[a].lower) && !isRoleNoun(tokens[a].lower)) a++;
  // "Day-by-day Schiff …", "Self-confessed geek …": a hyphenated compound in lower case after its first letter.
  while (a < b && opensSentence(tokens, a) && LOWER_COMPOUND.test(tokens[a].text)) a++;
  if (a > b) return null;
  if (isContraction(tokens[b].text)) return null; // "I'd", "He's"
  // "Specifically state …": one capitalised everyday word (adverb, verb, adjective) is no name.
  if (a === b && isFunctionWord(tokens[a].text)) return null;
  // "Economists said": a capitalised plural opening the sentence is a group, not a name.
  if (a === b && opensSentence(tokens, a) && isPluralNoun(tokens[a].text)) {
    return { kind: 'role', role: tokens[a].lower, roleNoun: tokens[a].lower, determiner, first, last: b };
  }
  // "Ehsan Jazini of VSI": a person's name, then an affiliation (no role by itself: dropped).
  for (let k = a + 1; k < b; k++) {
    const prev = tokens[k - 1];
    if (tokens[k].lower === 'of' && isCapitalised(prev) && !TITLE_WORDS.has(prev.lower) && !ORG_WORDS.has(prev.lower) && isCapitalised(tokens[k + 1])) {
      b = k - 1;
      break;
    }
  }
  const lastTok = tokens[b];
  if (isPossessive(lastTok.text)) return null; // "Biden’s" modifies something else
  // "the New York Democrat", "the Frenchman": a party or nationality after "the" describes a person.
  if (hadThe && isCapitalised(lastTok) && isDescriptorNoun(lastTok.text)) {
    return { kind: 'role', role: text(tokens, a, b), roleNoun: lastTok.lower, determiner, descriptor: true, first, last: b };
  }
  if (!isCapitalised(lastTok) || NON_NAME_CAPS.has(lastTok.lower)) {
    // A lower-case head: "the spokesman", "a senior administration official", "officials".
    // "the former secretary of state": the head stands before "of".
    for (let k = a + 1; k < b; k++) {
      if ((tokens[k].lower === 'of' || tokens[k].lower === 'for') && (TITLE_WORDS.has(tokens[k - 1].lower) || isRoleNoun(tokens[k - 1].lower))) {
        return { kind: 'role', role: text(tokens, a, b), roleNoun: tokens[k - 1].lower, determiner, first, last: b, gender: genderOfCue(tokens[k - 1].lower), age };
      }
    }
    if (!isRoleNoun(lastTok.lower) && !TITLE_WORDS.has(lastTok.lower)) return null;
    return { kind: 'role', role: text(tokens, a, b), roleNoun: lastTok.lower, determiner, first, last: b, gender: genderOfCue(lastTok.lower), age };
  }
  // The capitalised run at the end of the phrase.
  let runStart = b;
  while (runStart - 1 >= a) {
    const p = tokens[runStart - 1];
    if (isCapitalised(p) && !isPossessive(p.text)) runStart--;
    else if (PARTICLES.has(p.lower) && runStart - 2 >= a && (isCapitalised(tokens[runStart - 2]) || PARTICLES.has(tokens[runStart - 2].lower))) runStart--;
    else if (p.lower === 'of' && runStart - 2 >= a && (TITLE_WORDS.has(tokens[runStart - 2].lower) || ORG_WORDS.has(tokens[runStart - 2].lower))) runStart--;
    else break;
  }
  // "General Motors", "General Electric": a known organisation, whatever titles it holds.
  if (runStart < b && isKnownOrganization(text(tokens, runStart, b).toLowerCase())) {
    return { kind: 'org', name: text(tokens, runStart, b), role: null, first, last: b };
  }
  // Honorifics and titles at the front of the run form the role; the name follows the last one.
  let gender: Gender = null;
  let personEvidence = false;
  let nameStart = runStart;
  // "Martin Luther King Jr.": a suffix never stands alone as the name, so a title word needs a
  // name word after it (before any suffix) to be a title.
  let core = b;
  while (core > runStart && NAME_SUFFIX.test(tokens[core].text)) core--;
  let royal = -1;
  for (let i = runStart; i <= b; i++) {
    const w = tokens[i].lower;
    // A capitalised role noun leading the run is a title too ("Quarterback Dak Prescott").
    const leadingRole = i === nameStart && i < core && isRoleNoun(w) && !ORG_WORDS.has(w) && !isKnownFirstName(tokens[i].text);
    if (HONORIFICS.has(w) || TITLE_WORDS.has(w) || leadingRole) {
      if (i < core) nameStart = i + 1;
      // "Prince Harry", "Pope Francis": royal and clerical titles are how the person is named.
      royal = i < core && NAME_TITLES.has(w) ? i : -1;
      personEvidence = true;
      gender ||= genderOfCue(w);
    } else if ((w === 'of' || w === 'for') && nameStart === i) {
      // "Secretary of State Antony Blinken": the title runs on past "of".
      nameStart = titleOfEnd(tokens, i, b);
      i = nameStart - 1;
    }
  }
  if (nameStart > b || (nameStart === b && TITLE_WORDS.has(tokens[b].lower))) {
    // Only a title: "the President said".
    return { kind: 'role', role: text(tokens, a, b), roleNoun: tokens[b].lower, determiner, first, last: b, gender };
  }
  // "Browns DL Sheldon Richardson": in a long run, the name starts at its first known first name.
  if (b - nameStart >= 2 && !isKnownFirstName(tokens[nameStart].text)) {
    for (let k = nameStart + 1; k < b; k++) {
      if (isKnownFirstName(tokens[k].text)) {
        nameStart = k;
        break;
      }
    }
  }
  if (royal >= 0 && royal === nameStart - 1) nameStart = royal;
  // The name's tokens, honorifics left out, and their text (one loop: this runs for most capitalised runs).
  const nameTokens: Token[] = [];
  let name = '';
  for (let k = nameStart; k <= b; k++) {
    const t = tokens[k];
    if (HONORIFICS.has(t.lower)) continue;
    name = nameTokens.length === 0 ? t.text : name + ' ' + t.text;
    nameTokens.push(t);
  }
  if (nameStart > runStart && nameTokens.length === 1 && (ORG_WORDS.has(nameTokens[0].lower) || isCommonWord(nameTokens[0].text))) {
    // "High Commissioner for Human Rights": the title's own last word, not a name.
    return { kind: 'role', role: text(tokens, a, b), roleNoun: tokens[nameStart - 1].lower, determiner, first, last: b, gender };
  }
  const roleText = nameStart > a ? roleFrom(tokens, a, nameStart - 1) : null;
  const firstName = nameTokens[0]?.text ?? '';
  gender ||= genderOfFirstName(firstName);
  // A role noun right before it ("spokesperson Mao Ning") marks a person as surely as a first name.
  if (isKnownFirstName(firstName) || (roleText && !PREPOSITIONS.has(tokens[nameStart - 1].lower))) personEvidence = true;
  const lowerName = name.toLowerCase();
  const orgLike =
    nameTokens.some((t) => ORG_WORDS.has(t.lower)) ||
    isKnownOrganization(lowerName) ||
    isPlace(lowerName) ||
    (nameTokens.length === 1 && /^[A-Z]{2,6}$/.test(name) && !personEvidence) ||
    (hadThe && !personEvidence && nameStart === runStart);
  if (orgLike && !personEvidence) {
    return { kind: 'org', name, role: null, first, last: b };
  }
  return { kind: 'name', name, role: roleText, gender, personEvidence, first, last: b };
}

// Kept as the specification of isContraction (tested against it).
export const CONTRACTION = /['’](?:d|ll|m|ve|re)$/i;

/** CONTRACTION.test(w) from the end of the word ("I'd", "We’ll"; /i without u folds ASCII letters only). */
export function isContraction(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const last = w.charCodeAt(n - 1) | 32;
  if (last === 100 || last === 109) return isApostrophe(w.charCodeAt(n - 2)); // 'd 'm
  if (n < 3 || !isApostrophe(w.charCodeAt(n - 3))) return false;
  const prev = w.charCodeAt(n - 2) | 32;
  return (prev === 108 && last === 108) || (prev === 118 && last === 101) || (prev === 114 && last === 101); // 'll 've 're
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'by']);

/** Generational suffixes that end a name ("Jr.", "III"). */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** True when token `i` opens its sentence (or follows an opening quotation or bracket). */
function opensSentence(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !p || p.sentence !== tokens[i].sentence || (p.kind === 'punct' && /^[(\[—–:]$/.test(p.text));
}

/** After "Secretary of", the title continues to the first known first name, else leaves two words. */
function titleOfEnd(tokens: Token[], ofIndex: number, b: number): number {
  let i = ofIndex + 1;
  if (tokens[i]?.lower === 'the') i++;
  for (let k = i; k <= b; k++) if (isKnownFirstName(tokens[k].text)) return k;
  const remaining = b - i + 1;
  return remaining >= 3 ? b - 1 : b;
}

/** Abbreviated titles spelled out in a role ("Sen." → "Senator"). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'Senator', sen: 'Senator', 'rep.': 'Representative', rep: 'Representative', 'gov.': 'Governor',
  gov: 'Governor', 'gen.': 'General', 'lt.': 'Lieutenant', 'col.': 'Colonel', 'capt.': 'Captain',
  'sgt.': 'Sergeant', 'adm.': 'Admiral', 'prof.': 'Professor', 'rev.': 'Reverend', 'maj.': 'Major',
};

/** Role words before a name, kept only when they hold a role noun or title. */
function roleFrom(tokens: Token[], a: number, b: number): string | null {
  let hasRole = false;
  const kept: string[] = [];
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (HONORIFICS.has(t.lower)) continue;
    if (TITLE_WORDS.has(t.lower) || isRoleNoun(t.lower)) hasRole = true;
    kept.push(TITLE_ABBREVIATIONS[t.lower] ?? t.text);
  }
  if (!hasRole || kept.length === 0) return null;
  return kept.join(' ');
}
