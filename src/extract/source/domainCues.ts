// Domains the page names as its own: e-mail addresses, footer and masthead lines ("office@os-system.com",
// "TRENDING NOW ON NYPOST.COM"). Domains inside the story are mostly other sites it cites, and credit
// lines ("Source: blog.hubspot.com", "View post on imgur.com") always are.
import type { Block } from '../blocks.ts';
import { DOMAIN } from '../titleParts.ts';
import { loose } from '../text.ts';
import type { SourceCue } from './cue.ts';
import { hostLabel, isPlatformBlog } from './hostLabel.ts';
import { outletKey, sameKey } from './sameOutlet.ts';

const DOMAIN_G = new RegExp(`(@)?${DOMAIN.source}`, 'gi');
// An e-mail address names its domain whatever the ending ("content@mcj.vc", "hello@studio.design"); a
// package scope has no address before the @ ("pnpm dlx @docs.page/cli").
const EMAIL_G = /(?<=[\w.+-])(@)((?:[a-z0-9-]+\.)+[a-z]{2,12})\b(?![/@-])/gi;
const COMMON_HOSTS = /^(facebook|twitter|x|instagram|linkedin|youtube|youtu|pinterest|tiktok|reddit|google|apple|amazon|wikipedia|github|medium|substack|wordpress|bit|t|gmail|googlemail|hotmail|outlook|yahoo|icloud|proton|protonmail|aol|doi|w3|schema|example|mailchimp|disqus|gravatar|vimeo|spotify|whatsapp|telegram|flipboard|feedburner|creativecommons|gstatic|googleapis|cloudfront|akamaihd)$/i;
const HOST_HINT = /[a-z0-9-]\.[a-z]{2}/i;
const CREDIT_LINE = /^(?:source|sources|via|credit|credits|photo|photos|image|images|view (?:post|more|full|this) on|courtesy|screenshot|embed|video|pic)\b/i;

export interface DomainTally { host: string; score: number; story: number; at: number }

/** Each domain the page names, with how much the places it stands in say it is the page's own. */
export function tallyDomains(blocks: readonly Block[], proseStart: number, proseEnd: number): DomainTally[] {
  const tally = new Map<string, DomainTally>();
  for (const b of blocks) {
    // A host has a dot glued to letters on both sides; prose full stops are followed by a space.
    if (b.words > 80 || !HOST_HINT.test(b.text) || CREDIT_LINE.test(b.text)) continue;
    const inStory = b.index >= proseStart && b.index <= proseEnd;
    const found: Array<[string, boolean]> = [];
    for (const m of b.text.matchAll(DOMAIN_G)) found.push([m[0], !!m[1]]);
    if (b.text.indexOf('@') >= 0) for (const m of b.text.matchAll(EMAIL_G)) if (!DOMAIN.test(m[2])) found.push([m[0], true]);
    for (const [text, email] of found) {
      // "[cs.AI]", "Fig.IN": a lower-case name with an upper-case ending is an abbreviation, not a host.
      if (/^@?[^A-Z]+\.[A-Z]+$/.test(text)) continue;
      const host = text.replace(/^@/, '').toLowerCase().replace(/^www\./, '');
      const label = hostLabel(host);
      if (!label || label.length < 2 || COMMON_HOSTS.test(label) || /^(cdn|img|image|images|static|assets|media|i|s)\b|[-.](cdn|img|static)/.test(host)) continue;
      // An address at the domain is the site's own contact; a footer or masthead line its own link.
      const w = email ? 1 : inStory ? 0.25 : 0.5;
      const t = tally.get(host) ?? { host, score: 0, story: 0, at: b.index };
      // A domain the story keeps naming is a product it reviews: the story alone adds at most 0.5.
      if (w === 0.25) { if (t.story < 0.5) { t.story += w; t.score += w; } } else t.score += w;
      tally.set(host, t);
    }
  }
  return [...tally.values()].sort((a, b) => b.score - a.score);
}

/**
 * Domain cues (capped: a domain says less than a name the site gives itself), and short lines that
 * spell a named domain as a name ("New York Post" beside nypost.com): the form to show.
 */
export function findDomainCues(blocks: readonly Block[], proseStart: number, proseEnd: number): SourceCue[] {
  const out: SourceCue[] = [];
  for (const t of tallyDomains(blocks, proseStart, proseEnd).slice(0, 3)) {
    if (t.score < 0.5) continue;
    out.push({ name: t.host, kind: 'domain', weight: Math.min(2, t.score), at: t.at, reason: 'domain the page names as its own' });
    if (isPlatformBlog(t.host)) continue;
    const key = outletKey(t.host);
    let lines = 0;
    const first = key.squashed[0];
    for (const b of blocks) {
      // Both the label and its initials start with the name's first letter: a cheap first test.
      if (b.words > 5 || b.words < 1 || lines >= 2 || b.text[0]?.toLowerCase() !== first || b.text.indexOf('.') >= 0) continue;
      const l = loose(b.text);
      if (l.length < 3 || !sameKey(outletKey(b.text), key, true)) continue;
      out.push({ name: b.text.trim(), kind: 'name-line', weight: 0.5, at: b.index, reason: 'short line spelling the page\'s domain as a name' });
      lines++;
    }
  }
  return out;
}
