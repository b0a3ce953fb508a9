/**
 * Attribution patterns inside one sentence: which speech verb (or "according to") a quotation
 * hangs on, and the speaker phrase of that verb.
 */
import { FOREIGN_ACCORDING, FOREIGN_AUX, FOREIGN_VERBS, INVERTIBLE_VERBS, PRONOUNS, SPEECH_VERBS, VERB_GAP, isCommonWord, isDictionaryWord, isRoleNoun } from './lexicon.ts';
import { appositiveAfter, appositiveBefore } from './appositive.ts';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './phrase.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** A speaker phrase found for a verb, with the role an appositive gave it. */
export interface Found {
  phrase: SpeakerPhrase;
  role: string | null;
  /** Token index of the verb (or of "according"), the key of the speech event. */
  at: number;
  /** Only a bare name and a colon: counts only for a person the article names in full. */
  needsKnown?: boolean;
}

/** Capitalised only at a sentence start: "Said Kirby: …" */
const CAPITAL_VERBS = new Set(['Said', 'Says', 'Added', 'Asked', 'Wrote', 'Explained']);

/**
 * The verb lists a word is on, as bits, in one table: the narration asks every token whether it is a
 * speech verb or "according": one look-up of its word instead of three.
 */
const SPEECH = 1, FOREIGN = 2, FOREIGN_ACC = 4, ACCORDING = 8;
const VERB_BITS = new Map<string, number>();
for (const [words, bit] of [[SPEECH_VERBS, SPEECH], [FOREIGN_VERBS, FOREIGN], [FOREIGN_ACCORDING, FOREIGN_ACC], [['according'], ACCORDING]] as const) {
  for (const w of words) VERB_BITS.set(w, (VERB_BITS.get(w) ?? 0) | bit);
}

/** May the token be a speech verb or open "according to"? (false: isSpeechVerb and isAccordingTo are.) */
export function mayAttribute(t: Token): boolean {
  return VERB_BITS.has(t.lower);
}

export function isSpeechVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const bits = VERB_BITS.get(t.lower);
  if (bits === undefined) return false;
  if (bits & FOREIGN) return true;
  if (!(bits & SPEECH)) return false;
  return t.text === t.lower || CAPITAL_VERBS.has(t.text);
}

/** Auxiliaries and adverbs between a speaker and the verb ("also", "has", "quietly"). */
function isGap(t: Token): boolean {
  return t.kind === 'word' && (VERB_GAP.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !t.cap));
}

/** Words that make a following bare verb a plan or a possibility, not a report ("would respond"). */
const NOT_A_REPORT = new Set(['to', 'would', 'will', 'could', 'should', 'can', 'cannot', 'may', 'might', 'must', 'not', "n't", 'never', 'shall', 'refused', 'declined']);

/** A speech verb that reports speech: not "would respond", "refused to comment", "to say". */
export function isReportingVerb(tokens: Token[], v: number): boolean {
  if (!isSpeechVerb(tokens[v])) return false;
  const prev = tokens[v - 1];
  if (!prev || !NOT_A_REPORT.has(prev.lower)) return true;
  // "went on to say", "continued to insist" still report.
  return prev.lower === 'to' && /^(?:on|continued|went|proceeded)$/.test(tokens[v - 2]?.lower ?? '');
}

/** True at "according to" (token i is "according"). */
export function isAccordingTo(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const bits = VERB_BITS.get(t.lower);
  if (bits === undefined) return false;
  return ((bits & ACCORDING) !== 0 && tokens[i + 1]?.lower === 'to') || ((bits & FOREIGN_ACC) !== 0 && tokens[i + 1]?.kind === 'word');
}

