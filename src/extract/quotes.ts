/**
 * Who said what: the direct quotations of an article's body, each with its speaker.
 *
 * Steps: find quotation-mark spans (across paragraphs) → judge which hold speech → mask them out of
 * the narration → read the narration once in order, noting named people and every speech verb's
 * speaker → attach each quote to the speech verb next to it, in its sentence, or (failing that) to
 * the speaker in force around it.
 *
 * Note on institutions: "the White House said" makes "White House" the speaker. News treats
 * institutions as speakers, and naming one is more useful to a reader than null. Generic nouns
 * ("officials", "a source", "the company") stay null unless they point back to a named person
 * holding that role ("the spokesman" after "spokesman John Kirby").
 */
import type { Quote } from '../record.ts';
import {
  attributionAfter,
  attributionBefore,
  isAccordingTo,
  isReportingVerb,
  isSpeechVerb,
  speakerOfVerb,
  accordingTo,
  searchBefore,
  searchAfter,
  type Found,
} from './quotes/attribute.ts';
import { cleanQuoteText, judgeQuote, NICKNAME } from './quotes/filter.ts';
import { findQuoteSpans, type QuoteSpan } from './quotes/marks.ts';
import { interpret, phraseAfter, phraseBefore } from './quotes/phrase.ts';
import { People, type Resolved } from './quotes/people.ts';
import { isCapitalised, MASK, tokenize, type Token } from './quotes/tokens.ts';
import { isKnownFirstName, NON_NAME_CAPS } from './quotes/lexicon.ts';

export { canonicalSpeaker } from './quotes/names.ts';

interface Candidate {
  span: QuoteSpan;
  text: string;
  short: boolean;
}

/** A speech verb's resolved speaker, keyed by paragraph and token. */
interface SpeechEvent extends Resolved {
  para: number;
  token: number;
}

export function findQuotes(paragraphs: string[]): Quote[] {
  const nicknames: QuoteSpan[] = [];
  const candidates = findCandidates(paragraphs, nicknames);
  if (candidates.length === 0) return [];
  const tokens = maskAndTokenize(blankNicknames(paragraphs, nicknames), candidates);
  const people = new People();
  const runs = registerNames(tokens, people, paragraphs);
  const events = readNarration(tokens, people, runs);
  return attributeQuotes(candidates, tokens, people, events);
}

/** Quotation spans that may hold speech, with their cleaned text. */
function findCandidates(paragraphs: string[], nicknames: QuoteSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (const span of findQuoteSpans(paragraphs)) {
    const before = paragraphs[span.startPara].slice(Math.max(0, span.start - 40), span.start);
    const after = paragraphs[span.endPara].slice(span.end, span.end + 40);
    const verdict = judgeQuote(span.inner, before, after);
    if (verdict === NICKNAME) nicknames.push(span);
    if (verdict !== null && verdict !== 'short') continue;
    const text = cleanQuoteText(span.inner);
    if (text === '') continue;
    out.push({ span, text, short: verdict === 'short' });
  }
  return out;
}

/** Earvin “Magic” Johnson reads as Earvin Johnson: a nickname is blanked out of the narration. */
function blankNicknames(paragraphs: string[], spans: QuoteSpan[]): string[] {
  if (spans.length === 0) return paragraphs;
  const out = paragraphs.slice();
  for (const s of spans) {
    if (s.startPara !== s.endPara) continue;
    const t = out[s.startPara];
    out[s.startPara] = t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end);
  }
  return out;
}

/** Tokens of each paragraph with every candidate quotation masked to one placeholder token. */
function maskAndTokenize(paragraphs: string[], candidates: Candidate[]): Token[][] {
  const masked = paragraphs.slice();
  const quoteAt: Map<number, number>[] = paragraphs.map(() => new Map());
  candidates.forEach((c, qi) => {
    const { startPara, start, endPara, end } = c.span;
    for (let p = startPara; p <= endPara; p++) {
      const from = p === startPara ? start : 0;
      const to = p === endPara ? end : masked[p].length;
      masked[p] = masked[p].slice(0, from) + MASK.repeat(to - from) + masked[p].slice(to);
      quoteAt[p].set(from, qi);
    }
  });
  // Narration after the last quotation can attribute nothing (bar the same paragraph's later
  // sentences), so it is not read: the paragraphs there get no tokens.
  const lastPara = candidates[candidates.length - 1].span.endPara;
  return masked.map((m, p) => (p <= lastPara ? tokenize(m, quoteAt[p]) : []));
}

/** A capitalised run of two to four words in raw text ("Margaret Thatcher", "John F. Kennedy"). */
const NAME_RUN = /\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+|(?:von|van|de|der|den|da|di|du|del|la|le|bin|al)(?=\s+\p{Lu}|\s+der\s))){1,6}/gu;

/**
 * First pass: every full name the narration uses, so short forms can be expanded. Paragraphs past
 * the last quotation are not tokenised; a cheap scan still registers the people they name in full.
 */
type Runs = Map<number, { end: number; phrase: ReturnType<typeof phraseAt> }>;

