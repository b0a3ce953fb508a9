/**
 * Speaker phrases: the noun phrase standing before or after a speech verb, read from tokens and
 * interpreted as a person's name (with any role), a pronoun, a role noun, or an institution.
 */
import {
  DETERMINERS,
  HONORIFICS,
  NON_NAME_CAPS,
  ORG_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
  type Gender,
  genderOfCue,
  genderOfFirstName,
  isKnownFirstName,
  isKnownOrganization,
  isPlace,
  isRoleNoun,
} from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';

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
  /** Token range [first, last] the phrase covers. */
  first: number;
  last: number;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'ter', 'ten', 'y', 'st.']);
const POSSESSIVE = /(?:['’]s|s['’])$/i;

/** May this token sit inside a speaker noun phrase? */
function isPhraseWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (isCapitalised(t)) return true;
  const w = t.lower;
  return (
    PARTICLES.has(w) || ROLE_MODIFIERS.has(w) || TITLE_WORDS.has(w) || isRoleNoun(w) || POSSESSIVE.test(w) || w === 'of' || w === 'for'
  );
}

const MAX_PHRASE = 12;

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
  let first = end;
  while (i >= 0 && end - i <= MAX_PHRASE) {
    const tok = tokens[i];
    if (DETERMINERS.has(tok.lower) && tok.kind === 'word') {
      first = i;
      break;
    }
    if (!isPhraseWord(tok)) break;
    // "of"/"for" only join two phrase words ("Secretary of State").
    if ((tok.lower === 'of' || tok.lower === 'for') && (i === 0 || !isPhraseWord(tokens[i - 1]))) break;
    first = i;
    i--;
  }
  if (first >= end) return null;
  while (first < end && (tokens[first].lower === 'of' || tokens[first].lower === 'for')) first++;
  return interpret(tokens, first, end - 1);
}

/** The phrase that starts at token `start`, e.g. after an inverted verb ("said John Kirby"). */
export function phraseAfter(tokens: Token[], start: number): SpeakerPhrase | null {
  const t = tokens[start];
  if (!t || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.lower)) return { kind: 'pronoun', pronoun: t.lower, first: start, last: start, gender: genderOfCue(t.lower) };
  let i = start;
  if (DETERMINERS.has(t.lower)) i++;
  let last = -1;
  while (i < tokens.length && i - start < MAX_PHRASE) {
    const tok = tokens[i];
    if (!isPhraseWord(tok)) break;
    if (tok.lower === 'of' || tok.lower === 'for') {
      const n = tokens[i + 1];
      const joins = n && (isCapitalised(n) || n.lower === 'the') && last >= 0;
      if (!joins) break;
      if (n.lower === 'the') i++;
      i++;
      continue;
    }
    last = i;
    i++;
  }
  if (last < 0) return null;
  return interpret(tokens, start, last);
}

