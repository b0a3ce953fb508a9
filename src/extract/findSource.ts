// The outlet: from the title's site segment, copyright and © lines; wire credits only as a last resort.
import type { Block } from './blocks.ts';
import { DOMAIN } from './titleParts.ts';
import { loose } from './text.ts';

const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)/i;

/** The outlet named by a copyright line: "© Copyright 1997-2024 INQUIRER.net | All Rights Reserved" → "INQUIRER.net". */
export function copyrightOwner(line: string): string | null {
  const at = line.search(COPYRIGHT);
  if (at < 0) return null;
  let s = line.slice(at)
    .replace(/(?:©|\(c\)|\bcopyright\b|\bcopr\.)/gi, ' ')
    .replace(/\b(19|20)\d\d\s*(?:[-–—]\s*(19|20)?\d\d)?\b/g, ' ')
    .replace(/^[\s,.:-]+/, '');
  // The owner ends at the next separator or sentence end (a dot inside a domain does not end it).
  s = s.split(/\s+[|•·–—-]\s+|\s*\|\s*|[.;,]\s+|\s+all rights reserved|\s+alle rechte|\.\s*$/i)[0] ?? '';
  s = s.replace(/\b(all rights reserved|the|inc|llc|ltd|limited|gmbh|corp(oration)?|plc|s\.a\.|co)\b\.?\s*$/gi, (m) => (/^the$/i.test(m.trim()) ? m : ''))
    .replace(/[\s,.:]+$/, '').trim();
  if (!s || s.length > 60 || !/\p{L}/u.test(s)) return null;
  if (/^(by|all|rights|reserved|this|the)$/i.test(s)) return null;
  return s;
}

/** Outlet names the page states in copyright/© lines (last ones first: footers come last). */
export function findCopyrightOwners(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (let i = blocks.length - 1; i >= 0 && out.length < 4; i--) {
    const b = blocks[i];
    if (b.words > 40 || !COPYRIGHT.test(b.text)) continue;
    const owner = copyrightOwner(b.text);
    if (owner && !out.includes(owner)) out.push(owner);
  }
  return out;
}

const WIRES: ReadonlyArray<[RegExp, string]> = [
  [/\((AP)\)|\bAssociated Press\b/, 'Associated Press'],
  [/\(Reuters\)|\bReuters\b/, 'Reuters'],
  [/\(AFP\)|\bAgence France-Presse\b/, 'AFP'],
  [/\(UPI\)/, 'UPI'],
];

export function findSource(siteSegments: readonly string[], owners: readonly string[], firstParagraph: string): string | null {
  // A title segment confirmed by a copyright owner is the best evidence; then any title segment that
  // looks like a name (a site segment after a separator), then the copyright owner alone.
  for (const seg of siteSegments) {
    const l = loose(seg);
    if (owners.some((o) => { const lo = loose(o); return lo === l || lo.includes(l) || l.includes(lo); })) return seg;
  }
  const named = siteSegments.find((s) => DOMAIN.test(s)) ?? siteSegments[0];
  if (named) return named;
  if (owners.length) return owners[0];
  for (const [re, name] of WIRES) if (re.test(firstParagraph.slice(0, 200))) return name;
  return null;
}
