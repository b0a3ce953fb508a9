/**
 * The people an article has named so far, in reading order, and the resolution of a speaker
 * phrase (name, pronoun, role noun, institution) to a canonical speaker.
 */
import { canonicalSpeaker, NameRegistry, type NameEntry } from './names.ts';
import type { Gender } from './lexicon.ts';
import type { SpeakerPhrase } from './phrase.ts';

/** How strongly a mention draws a later pronoun: speakers most, sentence subjects next. */
export type Salience = 'speaker' | 'subject' | 'other';

export interface Mention {
  full: string;
  person: boolean;
  /** Reading-order position: paragraph and token. */
  para: number;
  token: number;
  salience: Salience;
  role: string | null;
  /** First token of the name phrase (role words included), for a name read in the narration. */
  start?: number;
}

export interface Resolved {
  speaker: string | null;
  role: string | null;
  /** True when the speaker is a person (may be a pronoun antecedent). */
  person: boolean;
}

/** Role nouns that name the same job ("the spokeswoman" may follow "spokesperson Jane Doe"). */
const ROLE_FAMILY: Record<string, string> = {
  spokesman: 'spokes', spokeswoman: 'spokes', spokesperson: 'spokes',
  chairman: 'chair', chairwoman: 'chair', chair: 'chair', chairperson: 'chair',
  ceo: 'chief executive', congressman: 'congress', congresswoman: 'congress',
};

function roleKey(word: string): string {
  const w = word.toLowerCase();
  return Object.hasOwn(ROLE_FAMILY, w) ? ROLE_FAMILY[w] : w;
}

