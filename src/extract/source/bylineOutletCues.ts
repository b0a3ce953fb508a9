// A newspaper chain's byline gives the reporter's paper right after the name, with no separator at all:
// "Elliot Brownstein Florida Today", "By Dana Reyes Harbour Post". That paper is the page's own outlet,
// and it outvotes the chain's copyright line ("© Copyright Gannett"), which names the owner. Only the
// line the author finder took as the byline counts (headings such as "Martha Knows Best" are never one),
// and only the glued form: after a comma or a bar the words are as often an affiliation ("Shelia Cotten,
// Clemson University") or a partner desk ("| The Texas Newsroom") as the outlet. A byline that signs as
// the house ("Podium Staff", "AAA Travel Editor") names the site too.
import { lexiconTags } from '../entities/lexicon.ts';
import type { Block } from '../blocks.ts';
import { hasFirstName } from '../isPersonName.ts';
import type { SourceCue } from './cue.ts';
import { NAME_WORD as OUTLET_WORD } from './nameWord.ts';
import { plainWords } from './plainWords.ts';
import { SECTION_WORD } from './sectionWord.ts';

/** A capitalised or all-capitals word ("Florida", "TODAY", "NJ.com" is left to the domain cues). */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u;
/** Job titles follow a name as often ("Emma Ryan Lead Writer", "Oliver Simpson Senior Research Executive"). */
const JOB_WORD = /^(?:writer|editor|reporter|correspondent|columnist|contributor|producer|anchor|journalist|photographer|staff|executive|director|manager|officer|founder|co-founder|president|chair|head|lead|senior|chief|intern|analyst|researcher|specialist|consultant|strategist|designer|developer|engineer|author|host|team)$/i;
// The rest may still be the person's name going on ("Megan Leanda Berry Smith", "Mary Anne Van Buren"):
// it then ends in a word the lexicon knows as a surname, or opens with a surname particle.
const isSurname = (w: string): boolean => {
  return lexiconTags(w.toLowerCase()).some((x) => /LastName|FirstName|MaleName|FemaleName|Person/.test(x));
};
const PARTICLE = /^(?:van|von|de|del|della|der|den|da|di|du|la|le|st|mac|bin|ibn|al|el|ben|ter)$/i;

/** A byline's lead word. */
const BY = /^(?:by|BY|By):?\s+/;

/** Weight above a lone copyright line (2): a reporter's own paper beats its chain's ©. */
const WEIGHT = 2.5;

/**
 * The outlet glued to a byline's name: the person is a 2–3 word name opening with a known first name,
 * the rest 2–4 capitalised words that are not themselves a name ("Megan Leanda Berry" is one person)
 * and keep a word the page never writes in lower case (a desk such as "Sports Desk" fails that).
 */
