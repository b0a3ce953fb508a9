// The outlet: from the title's site segment, copyright and © lines; wire credits only as a last resort.
import type { Block } from './blocks.ts';
import { DOMAIN } from './titleParts.ts';
import { loose, normaliseLine } from './text.ts';

const COPYRIGHT = /(?:©|(?<![\w)])\(c\)\s|\bcopyright\b)/i;

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
  s = s.replace(/^[\s·•|,.:-]+/, '');
  if (!s || /^(by|all|rights|reserved|this|the)$/i.test(s) || /\b(terms|privacy|policy|conditions|cookies?)\b/i.test(s)) return null;
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

// Pages name their own outlet in furniture: "More from The Spruce", "IGN may earn an affiliate commission",
// "EmailTooltester is supported by readers", "Visit The Spruce's homepage", "The Spruce is part of …".
const OUTLET = "((?:The )?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?: \\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3})";
const SELF_REFERENCE: readonly RegExp[] = [
  new RegExp(`^More from ${OUTLET}$`, 'u'),
  new RegExp(`^${OUTLET} (?:may|might|can) (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:share of sales|affiliate|commission)`, 'u'),
  new RegExp(`^${OUTLET} is (?:supported by|reader-supported|part of|a (?:registered )?trademark|owned by|an? (?:independent|online|digital))`, 'u'),
  new RegExp(`^(?:Visit|Go to) ${OUTLET}['’]s homepage`, 'u'),
  new RegExp(`^(?:About|Subscribe to|Support) ${OUTLET}$`, 'u'),
  new RegExp(`^Learn more about ${OUTLET}['’]s`, 'u'),
  new RegExp(`^Discover more from ${OUTLET}$`, 'u'),
  new RegExp(`^Thanks for reading ${OUTLET}[!.]`, 'u'),
  new RegExp(`^${OUTLET} is a participant in the Amazon`, 'u'),
];

/** The outlet as the page names itself in its furniture, or null. */
export function findSelfReference(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.words > 30) continue;
    for (const re of SELF_REFERENCE) {
      const m = re.exec(b.text);
      if (m && !/^(we|us|me|our|ours|you|your|it|this|that|the author|the editor|them|him|her|they|he|she|i)\b/i.test(m[1])) return m[1].replace(/[.,]+$/, '');
    }
  }
  return null;
}

/** Does the page mention this name outside its title (logo line, footer, "More from …")? */
export function pageMentions(blocks: readonly Block[], name: string, skip: number): boolean {
  const key = normaliseLine(name);
  if (key.length < 3) return false;
  const padded = ` ${key} `;
  for (const b of blocks) if (b.index !== skip && b.words <= 60 && ` ${b.norm} `.includes(padded)) return true;
  return false;
}

const COMMON_HOSTS = /^(facebook|twitter|x|instagram|linkedin|youtube|youtu|pinterest|tiktok|reddit|google|apple|amazon|wikipedia|github|medium|substack|wordpress|bit|t|gmail|outlook|yahoo|doi|w3|schema|example|mailchimp|disqus|gravatar|vimeo|spotify|whatsapp|telegram|flipboard|feedburner|creativecommons)$/i;
const DOMAIN_G = new RegExp(DOMAIN.source, 'gi');

/** The domain the page names most often (its e-mail addresses, "Visit example.com"), social sites aside. */
export function findSiteDomain(blocks: readonly Block[]): string | null {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.words > 60 || b.text.indexOf('.') < 0) continue;
    for (const m of b.text.matchAll(DOMAIN_G)) {
      const host = m[0].toLowerCase().replace(/^www\./, '');
      const parts = host.split('.');
      const label = parts.length > 2 && /^(co|com|net|org|gov|ac|edu)$/.test(parts[parts.length - 2]) ? parts[parts.length - 3] : parts[parts.length - 2];
      if (!label || label.length < 3 || COMMON_HOSTS.test(label) || /^(cdn|img|image|images|static|assets|media|i|s)\b|[-.](cdn|img|static)/.test(host)) continue;
      counts.set(host, (counts.get(host) ?? 0) + 1);
    }
  }
  let best: string | null = null, n = 0;
  for (const [h, c] of counts) if (c > n) { best = h; n = c; }
  // Once is a link in the story; an outlet names its own domain repeatedly (contact, footer, credits).
  return n >= 2 ? best : null;
}

const tidy = (s: string) => s.replace(/^(?:by|from)\s+/i, '').replace(/^www\./i, '').trim();

export interface SourceEvidence {
  /** Title segments taken as the site name (see splitTitle), last segment first. */
  siteSegments: readonly string[];
  /** Outlets named by copyright lines. */
  owners: readonly string[];
  /** The outlet as the page names itself ("More from X"). */
  selfReference: string | null;
  /** Title segments the page also mentions elsewhere. */
  mentioned: (seg: string) => boolean;
  /** The domain the page names most often. */
  domain: string | null;
  /** Start of the first paragraph (a wire credit). */
  firstParagraph: string;
}

export function findSource(ev: SourceEvidence): string | null {
  const { siteSegments, owners } = ev;
  // A title segment confirmed by a copyright owner, a domain, the page's own furniture or another
  // mention is the best evidence; then what the page says of itself; then the copyright owner; then an
  // unconfirmed title segment.
  const same = (a: string, b: string) => { const la = loose(a), lb = loose(b); return !!la && !!lb && (la === lb || la.includes(lb) || lb.includes(la)); };
  for (const seg of siteSegments) {
    if (owners.some((o) => same(o, seg)) || (ev.selfReference && same(ev.selfReference, seg))) return tidy(seg);
  }
  const domain = siteSegments.find((s) => DOMAIN.test(s));
  if (domain) return tidy(domain);
  const mentioned = siteSegments.find((s) => ev.mentioned(s));
  if (mentioned) return tidy(mentioned);
  if (ev.selfReference) return tidy(ev.selfReference);
  // Copyright lines often name the parent company ("NYP Holdings", "Gannett"): a title segment is
  // usually the outlet's own name, so it comes first.
  if (siteSegments.length) return tidy(siteSegments[0]);
  if (owners.length) return tidy(owners[0]);
  if (ev.domain) return ev.domain;
  for (const [re, name] of WIRES) if (re.test(ev.firstParagraph.slice(0, 200))) return name;
  return null;
}
