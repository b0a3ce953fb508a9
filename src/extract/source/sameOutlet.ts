// Do two names point at one outlet? "Housecall Pro" ~ housecallpro.com, "New York Post" ~ nypost.com,
// "Digjitale" ~ "Digjitale Signal", "Frommers" ~ "Frommer".
import { loose } from '../text.ts';
import { hostLabel, isHost } from './hostLabel.ts';

export interface OutletKey {
  /** loose() form without a leading "the". */
  words: string;
  /** The same without spaces. */
  squashed: string;
  /** Initials forms: "nyt" and "nypost" for "New York Post". */
  initials: readonly string[];
}

export function outletKey(name: string): OutletKey {
  const label = isHost(name) ? hostLabel(name) : null;
  const words = loose(label ?? name).replace(/^the /, '');
  const parts = words.split(' ').filter(Boolean);
  const initials = parts.length > 1 ? [parts.map((w) => w[0]).join(''), parts.slice(0, -1).map((w) => w[0]).join('') + parts[parts.length - 1]] : [];
  return { words, squashed: words.replace(/ /g, ''), initials };
}

/** strict: the whole name only (equal, or spelled by initials), no name inside another. */
export function sameKey(a: OutletKey, b: OutletKey, strict = false): boolean {
  if (!a.squashed || !b.squashed) return false;
  if (a.squashed === b.squashed) return true;
  if (strict) return (!a.words.includes(' ') && b.initials.includes(a.words)) || (!b.words.includes(' ') && a.initials.includes(b.words));
  // A plural or possessive s: "Frommers" ~ "Frommer".
  const [s, l] = a.squashed.length <= b.squashed.length ? [a, b] : [b, a];
  if (s.squashed.length >= 4 && l.squashed.length - s.squashed.length === 1 && l.squashed.startsWith(s.squashed) && l.squashed.endsWith('s')) return true;
  // One name inside the other as whole words ("Digjitale" ~ "Digjitale Signal"); short names only whole.
  if (s.squashed.length >= 4 && ` ${l.words} `.includes(` ${s.words} `)) return true;
  // A host spelled with initials ("nypost" ~ "New York Post").
  if (!a.words.includes(' ') && b.initials.includes(a.words)) return true;
  if (!b.words.includes(' ') && a.initials.includes(b.words)) return true;
  return false;
}

export function sameOutlet(a: string, b: string): boolean {
  return sameKey(outletKey(a), outletKey(b));
}