function roleHas(role: string, noun: string): boolean {
  const key = roleKey(noun);
  const words = role.toLowerCase().split(/\s+/);
  if (key === 'chief executive') return /\b(?:ceo|chief executive)\b/.test(role.toLowerCase());
  return words.some((w) => roleKey(w.replace(/['’]s$/, '')) === key);
}

/** How far back (in paragraphs) a pronoun or role noun may reach for its antecedent. */
export const REACH = 4;

export class People {
  readonly registry = new NameRegistry();
  private mentions: Mention[] = [];
  private genders = new Map<string, Gender>();
  private roles = new Map<string, string>();

  private ages = new Map<string, number>();

  learnAge(full: string, age: number): void {
    if (!this.ages.has(full)) this.ages.set(full, age);
  }

  learnGender(full: string, g: Gender): void {
    if (g && !this.genders.has(full)) this.genders.set(full, g);
  }

  genderOf(full: string): Gender {
    return this.genders.get(full) ?? null;
  }

  /** Record a mention of a named person or institution at (para, token). */
  mention(m: Mention, gender: Gender): void {
    this.learnGender(m.full, gender);
    if (m.role && !this.roles.has(m.full)) this.roles.set(m.full, m.role);
    this.mentions.push(m);
  }

  /** The fullest name the article gives `name`; a surname two people share goes to the first named. */
  expand(name: string): string {
    return this.registry.expand(name, (candidates: NameEntry[]) => {
      // Two Jeffses: news style gives the bare surname to the person introduced first (the lead's
      // subject) and keeps the first name of a relative or namesake at each mention.
      const first = candidates.reduce((x, y) => (y.order < x.order ? y : x));
      // Forms of that same person ("Warren Jeffs", "Warren Steed Jeffs"): the fullest.
      const same = candidates.filter((c) => c.tokens[0] === first.tokens[0] && c.tokens[c.tokens.length - 1] === first.tokens[first.tokens.length - 1]);
      return same.reduce((x, y) => (y.tokens.length > x.tokens.length ? y : x));
    });
  }

  /** The person a paragraph opens with as its subject ("Maria Alvarez has taught …"), a known person only. */
  subjectOf(para: number): Resolved | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.para > para) continue;
      if (m.para < para) break;
      if (m.start === 0 && m.salience === 'subject' && this.registry.isPerson(m.full)) return { speaker: m.full, role: null, person: true };
    }
    return null;
  }

  /** Resolve a speaker phrase met at (para, token) to a canonical speaker. */
  resolve(phrase: SpeakerPhrase, role: string | null, para: number, token: number): Resolved {
    switch (phrase.kind) {
      case 'name': {
        const full = canonicalSpeaker(this.expand(phrase.name ?? ''));
        if (full === '') return { speaker: null, role: null, person: false };
        this.learnGender(full, phrase.gender ?? null);
        return { speaker: full, role: tidyRole(role ?? phrase.role ?? null), person: true };
      }
      case 'org':
        return { speaker: canonicalSpeaker(phrase.name ?? ''), role: null, person: false };
      case 'pronoun':
        return this.resolvePronoun(phrase.pronoun ?? '', para, token);
      case 'role':
        return this.resolveRole(phrase, para, token);
    }
  }

  private resolvePronoun(pronoun: string, para: number, token: number): Resolved {
    const none = { speaker: null, role: null, person: false };
    if (pronoun === 'it') {
      for (let i = this.mentions.length - 1; i >= 0; i--) {
        const m = this.mentions[i];
        if (!before(m, para, token)) continue;
        if (para - m.para > REACH) break;
        if (!m.person && m.salience === 'speaker') return { speaker: m.full, role: null, person: false };
      }
      return none;
    }
    if (pronoun !== 'he' && pronoun !== 'she') return none;
    const want: Gender = pronoun === 'he' ? 'm' : 'f';
    let salient: Mention | null = null;
    let any: Mention | null = null;
    let nearby = false;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!before(m, para, token) || !m.person) continue;
      if (para - m.para > REACH) break;
      nearby = true;
      const g = this.genders.get(m.full) ?? null;
      if (g && g !== want) continue;
      any ??= m;
      if (m.salience !== 'other') {
        salient = m;
        break;
      }
    }
    // A speaker or subject within reach beats a later passing mention ("Smith said the deal,
    // signed by Blair, was historic. “…,” he said" is Smith's).
    let chosen = salient ?? any;
    // Nobody at all within reach: a long profile says "she" of its subject paragraphs after naming
    // her. Only a speaker or subject whose gender the article has shown.
    for (let i = this.mentions.length - 1; !chosen && !nearby && i >= 0; i--) {
      const m = this.mentions[i];
      if (m.person && m.salience !== 'other' && before(m, para, token) && this.genders.get(m.full) === want) chosen = m;
    }
    if (!chosen) return none;
    this.learnGender(chosen.full, want);
    return { speaker: chosen.full, role: null, person: true };
  }

  private resolveRole(phrase: SpeakerPhrase, para: number, token: number): Resolved {
    const none = { speaker: null, role: null, person: false };
    const noun = phrase.roleNoun ?? '';
    // "a spokesman said" introduces someone new; only "the spokesman" points back.
    const definite = ['the', 'this', 'that', 'his', 'her', 'its', 'their'].includes(phrase.determiner ?? '');
    if (!definite || (/s$/.test(noun) && !/ss$/.test(noun))) return none;
    const age = AGE_NOUN.exec(noun) ?? (phrase.age !== undefined ? [noun, String(phrase.age)] : null);
    const institution = INSTITUTIONS.has(noun);
    // "the 21-year-old", "the New York Democrat": a description of someone just named, never a
    // job title another person could hold: with no better match, the person in focus.
    const descriptive = age !== null || phrase.descriptor === true;
    let focus: Mention | null = null;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!before(m, para, token)) continue;
      if (para - m.para > REACH) break;
      if (!m.person) {
        // "the ministry" → "Foreign Ministry"; "the company" → the institution that last spoke.
        if (institution && (m.full.toLowerCase().split(' ').includes(noun) || (GENERIC_INSTITUTIONS.has(noun) && m.salience === 'speaker'))) {
          return { speaker: m.full, role: null, person: false };
        }
        continue;
      }
      // "Tesla said … the company said": a one-word speaker nothing marks as a person.
      if (GENERIC_INSTITUTIONS.has(noun) && m.salience === 'speaker' && !m.full.includes(' ') && !this.genders.get(m.full) && !this.registry.isPerson(m.full)) {
        return { speaker: m.full, role: null, person: false };
      }
      if (age) {
        if (this.ages.get(m.full) === Number(age[1])) return { speaker: m.full, role: null, person: true };
      } else {
        const known = m.role ?? this.roles.get(m.full) ?? null;
        if (known && roleHas(known, noun)) return { speaker: m.full, role: null, person: true };
      }
      if (descriptive && !focus && m.salience !== 'other' && para - m.para <= 1) {
        const a = this.ages.get(m.full);
        if (!age || a === undefined) focus = m;
      }
    }
    if (focus) return { speaker: focus.full, role: null, person: true };
    return none;
  }
}

const AGE_NOUN = /^(\d{1,3})-year-old$/;

/** Role nouns that name an institution, resolved to one named before ("the ministry said"). */
const INSTITUTIONS = new Set(`ministry department agency company firm government council commission committee court
  bank university party union club board authority office administration embassy army police service group
  regulator airline carmaker automaker retailer network broadcaster newspaper charity foundation institute
  league federation association organisation organization hospital school college`.split(/\s+/));

/** Institution nouns an article uses for its main organisation whatever its name. */
const GENERIC_INSTITUTIONS = new Set(['company', 'firm', 'group', 'carmaker', 'automaker', 'retailer', 'airline', 'club', 'broadcaster', 'charity']);

function before(m: Mention, para: number, token: number): boolean {
  return m.para < para || (m.para === para && m.token < token);
}

/** Drop determiners and trailing punctuation from a role. */
function tidyRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.replace(/^(?:a|an|the)\s+/i, '').replace(/[\s,.;:]+$/, '').trim();
  return r === '' ? null : r;
}