/** The subject standing before the speech verb at `v`: "Kirby (also) said", "Smith, 54, said". */
export function subjectBefore(tokens: Token[], v: number): Found | null {
  let k = v - 1;
  while (k >= 0 && isGap(tokens[k])) k--;
  if (k < 0 || tokens[k].sentence !== tokens[v].sentence) return null;
  // "Rep. Edward Markey (D-Mass.) said": a parenthesis between name and verb is skipped.
  if (tokens[k].text === ')') {
    let open = k - 1;
    while (open >= 0 && k - open < 12 && tokens[open].text !== '(') open--;
    if (open <= 0 || tokens[open].text !== '(') return null;
    k = open - 1;
  }
  let role: string | null = null;
  let apposName: SpeakerPhrase | null = null;
  // Up to two appositives: "Jane Smith, 34, from Leeds, said", "Smith, a spokesman, said".
  if (tokens[k].text === ',') {
    // Without an appositive, "…in healthy people, says Mellor" has no subject before the verb.
    if (!appositiveBefore(tokens, k)) return null;
    for (let n = 0; n < 2 && tokens[k]?.text === ','; n++) {
      const ap = appositiveBefore(tokens, k);
      if (!ap || (n > 0 && !looksAppositive(tokens, ap.start + 1, k - 1))) break;
      const inner = appositiveAfter(tokens, ap.start);
      role ??= inner?.role ?? null;
      apposName ??= inner?.name ?? null;
      k = ap.start;
    }
    if (tokens[k].text !== ',') return null;
    k--;
    if (k < 0) return null;
  }
  let phrase = phraseBefore(tokens, k + 1);
  if (!phrase) return null;
  // "Economists at Capital Economics said", "A spokesman for Tesla said": the phrase after a
  // preposition belongs to the head before it, which is the subject.
  const prep = tokens[phrase.first - 1];
  if (prep && /^(?:at|of|for|from|with|in|on|by)$/.test(prep.lower)) {
    const head = phraseBefore(tokens, phrase.first - 1);
    if (!head || head.kind === 'pronoun') return null;
    // "a statement from the White House said": the statement speaks for its author.
    const authored = head.kind === 'role' && DOCUMENTS.has(head.roleNoun ?? '') && /^(?:from|by|of)$/.test(prep.lower) && phrase.kind !== 'role';
    if (!authored) phrase = head.kind === 'role' || head.kind === 'name' ? head : phrase;
  }
  // "Smith and Jones said": several speakers, none of them alone.
  const joiner = tokens[phrase.first - 1];
  if (joiner && (joiner.lower === 'and' || joiner.text === '&') && isCapitalised(tokens[phrase.first - 2] ?? joiner)) return null;
  if (phrase.kind === 'pronoun' && phrase.pronoun === 'who') {
    // "…, who added that …": the antecedent stands before the comma.
    const c = phrase.first - 1;
    if (tokens[c]?.text !== ',') return null;
    const prev = appositiveBefore(tokens, c);
    const back = phraseBefore(tokens, prev ? prev.start : c);
    return back ? { phrase: back, role: back.role ?? null, at: v } : null;
  }
  if (phrase.kind === 'role' && apposName) return { phrase: apposName, role: phrase.role ?? null, at: v };
  return { phrase, role: role ?? phrase.role ?? null, at: v };
}

/** An age, a place of origin, a role or a relative clause: not a bare name. */
function looksAppositive(tokens: Token[], a: number, b: number): boolean {
  if (a > b) return false;
  const first = tokens[a];
  if (/^\d/.test(first.text)) return true;
  // "…, but his spokesman, John Doe, said": a clause after a conjunction holds the subject.
  if (/^(?:but|and|or|yet|so|while|although|though)$/.test(first.lower)) return false;
  if (/^(?:from|of|in|a|an|the|who|which|whose|his|her|its|their)$/.test(first.lower)) return true;
  for (let i = a; i <= b; i++) if (isRoleNoun(tokens[i].lower)) return true;
  return false;
}

/** The speaker after an inverted verb: "said Kirby", "said John Kirby, a spokesman for …". */
export function subjectAfter(tokens: Token[], v: number): Found | null {
  if (!INVERTIBLE_VERBS.has(tokens[v].lower) && !FOREIGN_VERBS.has(tokens[v].lower)) return null;
  // "said that the Russian claim …" opens reported speech, not an inverted subject.
  if (tokens[v + 1]?.lower === 'that') return null;
  const phrase = phraseAfter(tokens, v + 1);
  if (!phrase) return null;
  return withAppositive(tokens, phrase, v);
}

function withAppositive(tokens: Token[], phrase: SpeakerPhrase, at: number): Found {
  const ap = appositiveAfter(tokens, phrase.last + 1);
  if (ap?.name && phrase.kind === 'role') return { phrase: ap.name, role: phrase.role ?? null, at };
  return { phrase, role: phrase.role ?? ap?.role ?? null, at };
}

/** Things that carry someone's words: "according to a statement from X" is X's. */
const DOCUMENTS = new Set(['statement', 'release', 'letter', 'post', 'filing', 'email', 'memo', 'message', 'tweet', 'note', 'transcript']);

/** The speaker after "according to". */
export function accordingTo(tokens: Token[], i: number): Found | null {
  const start = tokens[i].lower === 'according' ? i + 2 : i + 1;
  const phrase = phraseAfter(tokens, start);
  // "according to a statement from General Motors": the statement's author is the speaker.
  if (phrase?.kind === 'role' && DOCUMENTS.has(phrase.roleNoun ?? '') && /^(?:from|by|of)$/.test(tokens[phrase.last + 1]?.lower ?? '')) {
    const author = phraseAfter(tokens, phrase.last + 2);
    if (author) return withAppositive(tokens, author, i);
  }
  if (phrase) return withAppositive(tokens, phrase, i);
  // "according to a report by …", "according to reports": attributed, but to no one we can name.
  const t = tokens[start];
  if (!t || t.kind !== 'word') return null;
  return { phrase: { kind: 'role', role: t.text, roleNoun: t.lower, first: start, last: start }, role: null, at: i };
}

