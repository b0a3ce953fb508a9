/**
 * The narration pass: every full name the article uses (so short forms expand), every person
 * mentioned in reading order (pronoun antecedents), and every speech verb's resolved speaker.
 */
import { accordingTo, isAccordingTo, isReportingVerb, isSpeechVerb, mayAttribute } from './attribute.ts';
import { speakerOfVerb } from './attribute.ts';
import { isKnownFirstName, NON_NAME_CAPS } from './lexicon.ts';
import { People, type Resolved } from './people.ts';
import { appositiveAfter } from './appositive.ts';
import { canonicalSpeaker } from './names.ts';
import { interpret, phraseBefore } from './phrase.ts';
import { isCapitalised, isPlainText, type Token } from './tokens.ts';

/** A speech verb's resolved speaker at a paragraph and token. */
export interface SpeechEvent extends Resolved {
  para: number;
  token: number;
}

export type Events = Map<number, SpeechEvent>;

/** The event of the speech verb at (para, token), if one was read there. */
export function eventAt(events: Events, para: number, token: number): SpeechEvent | undefined {
  return events.get(para * RUN_KEY + token);
}

/** A capitalised run of two to four words in raw text ("Margaret Thatcher", "John F. Kennedy"). */
const NAME_RUN = /\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+|(?:von|van|de|der|den|da|di|du|del|la|le|bin|al)(?=\s+\p{Lu}|\s+der\s))){1,6}/gu;
/** NAME_RUN for plain text (see isPlainText), where \p{Lu} is [A-Z] and \p{L} is [A-Za-z]: same matches, cheaper. */
const NAME_RUN_PLAIN = /[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+|(?:von|van|de|der|den|da|di|du|del|la|le|bin|al)(?=\s+[A-Z]|\s+der\s))){1,6}/g;

/**
 * First pass: every full name the narration uses, so short forms can be expanded. Paragraphs far
 * from any quotation are not tokenised; a cheap scan still registers the people they name in full.
 */
type Run = { end: number; phrase: ReturnType<typeof phraseAt> };
/** Per paragraph, per token index: the capitalised run starting there (an array: read at every token). */
type Runs = (Run | undefined)[][];

export function registerNames(all: Token[][], people: People, paragraphs: string[]): Runs {
  const runs: Runs = [];
  // In reading order, so the registry knows who was introduced first.
  all.forEach((tokens, p) => {
    const here: (Run | undefined)[] = new Array(tokens.length);
    runs.push(here);
    if (tokens.length === 0) {
      const text = paragraphs[p];
      for (const m of text.matchAll(isPlainText(text) ? NAME_RUN_PLAIN : NAME_RUN)) {
        // "Israeli Prime Minister Benjamin Netanyahu": the name starts at its first known first name.
        const words = m[0].replace(/['’]s$/, '').split(/\s+/);
        const k = words.findIndex((w) => isKnownFirstName(w));
        if (k >= 0 && k < words.length - 1) people.registry.add(words.slice(k).join(' '), true);
      }
      return;
    }
    forEachCapRun(tokens, (a, b) => {
      const phrase = phraseAt(tokens, a, b);
      here[a] = { end: b, phrase };
      if (phrase?.kind === 'name' && phrase.name) people.registry.add(phrase.name, phrase.personEvidence === true);
    });
  });
  return runs;
}

/** Paragraph × RUN_KEY + token: a numeric key for a position. */
const RUN_KEY = 1 << 20;

/** The phrase for a capitalised run [a, b], role words before it included, a possessive 's dropped. */
function phraseAt(tokens: Token[], a: number, b: number) {
  const last = tokens[b];
  if (endsPossessive(last.text)) {
    const copy = tokens.slice(0, b + 1);
    copy[b] = { ...last, text: last.text.slice(0, -2), lower: last.lower.slice(0, -2) };
    const p = phraseBefore(copy, b + 1);
    return p ?? interpret(copy, a, b);
  }
  return phraseBefore(tokens, b + 1) ?? interpret(tokens, a, b);
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'al', 'bin', 'ibn', 'la', 'le', 'dos', 'das']);

/** /['’]s$/i without the regex (this runs on every capitalised token): ' or ’, then s or S, at the end. */
function endsPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const s = text.charCodeAt(n - 1), q = text.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** The last token of the capitalised run starting at `i` (name particles included, a possessive ends it). */
function capRunEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && !endsPossessive(tokens[j].text)) {
    const n = tokens[j + 1];
    if (isCapitalised(n)) {
      j++;
      continue;
    }
    // "von der Leyen": a chain of particles joins only when a capitalised word follows it.
    let k = j + 1;
    while (k < tokens.length && PARTICLES.has(tokens[k].lower) && k - j <= 3) k++;
    if (k > j + 1 && tokens[k] !== undefined && isCapitalised(tokens[k])) j = k;
    else break;
  }
  return j;
}

