/**
 * The speaker in force around a quotation whose own sentence names nobody.
 */
import type { Candidate } from './candidates.ts';
import { eventAt, type Events, type SpeechEvent } from './narration.ts';
import type { People, Resolved } from './people.ts';
import { phraseAfter } from './phrase.ts';
import { isCapitalised, type Token } from './tokens.ts';

export interface Attributed {
  resolved: Resolved;
  /** 'adjacent' for "…,” he said" / "He said: “…"; 'sentence' for a verb elsewhere in the sentence. */
  how: 'adjacent' | 'sentence' | 'context';
}

/**
 * The speaker in force around an unattributed quotation, nearest first: another quote in the same
 * paragraph, a speech verb earlier in the paragraph, the last speaker of the previous paragraph
 * (when the quotation opens its paragraph: a run of quote paragraphs continues one speaker), or a
 * speech verb later in the paragraph.
 */
export function fromContext(
  c: Candidate,
  qi: number,
  candidates: Candidate[],
  results: (Attributed | null)[],
  all: Token[][],
  events: Events,
  people: People,
): Resolved | null {
  const { startPara, endPara } = c.span;
  const ts = all[startPara];
  const qs = ts.findIndex((t) => t.quote === qi);
  // The nearest speaker before it in its paragraph: an attributed quote or a speech verb.
  const earlier = latest(lastQuote(qi, startPara, qs, candidates, results, all, false), lastEvent(events, startPara, qs));
  // Within a few sentences only: a long paragraph moves on from its speakers.
  if (earlier && ts[qs].sentence - ts[earlier.token].sentence <= SENTENCE_REACH) return earlier.resolved;
  for (let k = qi + 1; k < candidates.length && candidates[k].span.startPara === endPara; k++) {
    const r = results[k];
    if (r && r.how !== 'context') return r.resolved;
  }
  const opensParagraph = !ts.slice(0, qs).some((t) => t.kind === 'word');
  if (opensParagraph && startPara > 0) {
    // "Andrew Wetzler, director of …, was blunt:" — a paragraph ending in a colon hands over to
    // the quotation; its speaker is the person it opened with.
    const prevTokens = all[startPara - 1];
    if (prevTokens[prevTokens.length - 1]?.text === ':') {
      const introduced = lastEvent(events, startPara - 1, Infinity) ?? colonIntroducer(prevTokens, people, startPara - 1);
      if (introduced) return introduced;
    }
    const prev = latest(lastQuote(qi, startPara - 1, Infinity, candidates, results, all, true), lastEvent(events, startPara - 1, Infinity));
    if (prev) return prev.resolved;
  }
  const te = all[endPara];
  const qe = te.findIndex((t) => t.quote === qi);
  for (let k = qe + 1; k < te.length; k++) {
    const e = eventAt(events, endPara, k);
    if (e?.speaker) return e;
  }
  // "Maria Alvarez has taught there for 20 years." then a paragraph that is only a quotation:
  // news introduces a speaker and lets the quote follow; it is the person the paragraph was about.
  // Not when that paragraph held quotations of its own (their speaker was found or not, above).
  // A sentence, not a heading or a name line: it ends with a full stop and says something.
  const onlyQuote = opensParagraph && te.slice(qe + 1).every((t) => t.kind !== 'word');
  const prev = startPara > 0 ? all[startPara - 1] : [];
  const sentence = prev.length >= 6 && prev[prev.length - 1].text === '.';
  if (onlyQuote && sentence && !candidates.some((o) => o.span.endPara === startPara - 1 || o.span.startPara === startPara - 1)) {
    return people.subjectOf(startPara - 1);
  }
  return null;
}

/** How many sentences back in its paragraph an unattributed quote looks for its speaker. */
const SENTENCE_REACH = 2;

interface Placed {
  resolved: Resolved;
  token: number;
}

/** The later of two placed speakers in one paragraph. */
function latest(a: Placed | null, b: SpeechEvent | null): Placed | null {
  const e = b ? { resolved: b as Resolved, token: b.token } : null;
  if (!a) return e;
  if (!e) return a;
  return e.token > a.token ? e : a;
}

/**
 * The last attributed quote ending in paragraph `para` before token `limit`, with its position.
 * `anyHow` admits quotes that themselves took their speaker from context (a run of quote paragraphs).
 */
function lastQuote(qi: number, para: number, limit: number, candidates: Candidate[], results: (Attributed | null)[], all: Token[][], anyHow: boolean): Placed | null {
  for (let k = qi - 1; k >= 0 && candidates[k].span.endPara >= para; k--) {
    const r = results[k];
    if (candidates[k].span.endPara !== para || !r || (!anyHow && r.how === 'context')) continue;
    const token = all[para].findIndex((t) => t.quote === k);
    if (token >= 0 && token < limit) return { resolved: r.resolved, token };
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
  // "Uli Lorimer, Director of Horticulture at Native Plant Trust:" — a full name opening it.
  if (subject?.kind === 'name' && (subject.personEvidence || (subject.name ?? '').includes(' '))) {
    return people.resolve(subject, null, para, start);
  }
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !(isCapitalised(t) || t.lower === 'he' || t.lower === 'she')) continue;
    const phrase = phraseAfter(tokens, k);
    if (!phrase) continue;
    // Only a person: "Below is a statement by Francesca Grifo:" is Grifo's, not "Below"'s.
    // Further in, only a name with a known first name or honorific ("a statement by Francesca Grifo").
    const personLike = phrase.kind === 'pronoun' || (phrase.kind === 'name' && (phrase.gender != null || people.registry.isPerson(people.expand(phrase.name ?? ''))));
    if (personLike) {
      const r = people.resolve(phrase, phrase.role ?? null, para, k);
      if (r.speaker) return r;
    }
    k = phrase.last;
  }
  return null;
}

/** The last speech event with a named speaker in paragraph `para` before token `limit`. */
export function lastEvent(events: Events, para: number, limit: number): SpeechEvent | null {
  let best: SpeechEvent | null = null;
  for (const e of events.values()) {
    if (e.para < para) continue;
    if (e.para > para) break; // events are stored in reading order
    if (e.token >= limit || !e.speaker) continue;
    if (!best || e.token > best.token) best = e;
  }
  return best;
}