/** Participles ("…, adding “…”") take the subject of the sentence's earlier speech verb. */
function isParticiple(t: Token): boolean {
  return t.lower.endsWith('ing');
}

/** A name or pronoun opening the sentence of token `v` (after any leading "But", "On Monday,"). */
function sentenceSubject(tokens: Token[], v: number): Found | null {
  const sentence = tokens[v].sentence;
  let s = v;
  while (s > 0 && tokens[s - 1].sentence === sentence) s--;
  // The first noun phrase, past an opening "On March 3," or "But": only it can be the subject.
  for (let k = s; k < v && k < s + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word' || /^\d/.test(t.text)) continue;
    const phrase = phraseAfter(tokens, k);
    if (!phrase) {
      if (t.cap) continue; // "On", "March"
      // A lower-case word before any phrase: an opening clause ("Asked about it, …") — go on
      // only to its comma.
      while (k < v && tokens[k].text !== ',') k++;
      continue;
    }
    if (phrase.kind === 'pronoun') return { phrase, role: null, at: v };
    if (phrase.kind === 'role' || phrase.kind === 'org') return { phrase, role: null, at: v };
    // Only a clear person: not an imperative or a word capitalised by the sentence ("Go", "Say").
    const name = phrase.name ?? '';
    const clear = phrase.personEvidence || name.includes(' ') ? !isCommonWord(tokens[k].text) : !isDictionaryWord(name);
    return clear ? { phrase, role: phrase.role ?? null, at: v } : null;
  }
  return null;
}

/** The speaker of the speech verb at `v`, before or after it. */
export function speakerOfVerb(tokens: Token[], v: number): Found | null {
  const t = tokens[v];
  if (isParticiple(t)) {
    // "Peskov was quoted by the Interfax news agency as saying": the subject of "quoted" spoke.
    if (tokens[v - 1]?.lower === 'as') {
      for (let k = v - 2; k > 0 && v - k < 14 && tokens[k].sentence === t.sentence; k--) {
        if (tokens[k].lower !== 'quoted') continue;
        // "The agency quoted Foreign Minister X as saying": the one quoted, named after the verb.
        const object = phraseAfter(tokens, k + 1);
        if (object && object.last === v - 2) return withAppositive(tokens, object, v);
        const f = subjectBefore(tokens, k);
        if (f) return { ...f, at: v };
        break;
      }
    }
    const direct = tokens[v - 1]?.text === ',' ? null : subjectBefore(tokens, v);
    if (direct) return direct;
    for (let k = v - 1; k >= 0 && tokens[k].sentence === t.sentence; k--) {
      if (isSpeechVerb(tokens[k]) && !isParticiple(tokens[k])) {
        const f = subjectBefore(tokens, k) ?? subjectAfter(tokens, k);
        if (f) return { ...f, at: v };
      }
    }
    // "… welcomed by Smith, who recorded a message, saying: …": the relative clause's antecedent.
    for (let k = v - 1; k > 0 && tokens[k].sentence === t.sentence; k--) {
      if (tokens[k].lower !== 'who') continue;
      const antecedent = phraseBefore(tokens, tokens[k - 1].text === ',' ? k - 1 : k);
      if (antecedent?.kind === 'name') return { phrase: antecedent, role: antecedent.role ?? null, at: v };
      break;
    }
    // "Boudreau gave a pep talk, telling them to “…”": the sentence's subject speaks.
    return sentenceSubject(tokens, v);
  }
  if (FOREIGN_VERBS.has(t.lower)) return subjectAfter(tokens, v) ?? subjectBefore(tokens, v);
  const before = subjectBefore(tokens, v);
  if (before) return before;
  // Inverted order only right after a quotation or clause break: "…,” said Kirby.
  const prev = tokens[v - 1];
  if (!prev || prev.kind === 'quote' || prev.kind === 'punct' || prev.sentence !== t.sentence) {
    const inverted = subjectAfter(tokens, v);
    if (inverted) return inverted;
  }
  // A second verb of the subject: "Smith smiled and said: …", "He paused, then said …".
  let k = v - 1;
  while (k >= 0 && isGap(tokens[k]) && tokens[k].lower !== 'then') k--;
  const joint = tokens[k];
  if (joint && (joint.lower === 'and' || joint.lower === 'then' || joint.lower === 'but') && tokens[k - 1]?.kind !== 'quote') {
    return sentenceSubject(tokens, v);
  }
  return null;
}

