// A line made only of names is a byline: "Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra", or a
// paper's author line with affiliation marks, "Aditya Mahindru 1,✉, Pradeep Patil 1, Varun Agrawal 1".
import { NAME, ORG_WORD, WIRE_NAME } from './shapes.ts';
import { isPersonName } from '../isPersonName.ts';

/** Affiliation numbers and marks after a name ("1,✉", "2", "1,*"), up to the next separator. */
const AFFILIATION = /(?<=\p{L})\s*\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,?\s*[✉*†‡§]+)?(?=\s*(?:[,;&]|\band\b|$))|(?<=\p{L})\s*[✉*†‡§]+/gu;
/** Words run together ("EmployeePhones"); a capital after a short prefix is a name ("DeArdo", "McCall", "LaToya"). */
const GLUED = /\p{Lu}\p{Ll}{3,}\p{Lu}/u;
/** Menus are full of acronyms ("AI Employee"); names have at most initials ("J. R. Smith"). */
const ACRONYM = /\p{Lu}{2,}/u;
const SEPARATOR = /\s*(?:,|;|&|\band\b)\s*/;

/** The names of a line that holds two or more people's names and nothing else; [] otherwise. */
export function findNameList(text: string, words: number): string[] {
  if (words < 4 || words > 60 || !/[,&]|\band\b/.test(text)) return [];
  const parts = text.replace(AFFILIATION, '').split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  // Every part a name-shaped phrase, no organisation; a stray unknown-looking one is tolerated in a long list.
  if (!parts.every((p) => NAME.test(p) && !ORG_WORD.test(p) && !WIRE_NAME.test(p) && !GLUED.test(p) && !ACRONYM.test(p))) return [];
  const people = parts.filter((p) => isPersonName(p)).length;
  if (people < parts.length - (parts.length >= 4 ? 1 : 0)) return [];
  return [...new Set(parts)];
}