function forEachCapRun(tokens: Token[], fn: (a: number, b: number) => void): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]) || isSpeechVerb(tokens[i])) {
      i++;
      continue;
    }
    const j = capRunEnd(tokens, i);
    fn(i, j);
    i = j + 1;
  }
}

/**
 * Second pass, in reading order: note each named person (a pronoun's antecedent) and resolve
 * every speech verb's speaker while the people named before it are known.
 */
export function readNarration(all: Token[][], people: People, runs: Runs): Events {
  const events: Events = new Map();
  all.forEach((tokens, p) => {
    let sentence = -1;
    let subjectTaken = false;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t.sentence !== sentence) {
        sentence = t.sentence;
        subjectTaken = false;
      }
      const run = runs[p][i];
      if (run) {
        const j = run.end;
        const phrase = run.phrase;
        if (phrase && (phrase.kind === 'name' || phrase.kind === 'org') && phrase.name && !NON_NAME_CAPS.has(phrase.name.toLowerCase())) {
          const full = phrase.kind === 'name' ? people.expand(phrase.name) : phrase.name;
          const person = phrase.kind === 'name' && (phrase.personEvidence === true || people.registry.isPerson(full) || full.includes(' '));
          if (phrase.kind === 'name') {
            const role = phrase.role ?? (person ? roleBeside(tokens, phrase.first, j) : null);
            people.mention({ full, person, para: p, token: j, salience: subjectTaken || !person ? 'other' : 'subject', role, start: phrase.first }, phrase.gender ?? null);
            if (person) {
              subjectTaken = true;
              const age = ageBeside(tokens, phrase.first, j);
              if (age) people.learnAge(full, age);
            }
          } else {
            // Institutions too: "the ministry" may point back to "the Foreign Ministry".
            people.mention({ full: canonicalSpeaker(full), person: false, para: p, token: j, salience: 'other', role: null }, null);
          }
        }
        i = j + 1;
        continue;
      }
      // Note: most tokens are on no verb list; one look-up settles both questions for them.
      const found = !mayAttribute(t) ? null : isAccordingTo(tokens, i) ? accordingTo(tokens, i) : isReportingVerb(tokens, i) ? speakerOfVerb(tokens, i) : null;
      if (found) {
        const r = people.resolve(found.phrase, found.role, p, found.phrase.first);
        events.set(p * RUN_KEY + i, { ...r, para: p, token: i });
        if (r.speaker) {
          people.mention({ full: r.speaker, person: r.person, para: p, token: i, salience: 'speaker', role: r.role }, null);
        }
      }
      i++;
    }
  });
  return events;
}


/**
 * A role given beside a name between commas: "Dave Calhoun, Boeing’s chief executive," or
 * "Boeing’s chief executive, Dave Calhoun,". Later "the chief executive" points back to it.
 */
function roleBeside(tokens: Token[], first: number, last: number): string | null {
  if (tokens[last + 1]?.text === ',') {
    const ap = appositiveAfter(tokens, last + 1);
    if (ap?.role) return ap.role;
  }
  if (tokens[first - 1]?.text === ',' && tokens[last + 1]?.text === ',') {
    const before = phraseBefore(tokens, first - 1);
    if (before?.kind === 'role' && before.role) return before.role;
  }
  return null;
}

const AGE_WORD = /^(\d{1,3})-year-old$/;

/** An age given beside a name: "Emma Raducanu, 21," or "37-year-old Jamie Vardy". */
function ageBeside(tokens: Token[], first: number, last: number): number | null {
  const n = tokens[last + 2];
  if (tokens[last + 1]?.text === ',' && n && /^\d{1,3}$/.test(n.text) && /^[,.;)]$/.test(tokens[last + 3]?.text ?? '.')) return Number(n.text);
  const m = AGE_WORD.exec(tokens[first - 1]?.lower ?? '');
  return m ? Number(m[1]) : null;
}