/**
 * Attribution right after a quotation at token `q`: "…,” Kirby said", "…,” said Kirby",
 * "…,” according to Kirby", "…” — John Kirby".
 */
export function attributionAfter(tokens: Token[], q: number): Found | null {
  let j = q + 1;
  while (tokens[j]?.kind === 'punct' && /^[,;—–-]$/.test(tokens[j].text)) j++;
  if (FOREIGN_AUX.has(tokens[j]?.lower ?? '') && FOREIGN_VERBS.has(tokens[j + 1]?.lower ?? '')) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  if (isSpeechVerb(t)) return t.lower.endsWith('ing') ? speakerOfVerb(tokens, j) : subjectAfter(tokens, j);
  if (isAccordingTo(tokens, j)) return accordingTo(tokens, j);
  const phrase = phraseAfter(tokens, j);
  if (!phrase) return null;
  let k = phrase.last + 1;
  let role: string | null = phrase.role ?? null;
  let apposName: SpeakerPhrase | null = null;
  if (tokens[k]?.text === ',') {
    const ap = appositiveAfter(tokens, k);
    if (ap) {
      role = role ?? ap.role;
      apposName = ap.name;
      k = ap.next;
      if (tokens[k]?.text === ',') k++;
    }
  }
  while (tokens[k] && isGap(tokens[k])) k++;
  if (isSpeechVerb(tokens[k])) {
    if (phrase.kind === 'role' && apposName) return { phrase: apposName, role: phrase.role ?? null, at: k };
    return { phrase, role, at: k };
  }
  // A closing dash credit: "…” — John Kirby" ending the paragraph.
  const dash = tokens[q + 1];
  const creditEnds = k >= tokens.length || /^[.,(]$/.test(tokens[k].text) || tokens[k].sentence !== tokens[j].sentence;
  if (dash && /^[—–-]$/.test(dash.text) && creditEnds && phrase.kind === 'name') {
    return { phrase, role, at: j };
  }
  return null;
}

/** Attribution right before a quotation: "Kirby said: “…", "He added, “…", "Said Kirby: “…". */
export function attributionBefore(tokens: Token[], q: number): Found | null {
  let k = q - 1;
  while (k >= 0 && tokens[k].kind === 'punct' && /^[,:—–-]$/.test(tokens[k].text)) k--;
  if (k < 0 || tokens[k].sentence !== tokens[q].sentence) return null;
  if (isSpeechVerb(tokens[k])) return speakerOfVerb(tokens, k);
  // "Said Kirby: “…": an inverted verb before the name.
  const phrase = phraseBefore(tokens, k + 1);
  if (phrase && isSpeechVerb(tokens[phrase.first - 1]) && INVERTIBLE_VERBS.has(tokens[phrase.first - 1].lower)) {
    return { phrase, role: phrase.role ?? null, at: phrase.first - 1 };
  }
  // "…, including tester John Mikovits: “…": a person's name and a colon introduce the words.
  if (phrase?.kind === 'name' && tokens[q - 1]?.text === ':') {
    if (phrase.personEvidence || phrase.role) return { phrase, role: phrase.role ?? null, at: q - 1 };
    // "Biden: “…”" opening a paragraph, the transcript or headline form, when the article names
    // that person in full elsewhere ("Exclusive: “…”" names nobody).
    if (phrase.first === 0 && k === phrase.last) return { phrase, role: null, at: q - 1, needsKnown: true };
  }
  return null;
}

/**
 * The nearest speech verb or "according to" before the quotation in its sentence: reported speech
 * carries a partial quote ("Kirby told reporters that North Korea “provided …”").
 */
export function searchBefore(tokens: Token[], q: number): Found | null {
  const sentence = tokens[q].sentence;
  for (let k = q - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
    const f = verbOrAccording(tokens, k);
    if (f) return f;
  }
  return null;
}

/** The nearest speech verb or "according to" after the quotation in its sentence. */
export function searchAfter(tokens: Token[], q: number): Found | null {
  const sentence = tokens[q].sentence;
  for (let k = q + 1; k < tokens.length && tokens[k].sentence === sentence; k++) {
    const f = verbOrAccording(tokens, k);
    if (f) return f;
  }
  return null;
}

function verbOrAccording(tokens: Token[], k: number): Found | null {
  if (isAccordingTo(tokens, k)) return accordingTo(tokens, k);
  if (isReportingVerb(tokens, k)) return speakerOfVerb(tokens, k);
  return null;
}

