// A short "X Blog" line outside the story is the blog's masthead or its home link ("Synergy Custom Blog",
// "TRC Blog"); as often it is a section of a larger site ("Admissions Blog"), so it counts for little
// alone and mostly joins other evidence for X.
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { plainWords } from './plainWords.ts';

const BLOG_LINE = /^((?:The )?(?:\p{Lu}[\p{L}\p{N}&'’.+-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}&'’.+-]*)(?: (?:&|and|of|the|\p{Lu}[\p{L}\p{N}&'’.+-]*)){0,3}) (?:Blog|BLOG)$/u;

export function findBlogLineCues(blocks: readonly Block[], proseStart: number, proseEnd: number): SourceCue[] {
  const out: SourceCue[] = [];
  for (const b of blocks) {
    if (b.words < 2 || b.words > 5 || (b.index >= proseStart && b.index <= proseEnd)) continue;
    if (!b.text.endsWith('Blog') && !b.text.endsWith('BLOG')) continue;
    const m = BLOG_LINE.exec(b.text.trim());
    if (!m || out.some((c) => c.name === m[1])) continue;
    // "Admissions Blog", "Recipes Blog": a section of a larger site.
    if (plainWords(m[1], blocks)) continue;
    out.push({ name: m[1], kind: 'name-line', weight: 1, at: b.index, reason: 'short "X Blog" line outside the story (a masthead or home link)' });
  }
  return out;
}