function registerNames(all: Token[][], people: People, paragraphs: string[]): Runs {
  const runs: Runs = new Map();
  for (let p = all.length - 1; p >= 0 && all[p].length === 0; p--) {
    for (const m of paragraphs[p].matchAll(NAME_RUN)) {
      // "Israeli Prime Minister Benjamin Netanyahu": the name starts at its first known first name.
      const words = m[0].replace(/['’]s$/, '').split(/\s+/);
      const k = words.findIndex((w) => isKnownFirstName(w));
      if (k >= 0 && k < words.length - 1) people.registry.add(words.slice(k).join(' '), true);
    }
  }
  all.forEach((tokens, p) => {
    forEachCapRun(tokens, (a, b) => {
      const phrase = phraseAt(tokens, a, b);
      runs.set(p * RUN_KEY + a, { end: b, phrase });
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
  if (/['’]s$/i.test(last.text)) {
    const copy = tokens.slice(0, b + 1);
    copy[b] = { ...last, text: last.text.slice(0, -2), lower: last.lower.slice(0, -2) };
    const p = phraseBefore(copy, b + 1);
    return p ?? interpret(copy, a, b);
  }
  return phraseBefore(tokens, b + 1) ?? interpret(tokens, a, b);
}

const PARTICLE = /^(?:de|van|von|der|den|da|di|du|del|della|al|bin|ibn|la|le|dos|das)$/;

/** The last token of the capitalised run starting at `i` (name particles included, a possessive ends it). */
function capRunEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && !/['’]s$/i.test(tokens[j].text)) {
    const n = tokens[j + 1];
    if (isCapitalised(n)) {
      j++;
      continue;
    }
    // "von der Leyen": a chain of particles joins only when a capitalised word follows it.
    let k = j + 1;
    while (k < tokens.length && PARTICLE.test(tokens[k].lower) && k - j <= 3) k++;
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
function readNarration(all: Token[][], people: People, runs: Runs): Map<number, SpeechEvent> {
  const events = new Map<number, SpeechEvent>();
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
      const run = runs.get(p * RUN_KEY + i);
      if (run) {
        const j = run.end;
        const phrase = run.phrase;
        if (phrase && (phrase.kind === 'name' || phrase.kind === 'org') && phrase.name && !NON_NAME_CAPS.has(phrase.name.toLowerCase())) {
          const full = phrase.kind === 'name' ? people.expand(phrase.name, p, j) : phrase.name;
          const person = phrase.kind === 'name' && (phrase.personEvidence === true || people.registry.isPerson(full) || full.includes(' '));
          if (phrase.kind === 'name') {
            people.mention({ full, person, para: p, token: j, salience: subjectTaken || !person ? 'other' : 'subject', role: phrase.role ?? null }, phrase.gender ?? null);
            if (person) subjectTaken = true;
          }
        }
        i = j + 1;
        continue;
      }
      const found = isAccordingTo(tokens, i) ? accordingTo(tokens, i) : isReportingVerb(tokens, i) ? speakerOfVerb(tokens, i) : null;
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

interface Attributed {
  resolved: Resolved;
  /** 'adjacent' for "…,” he said" / "He said: “…"; 'sentence' for a verb elsewhere in the sentence. */
  how: 'adjacent' | 'sentence' | 'context';
}

function attributeQuotes(candidates: Candidate[], all: Token[][], people: People, events: Map<number, SpeechEvent>): Quote[] {
  const results: (Attributed | null)[] = candidates.map(() => null);
  const at = (para: number, f: Found): Resolved =>
    events.get(para * RUN_KEY + f.at) ?? people.resolve(f.phrase, f.role, para, f.phrase.first);
  candidates.forEach((c, qi) => {
    const { startPara, endPara } = c.span;
    const ts = all[startPara];
    const te = all[endPara];
    const qs = ts.findIndex((t) => t.quote === qi);
    const qe = te.findIndex((t) => t.quote === qi);
    if (qs < 0 || qe < 0) return;
    // A quotation closed by a full stop ends its sentence: what follows is a new one, unless the
    // writer carried on in lower case ("…done.” said Kirby").
    const endsSentence = /\.\s*$/.test(c.span.inner) && !/^(?:\p{Ll}|[—–-]$)/u.test(te[qe + 1]?.text ?? 'X');
    const after = endsSentence ? null : attributionAfter(te, qe);
    if (after) return void (results[qi] = { resolved: at(endPara, after), how: 'adjacent' });
    const before = attributionBefore(ts, qs);
    if (before) return void (results[qi] = { resolved: at(startPara, before), how: 'adjacent' });
    if (c.short) return;
    // Elsewhere in the sentence: the speech verb nearer the quotation wins; a verb whose subject
    // names nobody ("Many people also report …") yields to one that names someone.
    const inBefore = searchBefore(ts, qs);
    // A quotation that ends its own sentence ("…We will.” Then …) leaves the rest to the next one.
    const inAfter = /[.?!…]\s*$/.test(c.span.inner) ? null : searchAfter(te, qe);
    const rb = inBefore ? at(startPara, inBefore) : null;
    const ra = inAfter ? at(endPara, inAfter) : null;
    let chosen = rb;
    if (ra && (!rb || (inAfter!.at - qe < qs - inBefore!.at && (ra.speaker || !rb.speaker)) || (!rb.speaker && ra.speaker))) chosen = ra;
    if (chosen) results[qi] = { resolved: chosen, how: 'sentence' };
  });
  // Quotes whose sentence names nobody take the speaker in force around them.
  candidates.forEach((c, qi) => {
    if (results[qi] || c.short) return;
    const r = fromContext(c, qi, candidates, results, all, events, people);
    if (r) results[qi] = { resolved: r, how: 'context' };
  });
  const quotes: Quote[] = [];
  candidates.forEach((c, qi) => {
    const r = results[qi];
    if (c.short && !r) return; // a one- or two-word scare quote
    const quote: Quote = { text: c.text, speaker: r?.resolved.speaker ?? null };
    // A role counts only when given next to the name in this quote's own attribution.
    if (r && r.how !== 'context' && r.resolved.speaker && r.resolved.role) quote.role = r.resolved.role;
    quotes.push(quote);
  });
  return quotes;
}

/**
 * The speaker in force around an unattributed quotation, nearest first: another quote in the same
 * paragraph, a speech verb earlier in the paragraph, the last speaker of the previous paragraph
 * (when the quotation opens its paragraph: a run of quote paragraphs continues one speaker), or a
 * speech verb later in the paragraph.
 */
function fromContext(
  c: Candidate,
  qi: number,
  candidates: Candidate[],
  results: (Attributed | null)[],
  all: Token[][],
  events: Map<number, SpeechEvent>,
  people: People,
): Resolved | null {
  const { startPara, endPara } = c.span;
  for (let k = qi - 1; k >= 0 && candidates[k].span.endPara === startPara; k--) {
    const r = results[k];
    if (r && r.how !== 'context') return r.resolved;
  }
  for (let k = qi + 1; k < candidates.length && candidates[k].span.startPara === endPara; k++) {
    const r = results[k];
    if (r && r.how !== 'context') return r.resolved;
  }
  const ts = all[startPara];
  const qs = ts.findIndex((t) => t.quote === qi);
  const earlier = lastEvent(events, startPara, qs);
  if (earlier) return earlier;
  const opensParagraph = !ts.slice(0, qs).some((t) => t.kind === 'word');
  if (opensParagraph && startPara > 0) {
    // "Andrew Wetzler, director of …, was blunt:" — a paragraph ending in a colon hands over to
    // the quotation; its speaker is the person it opened with.
    const prevTokens = all[startPara - 1];
    if (prevTokens[prevTokens.length - 1]?.text === ':') {
      const introduced = lastEvent(events, startPara - 1, Infinity) ?? colonIntroducer(prevTokens, people, startPara - 1);
      if (introduced) return introduced;
    }
    for (let k = qi - 1; k >= 0 && candidates[k].span.endPara === startPara - 1; k--) {
      const r = results[k];
      if (r) return r.resolved;
    }
    const prev = lastEvent(events, startPara - 1, Infinity);
    if (prev) return prev;
  }
  const te = all[endPara];
  const qe = te.findIndex((t) => t.quote === qi);
  for (let k = qe + 1; k < te.length; k++) {
    const e = events.get(endPara * RUN_KEY + k);
    if (e?.speaker) return e;
  }
  return null;
}

/** The person opening the last sentence of a paragraph that ends with a colon. */
function colonIntroducer(tokens: Token[], people: People, para: number): Resolved | null {
  const last = tokens[tokens.length - 1].sentence;
  const start = tokens.findIndex((t) => t.sentence === last);
  // "The judge offered advice for … Nichols:" is the judge's: a role opening the sentence speaks.
  const subject = phraseAfter(tokens, start);
  if (subject?.kind === 'role') {
    const r = people.resolve(subject, null, para, start);
    return r.speaker ? r : null;
  }
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !(isCapitalised(t) || t.lower === 'he' || t.lower === 'she')) continue;
    const phrase = phraseAfter(tokens, k);
    if (!phrase) continue;
    // Only a person: "Below is a statement by Francesca Grifo:" is Grifo's, not "Below"'s.
    const personLike = phrase.kind === 'pronoun' || (phrase.kind === 'name' && (phrase.personEvidence || (phrase.name ?? '').includes(' ') || people.registry.isPerson(people.expand(phrase.name ?? '', para, k))));
    if (personLike) {
      const r = people.resolve(phrase, phrase.role ?? null, para, k);
      if (r.speaker) return r;
    }
    k = phrase.last;
  }
  return null;
}

/** The last speech event with a named speaker in paragraph `para` before token `limit`. */
function lastEvent(events: Map<number, SpeechEvent>, para: number, limit: number): SpeechEvent | null {
  let best: SpeechEvent | null = null;
  for (const e of events.values()) {
    if (e.para < para) continue;
    if (e.para > para) break; // events are stored in reading order
    if (e.token >= limit || !e.speaker) continue;
    if (!best || e.token > best.token) best = e;
  }
  return best;
}
