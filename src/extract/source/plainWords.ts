// Section labels ("Sport", "Admissions") are ordinary words the page also writes in lower case; a
// name ("Utne", "Synergy Custom") keeps at least one word it never writes so.
import type { Block } from '../blocks.ts';

/** Is every word of the label (joining words aside) one the page also writes in lower case? */
export function plainWords(label: string, blocks: readonly Block[]): boolean {
  const words = label.split(/\s+/).filter((w) => !/^(?:of|on|for|&|and|the)$/i.test(w));
  return words.length > 0 && words.every((w) => {
    const lower = w.toLowerCase();
    // Capitals inside or throughout ("SFist", "DIY") mark a name.
    if (lower === w || !/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
    // The site's own host ("neptune.ai") is no plain use of the word.
    const re = new RegExp(`(?<![\\p{L}\\p{N}.@/])${lower}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'u');
    return blocks.some((b) => b.text.includes(lower) && re.test(b.text));
  });
}
