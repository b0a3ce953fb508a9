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
import { attributionAfter, attributionBefore, isSpeechVerb, searchAfter, searchBefore, type Found } from './quotes/attribute.ts';
import { blankNicknames, findCandidates, maskAndTokenize, type Candidate } from './quotes/candidates.ts';
import { fromContext, type Attributed } from './quotes/context.ts';
import type { QuoteSpan } from './quotes/marks.ts';
import { eventAt, readNarration, registerNames, type Events } from './quotes/narration.ts';
import { People, type Resolved } from './quotes/people.ts';
import type { Token } from './quotes/tokens.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const GOES_ON_LOWER = /^(?:\p{Ll}|[—–-]$)/u;

export { canonicalSpeaker } from './quotes/names.ts';

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

/** A short quotation standing as a whole utterance: punctuated inside, opening its sentence or after a colon. */
function isUtterance(c: Candidate, tokens: Token[], q: number): boolean {
  if (!/[,.!?…]\s*$/.test(c.span.inner)) return false;
  const prev = tokens[q - 1];
  if (!prev || prev.sentence !== tokens[q].sentence || prev.text === ':') return true;
  // 'Armstead quietly answered, "Yes."'
  const verb = prev.text === ',' ? tokens[q - 2] : prev;
  return isSpeechVerb(verb) && !/[.!?…]/.test(c.span.inner.slice(0, -1));
}

/**
 * The speaker an attribution found at `para` resolves to: the speech event read there, else the phrase
 * resolved now. (A module function: a closure made per article got its name set by the loader.)
 */
function resolvedAt(events: Events, people: People, para: number, f: Found): Resolved {
  return eventAt(events, para, f.at) ?? people.resolve(f.phrase, f.role, para, f.phrase.first);
}

function attributeQuotes(candidates: Candidate[], all: Token[][], people: People, events: Events): Quote[] {
  const results: (Attributed | null)[] = candidates.map(() => null);
  candidates.forEach((c, qi) => {
    const { startPara, endPara } = c.span;
    const ts = all[startPara];
    const te = all[endPara];
    const qs = ts.findIndex((t) => t.quote === qi);
    const qe = te.findIndex((t) => t.quote === qi);
    if (qs < 0 || qe < 0) return;
    // A quotation closed by a full stop ends its sentence: what follows is a new one, unless the
    // writer carried on in lower case ("…done.” said Kirby").
    const endsSentence = /\.\s*$/.test(c.span.inner) && !GOES_ON_LOWER.test(te[qe + 1]?.text ?? 'X');
    const utterance = !c.short || isUtterance(c, ts, qs);
    const after = endsSentence || !utterance ? null : attributionAfter(te, qe);
    if (after) return void (results[qi] = { resolved: resolvedAt(events, people, endPara, after), how: 'adjacent' });
    let before = utterance ? attributionBefore(ts, qs) : null;
    if (before?.needsKnown && !people.registry.isPerson(people.expand(before.phrase.name ?? ''))) before = null;
    if (before) return void (results[qi] = { resolved: resolvedAt(events, people, startPara, before), how: 'adjacent' });
    if (c.short) return;
    // A one- or two-word quotation counts only as an utterance of its own: "“No,” Smith said" or
    // 'Smith said: “Never.”', never a word picked out of a sentence (called it “a mistake”).
    // Elsewhere in the sentence: the speech verb nearer the quotation wins; a verb whose subject
    // names nobody ("Many people also report …") yields to one that names someone.
    const inBefore = searchBefore(ts, qs);
    // A quotation that ends its own sentence ("…We will.” Then …) leaves the rest to the next one.
    const inAfter = /[.?!…]\s*$/.test(c.span.inner) ? null : searchAfter(te, qe);
    const rb = inBefore ? resolvedAt(events, people, startPara, inBefore) : null;
    const ra = inAfter ? resolvedAt(events, people, endPara, inAfter) : null;
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
    if (c.short && !r?.resolved.speaker) return; // a one- or two-word scare quote, or nobody's
    const quote: Quote = { text: c.text, speaker: r?.resolved.speaker ?? null };
    // A role counts only when given next to the name in this quote's own attribution.
    if (r && r.how !== 'context' && r.resolved.speaker && r.resolved.role) quote.role = r.resolved.role;
    quotes.push(quote);
  });
  return quotes;
}