export function outletAfterName(line: string, blocks: readonly Block[]): { person: string; outlet: string } | null {
  const text = line.trim().replace(BY, '');
  if (!text || /[,|•·:;@()/\d–—]/.test(text) || / - /.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length < 4 || words.length > 7) return null;
  for (const k of [2, 3]) {
    const person = words.slice(0, k).join(' ');
    const rest = words.slice(k);
    if (rest.length < 2 || rest.length > 4 || !rest.every((w) => NAME_WORD.test(w))) continue;
    if (rest.some((w) => JOB_WORD.test(w))) continue;
    // Mixed case and no possessive: "SKIP TO MAIN CONTENT" is a menu, "Ryan Reed's Most Recent Stories" a heading.
    if (!words.slice(0, k).every((w) => /^\p{Lu}\p{Ll}*(?:['’]\p{Lu})?[\p{L}.-]*$/u.test(w) && /\p{Ll}/u.test(w)) || !hasFirstName(person)) continue;
    const outlet = rest.join(' ');
    if (isSurname(rest[rest.length - 1]) || PARTICLE.test(rest[0])) continue;
    if (plainWords(outlet, blocks)) continue;
    return { person, outlet };
  }
  return null;
}

// The house signing a story: "InstaTunnel Team", "Podium Staff", "AAA Travel Editor, SMT", "Team
// SimplyThrilled". The words before the role name the site when they are a name, not a job or a desk
// ("Senior Editor", "Marketing Team": a job, a department, or words the page writes in lower case).
const HOUSE = /^(?:by:?\s+)?(?:the\s+)?(\S+(?:\s+\S+){0,3}?)\s+(?:editorial\s+)?(?:team|staff|editors?|newsroom|desk|writers)(?:\s*,\s*[\p{L}. ]{1,30})?$/iu;
const TEAM_OF = /^(?:by:?\s+)?team\s+(\S+(?:\s+\S+){0,2})$/iu;
const NAME_SHAPE = new RegExp(`^${OUTLET_WORD}$`, 'u');
const JOB_QUALIFIER = /^(?:senior|managing|executive|associate|assistant|deputy|contributing|copy|photo|video|social|digital|web|staff|guest|content|chief|lead|editorial|news|our|your|site|blog|author|admin|marketing|sales|product|engineering|support|success|communications|pr|design|research|data|growth|hr|operations|legal|it|dev|devrel|community|partnerships)$/i;
const ROLE_CASE = /^(?:(?:(?:by|By|BY):?\s+)?(?:Team|TEAM)\s|.*\s(?:Team|TEAM|Staff|STAFF|Editors?|EDITORS?|Newsroom|NEWSROOM|Desk|DESK|Writers|WRITERS)(?:\s*,.*)?$)/;
const LINK_WORD = /^(?:the|a|an|meet|join|contact|about|public|what|our|your|my|all|view|see|email)$/i;
const HOUSE_WEIGHT = 1.5;

/** The house named by a byline that signs as a team, a staff or a desk editor; null for a person or a job. */
export function houseByline(line: string, blocks: readonly Block[]): string | null {
  const t = line.trim();
  const m = HOUSE.exec(t) ?? TEAM_OF.exec(t);
  // The role is capitalised in a signature ("Podium Staff"); "Drag-and-drop editor" is a product feature.
  if (!m || !ROLE_CASE.test(t)) return null;
  const words = m[1].split(/\s+/);
  // A desk word closing the name ("AAA Travel Editor") belongs to the role.
  while (words.length > 1 && SECTION_WORD.test(words[words.length - 1])) words.pop();
  if (!words.every((w) => NAME_SHAPE.test(w)) || words.some((w) => JOB_QUALIFIER.test(w) || SECTION_WORD.test(w))) return null;
  const name = words.join(' ');
  // "Meet The Team", "Join BBK Team" are links; "Heather LeahWeb Editor" a person with the role glued on.
  if (LINK_WORD.test(words[0]) || hasFirstName(name)) return null;
  // "MARKETING TEAM" in capitals is judged as "Marketing".
  const asWritten = words.map((w) => (/^\p{Lu}{4,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  if (plainWords(asWritten, blocks)) return null;
  return name;
}

/** Cues from the byline lines the author finder used (`bylines`: their block indexes). */
export function findBylineOutletCues(blocks: readonly Block[], bylines: readonly number[]): SourceCue[] {
  const out: SourceCue[] = [];
  for (const i of bylines) {
    const b = blocks[i];
    if (!b || b.words > 8) continue;
    const m = outletAfterName(b.text, blocks);
    if (m && !out.some((c) => c.name === m.outlet)) {
      out.push({ name: m.outlet, kind: 'self', weight: WEIGHT, at: i, reason: 'the byline glues the reporter\'s paper to the name ("Jane Doe Harbour Post")' });
      continue;
    }
    const house = houseByline(b.text, blocks);
    if (house && !out.some((c) => c.name === house)) out.push({ name: house, kind: 'self', weight: HOUSE_WEIGHT, at: i, reason: 'the byline signs as the house ("X Team", "X Staff", "X Travel Editor")' });
  }
  return out;
}