function text(tokens: Token[], a: number, b: number): string {
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
  // Sentence starters are capitalised without being names ("But Kirby said").
  while (a <= b && NON_NAME_CAPS.has(tokens[a].lower) && !(a === b && isRoleNoun(tokens[a].lower))) a++;
  if (a > b) return null;
  const lastTok = tokens[b];
  if (POSSESSIVE.test(lastTok.text)) return null; // "Biden’s" modifies something else
  if (!isCapitalised(lastTok) || NON_NAME_CAPS.has(lastTok.lower)) {
    // A lower-case head: "the spokesman", "a senior administration official", "officials".
    if (!isRoleNoun(lastTok.lower)) return null;
    return { kind: 'role', role: text(tokens, a, b), roleNoun: lastTok.lower, determiner, first, last: b, gender: genderOfCue(lastTok.lower) };
  }
  // The capitalised run at the end of the phrase.
  let runStart = b;
  while (runStart - 1 >= a) {
    const p = tokens[runStart - 1];
    if (isCapitalised(p) && !POSSESSIVE.test(p.text)) runStart--;
    else if (PARTICLES.has(p.lower) && runStart - 2 >= a && isCapitalised(tokens[runStart - 2])) runStart--;
    else if (p.lower === 'of' && runStart - 2 >= a && isCapitalised(tokens[runStart - 2])) runStart--;
    else break;
  }
  // Honorifics and titles at the front of the run form the role; the name follows the last one.
  let gender: Gender = null;
  let personEvidence = false;
  let nameStart = runStart;
  for (let i = runStart; i <= b; i++) {
    const w = tokens[i].lower;
    if (HONORIFICS.has(w) || TITLE_WORDS.has(w)) {
      if (i < b) nameStart = i + 1;
      personEvidence = true;
      gender ||= genderOfCue(w);
    } else if (w === 'of' && nameStart === i) {
      // "Secretary of State Antony Blinken": the title runs on past "of".
      nameStart = titleOfEnd(tokens, i, b);
      i = nameStart - 1;
    }
  }
  if (nameStart > b || (nameStart === b && TITLE_WORDS.has(tokens[b].lower))) {
    // Only a title: "the President said".
    return { kind: 'role', role: text(tokens, a, b), roleNoun: tokens[b].lower, determiner, first, last: b, gender };
  }
  const nameTokens = tokens.slice(nameStart, b + 1).filter((t) => !HONORIFICS.has(t.lower));
  const name = nameTokens.map((t) => t.text).join(' ');
  const roleText = nameStart > a ? roleFrom(tokens, a, nameStart - 1) : null;
  const firstName = nameTokens[0]?.text ?? '';
  gender ||= genderOfFirstName(firstName);
  if (isKnownFirstName(firstName)) personEvidence = true;
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

/** After "Secretary of", the title continues to the first known first name, else leaves two words. */
function titleOfEnd(tokens: Token[], ofIndex: number, b: number): number {
  let i = ofIndex + 1;
  if (tokens[i]?.lower === 'the') i++;
  for (let k = i; k <= b; k++) if (isKnownFirstName(tokens[k].text)) return k;
  const remaining = b - i + 1;
  return remaining >= 3 ? b - 1 : b;
}

/** Role words before a name, kept only when they hold a role noun or title. */
function roleFrom(tokens: Token[], a: number, b: number): string | null {
  let hasRole = false;
  const kept: Token[] = [];
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (HONORIFICS.has(t.lower)) continue;
    if (TITLE_WORDS.has(t.lower) || isRoleNoun(t.lower)) hasRole = true;
    kept.push(t);
  }
  if (!hasRole || kept.length === 0) return null;
  return kept.map((t) => t.text).join(' ');
}

/**
 * An appositive between commas after a name: ", a spokesman for the council," or ", 54,".
 * `comma` is the index of the opening comma. Returns the role (or null for ages and clauses)
 * and the index of the token after the closing comma (or the end of the appositive).
 */
export function appositiveAfter(tokens: Token[], comma: number): { role: string | null; name: SpeakerPhrase | null; next: number } | null {
  if (tokens[comma]?.text !== ',') return null;
  let j = comma + 1;
  const begin = j;
  while (j < tokens.length && j - begin < 20) {
    const t = tokens[j];
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[,.;:!?—–]$/.test(t.text))) break;
    j++;
  }
  if (j === begin) return null;
  const firstTok = tokens[begin];
  const end = j - 1;
  if (/^\d/.test(firstTok.text)) return { role: null, name: null, next: j };
  if (firstTok.lower === 'who' || firstTok.lower === 'which' || firstTok.lower === 'whose') return { role: null, name: null, next: j };
  const phrase = interpret(tokens, begin, end);
  if (phrase?.kind === 'name' && phrase.first === begin && begin + 4 >= end) {
    return { role: null, name: phrase, next: j };
  }
  // A role appositive: "a spokesman for the council", "the company's chief executive".
  let hasRole = false;
  for (let k = begin; k <= end; k++) if (TITLE_WORDS.has(tokens[k].lower) || isRoleNoun(tokens[k].lower)) hasRole = true;
  if (!hasRole) return null;
  let a = begin;
  if (tokens[a].lower === 'a' || tokens[a].lower === 'an' || tokens[a].lower === 'the') a++;
  return { role: text(tokens, a, end), name: null, next: j };
}

/** An appositive that ends at `comma` (the comma just before a verb). */
export function appositiveBefore(tokens: Token[], comma: number): { start: number } | null {
  if (tokens[comma]?.text !== ',') return null;
  for (let k = comma - 1; k >= 0 && comma - k <= 20; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;:!?—–]$/.test(t.text))) return null;
    if (t.text === ',') return k > 0 ? { start: k } : null;
  }
  return null;
}
