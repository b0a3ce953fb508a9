/**
 * Keyword gates of a line, found in one pass when the line is split off (blocks.ts) and kept on its
 * Block: which costly per-line patterns could match at all. Each group is a superset gate: every
 * match of the pattern it guards contains one of the group's literals (case aside), so a line
 * without any skips that pattern, and a line with one still runs it.
 */
import { LiteralScanner } from './literalScan.ts';

/**
 * The boilerplate families with a `keyword` gate (patterns.ts: newsletter, cookie, copyright and
 * legal, affiliate notice, disclaimer): every alternative of their regexes holds one of these, or is
 * anchored "^stay " (see STAY_OPENING), or only matches a line no longer than the family's
 * `keyword.shortLine`.
 */
const FAMILY_KEYWORDS = [
  'subscri', 'newsletter', 'sign up', 'signing up', 'mail', 'inbox', 'name', 'required', 'cookie', 'privacy', 'choices',
  'do not sell', '©', '(c)', 'copyright', 'rights reserved', 'terms', 'may not', 'support', 'readers like you', 'for free',
  'commission', 'affiliate', 'purposes', 'substitute for', 'transcript', 'archived content', 'does not constitute', 'disclaimer',
];

/**
 * Photo captions with a credit (findMedia.ts splitCaption, asked by blocks.ts only of lines with this
 * cue): every credit form holds one of these, or opens on "Above:", "Left:" and the like (see
 * CAPTION_OPENING).
 */
const CAPTION_KEYWORDS = [
  '/', '©', ')', 'photo', 'image', 'picture', 'credit', 'illustration', 'graphic', 'video', 'source', 'getty', 'reuters', 'afp',
  ', left', ', right', ', center', ', from left', 'pictured',
];

/**
 * A page naming itself inside a line (source/selfReferenceCues.ts ANYWHERE): "we at X", "X may earn a
 * commission", "Lead Writer at X", "At X, we …" (that one's literal part is ", we" or ", our").
 */
const SELF_KEYWORDS = [
  ', we', ', our', 'artner with ', 'alk to ', 'demo with ', 'call with ', 'consultation with ', 'commission', 'share of sales',
  'ffiliate', 're reading ', 'omepage', 'we at ', 'here at ', 'riter ', 'ditor ', 'eporter ', 'ontributor ', 'ournalist ',
  'olumnist ', 'orrespondent ', 'xecutive ', 'roducer ', 'ounder ', 'ounded ', 'ceo ', 'wner of ', 'ublisher of ', '-chief of ',
];

export const FAMILY_CUE = 1;
export const CAPTION_CUE = 2;
export const SELF_CUE = 4;

/** Lines longer than this get no cues: none of the gated patterns applies to them (all stop at 90 words). */
const MAX_CUE_WORDS = 90;

const SCANNER = new LiteralScanner([FAMILY_KEYWORDS, CAPTION_KEYWORDS, SELF_KEYWORDS]);

/** The anchored alternatives of the gated patterns, which no literal covers. */
const STAY_OPENING = /^stay /i;
const CAPTION_OPENING = /^(?:above|below|top|left|right)\s*:/i;

/** The cue bits of a line of `words` words (0 past MAX_CUE_WORDS). */
export function lineCues(text: string, words: number): number {
  if (words > MAX_CUE_WORDS) return 0;
  let cues = SCANNER.scan(text);
  if (!(cues & FAMILY_CUE) && STAY_OPENING.test(text)) cues |= FAMILY_CUE;
  if (!(cues & CAPTION_CUE) && CAPTION_OPENING.test(text)) cues |= CAPTION_CUE;
  return cues;
}
