// Section labels ("Sport", "Admissions") are ordinary words the page also writes in lower case; a
// name ("Utne", "Synergy Custom") keeps at least one word it never writes so.
import type { Block } from '../blocks.ts';

/** A page's lines joined (one string per page, kept while its blocks are): one search says no for all. */
const PAGE_TEXT = new WeakMap<readonly Block[], string>();

function pageText(blocks: readonly Block[]): string {
  let text = PAGE_TEXT.get(blocks);
  if (text === undefined) PAGE_TEXT.set(blocks, (text = blocks.map((b) => b.text).join('\n')));
  return text;
}

/** Is every word of the label (joining words aside) one the page also writes in lower case? */
export function plainWords(label: string, blocks: readonly Block[]): boolean {
  const words = label.split(/\s+/).filter((w) => !/^(?:of|on|for|&|and|the)$/i.test(w));
  return words.length > 0 && words.every((w) => {
    const lower = w.toLowerCase();
    // Capitals inside or throughout ("SFist", "DIY") mark a name.
    if (lower === w || !/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
    // A word of letters cannot straddle two joined lines: absent from the page's text, absent from each line.
    if (!pageText(blocks).includes(lower)) return false;
    // The site's own host ("neptune.ai") is no plain use of the word.
    const re = new RegExp(`(?<![\\p{L}\\p{N}.@/])${lower}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'u');
    return blocks.some((b) => b.text.includes(lower) && re.test(b.text));
  });
}
