/**
 * Narration tokens: a paragraph with its quotations masked, cut into words, punctuation and
 * quote placeholders, and grouped into sentences. Attribution reads only these, so a name inside
 * a quotation is never taken for its speaker.
 */

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Offset in the paragraph. */
  start: number;
  end: number;
  /** Sentence number within the paragraph. */
  sentence: number;
  /** Index into the article's quote list when kind is 'quote'. */
  quote?: number;
  /** A word with a capital first letter ("Kirby", "U.S.", "Jean-Pierre"). */
  cap: boolean;
}

/** Masking character: a run of it stands for one quotation. */
export const MASK = '\u0001';

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep gov gen lt col capt sgt adm maj rev hon st jr sr inc corp co ltd no vs etc
   jan feb mar apr jun jul aug sep sept oct nov dec messrs mme mlle ft mt pres supt insp det cmdr cpl pvt
   u.s u.k u.n e.u a.m p.m d.c n.y l.a e.g i.e`.split(/\s+/),
);

const TOKEN_RE = /(\u0001+)|([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|\.(?=\p{L}))*\.?)|[^\s\p{L}\p{N}\u0001]/gu;
/**
 * TOKEN_RE for text of ASCII, no-break space and General Punctuation (curly quotes, dashes) only, where
 * \p{L} is [A-Za-z], \p{N} is [0-9], \p{M} is empty and \s is the same set: the same tokens, without the
 * Unicode property classes (most English paragraphs).
 */
const TOKEN_RE_PLAIN = /(\u0001+)|([A-Za-z0-9](?:[A-Za-z0-9'’\-]|\.(?=[A-Za-z]))*\.?)|[^\sA-Za-z0-9\u0001]/g;
const NOT_PLAIN = /[^\u0000-\u007f\u00a0\u2000-\u206f]/;

/** Text of ASCII, no-break space and General Punctuation only: letter classes there are [A-Za-z]. */
export function isPlainText(s: string): boolean {
  return !NOT_PLAIN.test(s);
}

/** True for a word with a capital first letter ("Kirby", "U.S.", "Jean-Pierre"). */
export function isCapitalised(t: Token): boolean {
  return t.cap;
}

/**
 * Tokenise one masked paragraph. `quoteAt` maps the offset of each mask run to its quote index.
 */
export function tokenize(masked: string, quoteAt: Map<number, number>): Token[] {
  const tokens: Token[] = [];
  const re = isPlainText(masked) ? TOKEN_RE_PLAIN : TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
    const start = m.index;
    let text = m[0];
    if (m[1] !== undefined) {
      tokens.push({ text, lower: text, kind: 'quote', start, end: start + text.length, sentence: 0, quote: quoteAt.get(start), cap: false });
      continue;
    }
    if (m[2] !== undefined) {
      // A trailing period belongs to the word only for abbreviations and initials ("Mr.", "F.", "U.S.").
      if (text.length > 1 && text.charCodeAt(text.length - 1) === 46) {
        const bare = text.slice(0, -1).toLowerCase();
        const followedBy = masked[start + text.length] ?? ' ';
        // A period straight before a comma or bracket is an abbreviation's ("D-Mass.,").
        const keep = ABBREVIATIONS.has(bare) || (text.length === 2 && isUpper(text)) || bare.includes('.') || followedBy === ',' || followedBy === ')';
        if (!keep) {
          text = text.slice(0, -1);
          tokens.push(word(text, start));
          tokens.push({ text: '.', lower: '.', kind: 'punct', start: start + text.length, end: start + text.length + 1, sentence: 0, cap: false });
          continue;
        }
      }
      tokens.push(word(text, start));
      continue;
    }
    tokens.push({ text, lower: text, kind: 'punct', start, end: start + text.length, sentence: 0, cap: false });
  }
  assignSentences(tokens);
  return tokens;
}

function isUpper(text: string): boolean {
  const c = text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function word(text: string, start: number): Token {
  return { text, lower: text.toLowerCase(), kind: 'word', start, end: start + text.length, sentence: 0, cap: isUpper(text) };
}

/** A sentence ends at . ? ! when the next token starts a new one (capital, digit or a quotation). */
function assignSentences(tokens: Token[]): void {
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    tokens[i].sentence = s;
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    const terminal =
      (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '!' || t.text === '…')) ||
      (t.kind === 'word' && t.lower.length === 4 && /^(?:u\.s|u\.k|u\.n|d\.c)\.$/.test(t.lower) && startsSentenceStrongly(next));
    if (!terminal) continue;
    // Closing brackets stay with the sentence they close.
    if (next.kind === 'punct' && /^[)\]]$/.test(next.text)) continue;
    if (next.kind === 'quote' || isCapitalised(next) || (next.kind === 'word' && /^\d/.test(next.text)) || (next.kind === 'punct' && /^[(\[—–-]$/.test(next.text))) {
      s++;
    }
  }
}

/** After "U.S." a new sentence needs a word that rarely follows a country name mid-sentence. */
function startsSentenceStrongly(t: Token): boolean {
  return t.kind === 'word' && /^(?:The|He|She|It|They|We|I|But|And|In|On|This|That|A|An)$/.test(t.text);
}
