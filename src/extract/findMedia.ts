// Photo captions and credits: kept as `media`, never as body.
import type { Media } from '../record.ts';

/** A credit opening in capitals (a module constant: see text.ts on \p{…} literals under tsx). */
const CAPITALS_START = /^\p{Lu}{2,}/u;

// A credit closing a caption: "REUTERS/Kevin Lamarque", "AP Photo/Jane Doe", "(Reed Saxon / Associated Press)",
// "Photograph by Robyn Beck/AFP/Getty Images", "Photo: Jane Doe", "Image credit: © Depositphotos.com/x".
const CREDIT_TAIL: readonly RegExp[] = [
  /\s*\(((?:(?:photo|image|picture|photograph|credit|illustration|file)s?(?: credit)?\s*(?:by|:)?\s*)?[^()]{2,80}?(?:\/|\bvia\b|getty|reuters|afp|\bap\b|associated press|shutterstock|istock|epa|handout)[^()]{0,60})\)\s*$/i,
  /\s*((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph|[Pp]hotography|[Ii]llustration|[Gg]raphic|[Vv]ideo|PHOTO|IMAGE)s?(?: [Cc]redit)?\s*(?:by|:|©)\s*[\p{Lu}©][^.!?]{1,90})\.?\s*$/u,
  /\s*((?:credit|source)\s*:\s*[^.!?]{2,80})\.?\s*$/i,
  /\s*(©\s*[^.!?]{2,80})\.?\s*$/,
  /\s+((?:\p{Lu}[\p{Lu}\p{Ll}.'&-]*\s?){1,4}(?:\s*\/\s*(?:\p{Lu}[\p{L}.'&-]*)(?:\s+\p{Lu}[\p{L}.'&-]*){0,3}){1,3})\s*$/u,
];

/**
 * For each CREDIT_TAIL pattern, a cheap test every line it matches passes: a character or word the
 * pattern requires. The patterns are tried at every position of the line, so a line without the
 * required piece skips them (same results, a fraction of the time on prose lines with a "/" or "source").
 */
const CREDIT_GATE: readonly ((line: string) => boolean)[] = [
  // "(… / Getty)": the line ends (trailing white space aside, the same set as \s) with ")".
  (l) => l.trimEnd().endsWith(')'),
  // "Photo by …", "PHOTO: …": one of the pattern's case-spelled keywords.
  (l) => /hoto|mage|icture|llustration|raphic|ideo|PHOTO|IMAGE/.test(l),
  (l) => /credit|source/i.test(l),
  (l) => l.includes('©'),
  (l) => l.includes('/'),
];

// A whole line that is only a credit.
const CREDIT_ONLY =
  /^\(?\s*(?:(?:photo|image|picture|photograph|illustration|graphic|video)s?(?: credit)?\s*(?:by|:|©)|credit\s*:|©|(?:getty images|shutterstock|istock|reuters|afp|ap photo|associated press)\b|[^()]{2,60}\s*\/\s*(?:getty images|associated press|ap|afp|reuters|epa|shutterstock|the [\p{L} ]+))[^]{0,100}\)?\s*$/iu;

export interface CaptionSplit {
  caption: string;
  credit: string;
}

/** Splits a caption line into its text and its trailing credit, or null when the line has no credit. */
/** A caption that names no credit still reads like one: "X, left, and Y …", "Above: …", "pictured". */
const CAPTION_SHAPE = /^(above|below|top|pictured|photo|image|left|right)\s*:|,\s*(left|right|center|centre|from left|second from (left|right))\s*,|\((left|right|from left|center)\)|\bpictured\b/i;

export function splitCaption(line: string): CaptionSplit | null {
  for (let k = 0; k < CREDIT_TAIL.length; k++) {
    if (!CREDIT_GATE[k](line)) continue;
    const re = CREDIT_TAIL[k];
    const m = re.exec(line);
    if (!m || m.index === 0) continue;
    const caption = line.slice(0, m.index).trim();
    // A caption is a description: it needs some words before the credit, and the credit must look like
    // a credit (the slash form needs an upper-case agency or name, checked by the regex itself).
    if (caption.split(/\s+/).length < 4) continue;
    // The bare forms ("© X", "REUTERS/Name") need the caption sentence to be finished before them.
    if ((re === CREDIT_TAIL[3] || re === CREDIT_TAIL[4]) && !/[.!?)"”’]$/.test(caption)) continue;
    if (re === CREDIT_TAIL[4] && !CAPITALS_START.test(m[1]) && !/\/\s*(?:getty|reuters|afp|ap\b|associated|epa|shutterstock)/i.test(m[1])) continue;
    return { caption, credit: m[1].trim().replace(/^\(|\)$/g, '') };
  }
  if (CAPTION_SHAPE.test(line) && line.length < 600) return { caption: line.replace(/^(above|below)\s*:\s*/i, ''), credit: '' };
  return null;
}

export function isCreditOnly(line: string, words: number): boolean {
  return words <= 14 && CREDIT_ONLY.test(line);
}

export function toMedia(split: CaptionSplit): Media {
  return { caption: split.caption, credit: split.credit || null };
}
