// Authors from bylines: "By X", "By X and Y", "Written by X", "Posted by X", "X, Staff Writer", "X | Staff",
// "Author: X", or a bare name line standing next to the article's date line.
import type { Block } from './blocks.ts';
import { loose } from './text.ts';

// Job titles glued to or following the name ("By Meg JamesStaff Writer", "Jane Doe, Reporter").
const ROLE = '(?:(?:senior|chief|staff|contributing|special|associate|deputy|managing|executive|political|business|sports|science|health|tech(?:nology)?|investigative|national|foreign|local|digital|freelance|assistant)\\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|staff|producer|photographer|critic|analyst|intern|team|desk)s?';
const ROLE_SUFFIX = new RegExp(`(?:(?<=\\p{Ll})|\\s*[,|–—-]\\s*|\\s+)${ROLE}\\b.*$`, 'iu');
const BYLINE = /^(?:(?:written|posted|reported|story|words|text|published|compiled|edited)\s+)?by\s*:?\s+(.+)$/i;
const LABELLED = /^(?:author|authors|writer|written by|posted by|byline|reporter)\s*[:|]\s*(.+)$/i;
const NAME_THEN = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*(?:,|\||–|—|-)\s*(.+)$/u;
const ROLE_START = new RegExp(`^${ROLE}\\b`, 'i');
const WIRE_NAME = /^(associated press|the associated press|ap|reuters|afp|agence france-presse|bloomberg|upi|cnn|staff|wire|wires|news desk|web desk)$/i;
/** A person's name: 2–4 capitalised words (particles allowed), or one word for a handle-like author. */
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|de|da|del|la|le|di|du|bin|al|el|ibn|y)\s+)*\p{Lu}[\p{L}.'’-]*){1,3}$/u;

function cleanNames(raw: string, explicit = false): string[] {
  let s = raw
    .replace(/\s*\S+@\S+.*$/, '') // e-mail and what follows
    .replace(/\s*@\w+.*$/, '')
    .replace(/\s*\b(?:updated|published|posted|last updated|on|at)\b\s*:?\s*(?:\p{Lu}[\p{Ll}]{2,}\.?\s+\d|\d|[A-Z][a-z]{2}\b).*$/u, '')
    .replace(/\s*\b(?:updated|published|posted|last updated)\b.*$/i, '')
    .replace(/\s*\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d+\s+(?:min|hour|day)s?\b).*$/i, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/\s*\((?:[^)]*)\)\s*/g, ' ');
  s = s.replace(ROLE_SUFFIX, '').replace(/\s+(?:for|of|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\s.&]*$/u, '').trim();
  const names = s.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i).map((n) => n.replace(ROLE_SUFFIX, '').replace(/^[\s,.:-]+|[\s,.:-]+$/g, '').trim()).filter(Boolean);
  // An explicit "By x" may name a handle ("admin", "aawoods"); elsewhere a name needs two words.
  const single = /^[\p{L}][\p{L}\p{N}._-]{2,24}$/u;
  return names.filter((n) => !WIRE_NAME.test(n) && n.length <= 40 && (NAME.test(n) || (explicit && names.length === 1 && single.test(n) && !/^(the|and|our|us|me|you|email|admin@)$/i.test(n))));
}

export interface AuthorResult {
  authors: string[];
  /** Block indexes of the byline lines used. */
  lines: number[];
}

/** Looks at the lines around the headline and the start of the prose (and just after it, "Write to …"). */
export function findAuthor(blocks: readonly Block[], from: number, to: number, isDateLine: (i: number) => boolean, source: string | null): AuthorResult {
  const src = source ? loose(source) : '';
  const ok = (names: string[]) => names.filter((n) => loose(n) !== src);
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const b = blocks[i];
    if (b.words > 25) continue;
    const m = BYLINE.exec(b.text) ?? LABELLED.exec(b.text);
    if (m) {
      const names = ok(cleanNames(m[1], true));
      if (names.length) return { authors: names, lines: [i] };
    }
    const r = NAME_THEN.exec(b.text);
    if (r && ROLE_START.test(r[2])) {
      const names = ok(cleanNames(r[1]));
      if (names.length) return { authors: names, lines: [i] };
    }
  }
  // A bare name line next to the date line ("Andrew King" / "September 4, 2025").
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const b = blocks[i];
    if (b.words < 2 || b.words > 4 || b.sentence || b.family || !NAME.test(b.text)) continue;
    if (!(isDateLine(i - 1) || isDateLine(i + 1))) continue;
    const names = ok(cleanNames(b.text));
    if (names.length === 1) return { authors: names, lines: [i] };
  }
  return { authors: [], lines: [] };
}
