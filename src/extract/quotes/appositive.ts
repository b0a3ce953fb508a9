/**
 * Appositives: the phrase between commas next to a name ("John Kirby, a spokesman for the
 * council, said"; "said Jane Smith, 34, from Leeds"), read as a role, a name, or nothing.
 */
import { isRoleNoun, TITLE_WORDS } from './lexicon.ts';
import { interpret, PARTICLES, text, type SpeakerPhrase } from './phrase.ts';
import { isCapitalised, type Token } from './tokens.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u;

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
  // A participle clause ("emphasizing how …") is no role.
  if (PARTICIPLE.test(firstTok.text) && !isRoleNoun(firstTok.lower)) return { role: null, name: null, next: j };
  const phrase = interpret(tokens, begin, end);
  const allCaps = tokens.slice(begin, end + 1).every((t) => isCapitalised(t) || PARTICLES.has(t.lower));
  // "Dr. Ken Ito of Kyoto University": a person's name with an affiliation is a name too.
  const affiliated = phrase?.kind === 'name' && phrase.personEvidence === true && isCapitalised(firstTok) && AFFILIATION.has(tokens[phrase.last + 1]?.lower ?? '');
  if (phrase?.kind === 'name' && (allCaps || affiliated) && !phrase.role && (begin + 4 >= end || affiliated)) {
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

const AFFILIATION = new Set(['of', 'at', 'from']);

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
