// A news site heads its own story lists with its name: "Other WRAL Top Stories", "More Harbour Post
// Stories". The same heading names a section as often ("More Sports Stories", "Other Local Stories"):
// a section's words are ones the page also writes in lower case, a masthead keeps one it never does.
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { NAME_WORD as WORD } from './nameWord.ts';
import { plainWords } from './plainWords.ts';

const STORY_LIST = new RegExp(`^(?:Other|More) ((?:The )?${WORD}(?: ${WORD}){0,3}?) (?:Top )?Stories$`, 'u');
// List words that are never a name ("More Top Stories", "Other Related Stories").
const LIST_WORD = /^(?:top|related|recent|latest|popular|trending|featured|similar|great|local|news)$/i;

export function findStoryListCues(blocks: readonly Block[]): SourceCue[] {
  for (const b of blocks) {
    if (b.words < 3 || b.words > 7 || !b.text.endsWith('Stories')) continue;
    const m = STORY_LIST.exec(b.text.trim());
    if (!m || m[1].split(' ').every((w) => LIST_WORD.test(w)) || plainWords(m[1], blocks)) continue;
    return [{ name: m[1], kind: 'self', weight: 1, at: b.index, reason: 'a story list headed with the site\'s name ("Other X Stories")' }];
  }
  return [];
}
