// A byline's job line names the outlet the reporter works for, which is the page's own: ", WRAL
// multiplatform producer", "By Eric Song, IGN Staff", "Dana Reyes, Harbour Post staff writer". It counts
// above a parent company's copyright line ("© Capitol Broadcasting Company"), which names the owner, not
// the masthead. A capitalised job title alone ("Jane Doe, Senior Editor") names no outlet: the job words
// are a closed set and the outlet must keep a word the page never writes in lower case.
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { NAME_WORD as WORD } from './nameWord.ts';
import { plainWords } from './plainWords.ts';

const OUTLET = `((?:The )?${WORD}(?:(?: (?:and|of|on|&|the))? ${WORD}){0,3})`;
// Lower-case job words follow the outlet ("WRAL multiplatform producer", "Harbour Post staff writer").
const QUALIFIER = '(?:staff|senior|chief|contributing|digital|multiplatform|multimedia|investigative|political|sports|business|news|web|freelance|special|data|features?|weather|health|science|education|courts?|city|state|politics|breaking) ';
const ROLE = '(?:producer|reporter|writer|editor|correspondent|anchor|meteorologist|journalist|contributor|columnist|photographer|photojournalist|staff)';
/** The person's name before the comma is optional: many pages give it a line of its own (", WRAL producer"). */
const LEAD = "^(?:(?:By|BY) )?(?:\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})?, ";
const LOWER_ROLE = new RegExp(`${LEAD}${OUTLET} (?:${QUALIFIER}){0,2}${ROLE}s?$`, 'u');
// Capitalised: only the house-staff forms ("IGN Staff", "Harbour Post Staff Writer"); "Ap Auto Writer" is a beat.
const STAFF = new RegExp(`${LEAD}${OUTLET} (?:Staff|STAFF)(?: (?:Writer|Reporter|WRITER|REPORTER))?$`, 'u');

/** Cheap test first: a short line with a comma, ending in a job word. */
const ENDS_IN_ROLE = /(?:producer|reporter|writer|editor|correspondent|anchor|meteorologist|journalist|contributor|columnist|photographer|photojournalist|staff)s?$/i;

export function findStaffCreditCues(blocks: readonly Block[]): SourceCue[] {
  const out: SourceCue[] = [];
  for (const b of blocks) {
    if (b.words < 2 || b.words > 12 || b.text.indexOf(', ') < 0 || !ENDS_IN_ROLE.test(b.text)) continue;
    const t = b.text.trim();
    const m = LOWER_ROLE.exec(t) ?? STAFF.exec(t);
    if (!m) continue;
    const name = m[1];
    // "Jane Doe, Sports staff writer": a desk, not an outlet (the page writes "sports" too).
    if (plainWords(name, blocks) || out.some((c) => c.name === name)) continue;
    out.push({ name, kind: 'self', weight: 1.5, at: b.index, reason: 'a byline\'s job line names the outlet the reporter works for' });
  }
  return out;
}
