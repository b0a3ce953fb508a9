/**
 * General knowledge shared by the extract and link stages: names that stand for the same thing,
 * and the adjectives ("North Korean", "French") that point at a country.
 *
 * Note: this is a modest, general table (countries and a few international bodies), not a list
 * tuned to any archive; archive-specific names belong in the user's `content/aliases.yml`.
 */
import type { TopicKind } from '../../record.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const MARKS = /\p{M}/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

export interface KnownName {
  name: string;
  kind: TopicKind;
  /** Other spellings, compared case- and punctuation-insensitively (acronyms: case-sensitively). */
  aliases: string[];
}

export const KNOWN_NAMES: KnownName[] = [
  { name: 'United States', kind: 'place', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'] },
  { name: 'United Kingdom', kind: 'place', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { name: 'United Arab Emirates', kind: 'place', aliases: ['UAE', 'U.A.E.'] },
  { name: 'European Union', kind: 'organization', aliases: ['EU', 'E.U.'] },
  { name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
  { name: 'NATO', kind: 'organization', aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'World Health Organization', kind: 'organization', aliases: ['WHO'] },
  { name: 'International Monetary Fund', kind: 'organization', aliases: ['IMF'] },
  { name: 'Federal Bureau of Investigation', kind: 'organization', aliases: ['FBI'] },
  { name: 'Central Intelligence Agency', kind: 'organization', aliases: ['CIA'] },
  { name: 'Democratic Republic of the Congo', kind: 'place', aliases: ['DRC', 'DR Congo'] },
  { name: 'Czech Republic', kind: 'place', aliases: ['Czechia'] },
  { name: 'Myanmar', kind: 'place', aliases: ['Burma'] },
  { name: 'Netherlands', kind: 'place', aliases: ['Holland', 'The Netherlands'] },
];

/** Adjective or demonym → the country it names. Lower-case keys. */
export const DEMONYMS: Record<string, string> = {
  afghan: 'Afghanistan', albanian: 'Albania', algerian: 'Algeria', american: 'United States',
  argentine: 'Argentina', argentinian: 'Argentina', armenian: 'Armenia', australian: 'Australia',
  austrian: 'Austria', azerbaijani: 'Azerbaijan', bangladeshi: 'Bangladesh', belarusian: 'Belarus',
  belgian: 'Belgium', bolivian: 'Bolivia', bosnian: 'Bosnia and Herzegovina', brazilian: 'Brazil',
  british: 'United Kingdom', bulgarian: 'Bulgaria', burmese: 'Myanmar', cambodian: 'Cambodia',
  cameroonian: 'Cameroon', canadian: 'Canada', chilean: 'Chile', chinese: 'China',
  colombian: 'Colombia', congolese: 'Democratic Republic of the Congo', croatian: 'Croatia',
  cuban: 'Cuba', cypriot: 'Cyprus', czech: 'Czech Republic', danish: 'Denmark', dutch: 'Netherlands',
  ecuadorian: 'Ecuador', egyptian: 'Egypt', emirati: 'United Arab Emirates', english: 'England',
  eritrean: 'Eritrea', estonian: 'Estonia', ethiopian: 'Ethiopia', filipino: 'Philippines',
  finnish: 'Finland', french: 'France', georgian: 'Georgia', german: 'Germany', ghanaian: 'Ghana',
  greek: 'Greece', guatemalan: 'Guatemala', haitian: 'Haiti', honduran: 'Honduras',
  hungarian: 'Hungary', icelandic: 'Iceland', indian: 'India', indonesian: 'Indonesia',
  iranian: 'Iran', iraqi: 'Iraq', irish: 'Ireland', israeli: 'Israel', italian: 'Italy',
  jamaican: 'Jamaica', japanese: 'Japan', jordanian: 'Jordan', kazakh: 'Kazakhstan', kenyan: 'Kenya',
  kuwaiti: 'Kuwait', latvian: 'Latvia', lebanese: 'Lebanon', libyan: 'Libya', lithuanian: 'Lithuania',
  malaysian: 'Malaysia', mexican: 'Mexico', moldovan: 'Moldova', mongolian: 'Mongolia',
  moroccan: 'Morocco', nepali: 'Nepal', nepalese: 'Nepal', nigerian: 'Nigeria', nigerien: 'Niger',
  'north korean': 'North Korea', norwegian: 'Norway', pakistani: 'Pakistan', palestinian: 'Palestine',
  panamanian: 'Panama', paraguayan: 'Paraguay', peruvian: 'Peru', polish: 'Poland',
  portuguese: 'Portugal', qatari: 'Qatar', romanian: 'Romania', russian: 'Russia', rwandan: 'Rwanda',
  saudi: 'Saudi Arabia', scottish: 'Scotland', senegalese: 'Senegal', serbian: 'Serbia',
  singaporean: 'Singapore', slovak: 'Slovakia', slovenian: 'Slovenia', somali: 'Somalia',
  'south african': 'South Africa', 'south korean': 'South Korea', 'south sudanese': 'South Sudan',
  spanish: 'Spain', 'sri lankan': 'Sri Lanka', sudanese: 'Sudan', swedish: 'Sweden', swiss: 'Switzerland',
  syrian: 'Syria', taiwanese: 'Taiwan', tanzanian: 'Tanzania', thai: 'Thailand', tunisian: 'Tunisia',
  turkish: 'Turkey', ugandan: 'Uganda', ukrainian: 'Ukraine', uruguayan: 'Uruguay',
  uzbek: 'Uzbekistan', venezuelan: 'Venezuela', vietnamese: 'Vietnam', welsh: 'Wales',
  yemeni: 'Yemen', zambian: 'Zambia', zimbabwean: 'Zimbabwe',
};

/**
 * DEMONYMS as a Map: looking a fresh string up as an object property costs a string-table lookup, and
 * would answer the names the object inherits ("constructor" gave Object, which crashed extraction of
 * any article with the word "Constructor" in it).
 */
const DEMONYM_MAP = new Map(Object.entries(DEMONYMS));

/** The country a demonym names ("north korean" → "North Korea"), or undefined. */
export function demonymOf(key: string): string | undefined {
  return DEMONYM_MAP.get(key);
}

/**
 * The comparison key for a name: lower case, accents and punctuation dropped, spaces collapsed.
 * "U.S." and "US", "Kim Jong-un" and "Kim Jong Un", "Zürich" and "Zurich" share a key.
 */
export function nameKey(name: string): string {
  // Note: most names are plain ASCII; they skip the Unicode normalisation (it dominates the cost),
  // checked by hand since this runs several times per capitalised word.
  let spaces = false;
  let ascii = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) spaces = true;
    else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const lower = name.toLowerCase();
    if (!spaces) return lower;
    // Note: a name of single spaces between words (nearly all) is already collapsed and trimmed:
    // the regex and trim() are asked only of one with a double, leading or trailing space.
    const n = lower.length;
    if (lower.charCodeAt(0) !== 32 && lower.charCodeAt(n - 1) !== 32 && !lower.includes('  ')) return lower;
    return lower.replace(/ {2,}/g, ' ').trim();
  }
  let key = UNICODE_KEYS.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(NOT_LETTERS_OR_DIGITS, ' ')
      .trim();
    if (UNICODE_KEYS.size >= 100_000) UNICODE_KEYS.clear();
    UNICODE_KEYS.set(name, key);
  }
  return key;
}

/** Keys of names outside plain ASCII, remembered: the normalisation costs microseconds each. */
const UNICODE_KEYS = new Map<string, string>();

/** An acronym matches only when written in capitals: "US" is the country, "us" is a pronoun. */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}
