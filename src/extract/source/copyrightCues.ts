// The owner a copyright line names: the outlet itself ("© 2025 RunToTheFinish") or, often, its parent
// company ("© 2019 NYP Holdings, Inc."), which counts for less.
import type { Block } from '../blocks.ts';
import type { SourceCue } from './cue.ts';
import { wordCount } from '../text.ts';

export const COPYRIGHT = /(?:©|(?<![\w)])\(c\)\s|\bcopyright\b)/i;

/** The outlet named by a copyright line: "© Copyright 1997-2024 INQUIRER.net | All Rights Reserved" → "INQUIRER.net". */
export function copyrightOwner(line: string): string | null {
  return copyrightClaim(line)?.owner ?? null;
}

// Words that make an owner a company rather than a masthead ("Hearst Magazines, Inc.", "FrommerMedia LLC").
const COMPANY_WORD = /\b(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|corp|corporation|plc|s\.a|holdings?|group|media|company|co|magazines|broadcasting|communications|publishing|publications|enterprises|ventures|networks?|partners)\b\.?/i;
const AFTER_OWNER = /^[\s,]*(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|corp|corporation|plc|s\.a|co)\b/i;
const COMPANY_TAIL = /(?:[\s,]+(?:inc|llc|ltd|limited|gmbh|corp(?:oration)?|plc|s\.a|co|holdings?|group|media|company|magazines|broadcasting|communications|publishing|publications|enterprises|ventures|networks?|partners)\.?)+$|(?<=\p{Ll})(?:Media|Group|Holdings)$/iu;

export interface CopyrightClaim {
  owner: string;
  /** The owner is a company name (a parent of the outlet, as often as not). */
  company: boolean;
  /** The owner without its company words, for recognising the outlet ("NYP Holdings" → "NYP"). */
  stem: string;
}

export function copyrightClaim(line: string): CopyrightClaim | null {
  const at = line.search(COPYRIGHT);
  if (at < 0) return null;
  // "SFist © 2025 • SFist Jobs": a short name before the sign is the owner.
  const before = line.slice(0, at).replace(/[\s,:|•·∙–—-]+$/, '').trim();
  if (before && /^\p{Lu}\p{L}/u.test(before) && wordCount(before) <= 4 && !/[:;!?]/.test(before) && !/\b(?:photo|image|credit|text|content|all|rights)\b/i.test(before)) {
    return claimFor(before, line.slice(at));
  }
  let s = line.slice(at)
    .replace(/(?:©|\(c\)|\bcopyright\b|\bcopr\.)/gi, ' ')
    // Years and ranges, open ones included ("2014-present").
    .replace(/\b(19|20)\d\d\s*(?:[-–—]\s*(?:(?:19|20)?\d\d|present|now|today))?\b/gi, ' ')
    .replace(/^[\s,.:-]+/, '')
    // "Copyright 2026 by Capitol Broadcasting Company".
    .replace(/^[\s,.:|•·∙–—-]+/, '')
    .replace(/^(?:by|of)\s+/i, '');
  // The owner ends at the next separator or sentence end (a dot inside a domain does not end it).
  s = s.split(/\s+[|•·∙–—-]\s+|\s*[|•·∙]\s*|[.;,]\s+|\s+all rights reserved|\s+alle rechte|\.\s*$/i)[0] ?? '';
  const raw = s.replace(/[\s,.:]+$/, '').trim();
  s = s.replace(/\b(all rights reserved|the|inc|llc|ltd|limited|gmbh|corp(oration)?|plc|s\.a\.|co)\b\.?\s*$/gi, (m) => (/^the$/i.test(m.trim()) ? m : ''))
    .replace(/[\s,.:]+$/, '').trim();
  if (!s || s.length > 60 || !/\p{L}/u.test(s)) return null;
  s = s.replace(/^[\s·•|,.:–—-]+/, '');
  // Legal prose around the sign is no owner ("Copyright and License information", "copyright notice").
  if (/^(?:and|or|of|for|to|in|on|with|notice|information|licen[cs]e|policy|infringement|claims?|owners?|holders?|laws?|act|protected|material|content)\b/i.test(s)) return null;
  // Theme, designer and maker credits share the footer line: "Site by Pretty Pink Studio", "Glam Theme on
  // Genesis", "Made with love by Krystyna".
  if (/\b(?:theme|site by|powered by|designed by|design by|built by|developed by|made (?:with [^|]{1,16} )?by|framework|wordpress)\b/i.test(s)) return null;
  if (!s || /^(by|all|rights|reserved|this|the|present)$/i.test(s) || /\b(terms|privacy|policy|conditions|cookies?)\b/i.test(s)) return null;
  const after = line.slice(line.indexOf(s) + s.length);
  return claimFor(s, raw + after.slice(0, 30));
}

function claimFor(owner: string, context: string): CopyrightClaim {
  // What follows the owner on the line may carry the company word the owner lost ("NYP Holdings, Inc.").
  const company = COMPANY_WORD.test(owner) || AFTER_OWNER.test(context.slice(context.indexOf(owner) + owner.length)) || /(?<=\p{Ll})(?:Media|Group|Holdings)$/u.test(owner);
  const stem = owner.replace(COMPANY_TAIL, '').trim() || owner;
  return { owner, company, stem };
}

/** Outlet names the page states in copyright/© lines (last ones first: footers come last). */
export function findCopyrightOwners(blocks: readonly Block[]): string[] {
  return findCopyrightClaims(blocks).map((c) => c.claim.owner);
}

const PHOTO_CREDIT = /\b(?:photo|photograph|image|picture|credit|illustration|getty|shutterstock|istock|depositphotos|alamy|unsplash)s?\b/i;

function findCopyrightClaims(blocks: readonly Block[]): Array<{ claim: CopyrightClaim; at: number }> {
  const out: Array<{ claim: CopyrightClaim; at: number }> = [];
  for (let i = blocks.length - 1; i >= 0 && out.length < 4; i--) {
    const b = blocks[i];
    // Photo credits ("Image credit: © Depositphotos.com/…") name the photographer or agency, not the outlet.
    if (b.words > 40 || !COPYRIGHT.test(b.text) || PHOTO_CREDIT.test(b.text)) continue;
    const claim = copyrightClaim(b.text);
    if (claim && !out.some((o) => o.claim.owner === claim.owner)) out.push({ claim, at: b.index });
  }
  return out;
}

/** Copyright owners as evidence: the footer's own line counts most, a company name half as much. */
export function findCopyrightCues(blocks: readonly Block[]): SourceCue[] {
  return findCopyrightClaims(blocks).map(({ claim, at }, i) => ({
    name: claim.owner,
    alt: claim.stem !== claim.owner && claim.stem.length >= 3 ? [claim.stem] : undefined,
    kind: 'copyright' as const,
    company: claim.company,
    // The footer's line (near the end) is the site's; one higher up may belong to embedded content.
    weight: (claim.company ? 1 : 2) * (i === 0 ? 1 : 0.5) * (at >= blocks.length * 0.6 ? 1 : 0.5),
    at,
    reason: claim.company ? 'copyright line naming a company (often the parent)' : 'copyright line naming the owner',
  }));
}
