// People named outside a byline, for pages with none: an editorial note under the headline ("…fact-checked
// and edited by HomeAdvisor Editor Ryan Noonan.") and a blog post's sign-off ("<3 Myles Katherine",
// "Cheers, Dana Whitfield").
import type { Block } from '../blocks.ts';
import { isPersonName } from '../isPersonName.ts';

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
/** "…edited by [Outlet] Editor Jane Doe.": the person named after a job, at the end of a note. */
const EDITOR_NOTE = new RegExp(`\\b(?:written|edited|reviewed|fact-checked|reported)\\s+by\\s+(?:\\p{Lu}[\\p{L}\\d&'’-]*\\s+){0,3}?(?:(?:senior|managing|staff|deputy|contributing)\\s+)?(?:editor|writer|reporter)\\s+(${NAME})\\.?$`, 'iu');
/** A closing salutation and a name, alone on a line. */
const SIGN_OFF = new RegExp(`^(?:<3|♥|❤️?|xo(?:xo)?|love|cheers|warmly|best|best wishes|with love|until next time|happy \\p{L}+ing)[,!.]*\\s*[-–—]?\\s*(${NAME})$`, 'iu');

/** The person an editorial note in `from`..`to` names after their job, or []. */
export function findEditorNote(blocks: readonly Block[], from: number, to: number): string[] {
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    if (blocks[i].words > 40) continue;
    const m = EDITOR_NOTE.exec(blocks[i].text);
    if (m && isPersonName(m[1])) return [m[1]];
  }
  return [];
}

/**
 * The name signing off the article's last lines (`end` is its last prose block), or []. The window reaches
 * well back: a disclaimer or a subscribe box after the sign-off is often still counted as prose.
 */
export function findSignOff(blocks: readonly Block[], end: number): string[] {
  for (let i = Math.max(0, end - 20); i <= Math.min(blocks.length - 1, end + 3); i++) {
    if (blocks[i].words > 5) continue;
    const m = SIGN_OFF.exec(blocks[i].text.trim());
    if (m && isPersonName(m[1])) return [m[1]];
  }
  return [];
}
