// Splits a page <title> into its headline and its site-name tail (or head).
import { loose, wordCount } from './text.ts';

/** Separators sites put between headline and site name. A colon counts only when spaced (" : "). */
const SEPARATOR = /\s+(?:\||–|—|•|·|::|:|»|«|~|\/\/|-{1,2})\s+|\s*｜\s*/g;

export interface TitleSplit {
  /** The headline part of the title. */
  head: string;
  /** Segments taken off the end (nearest first) or the start: candidate site names. */
  siteSegments: string[];
}

function segments(title: string): { parts: string[]; seps: string[] } {
  const parts: string[] = [], seps: string[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(last, m.index));
    seps.push(m[0].trim());
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(title.slice(last));
  return { parts, seps };
}

/** A domain or site-like token: "advantagefitness.com", "www.wday.ru", "INQUIRER.net". */
export const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|news|co|io|ai|gov|edu|tv|fm|me|us|uk|ca|au|in|de|fr|ru|jp|br|it|es|nl|pl|ie|nz|za|ng|ph|is|mx|ar|ch|be|at|se|no|dk|fi|kr|cn|tw|hk|sg|my|id|pk|bd|lk|ke|gh|ua|tr|gr|pt|cz|ro|hu)\b/i;

/** Written without spaces between words (Chinese, Japanese, Korean names, Thai). */
const NO_SPACE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー・々〇\p{N}A-Za-z.]+$/u;

/**
 * A segment's length in words, for "short enough to be a site name". A name in a script written without
 * spaces runs to many characters ("特許業務法人ライトハウス国際特許事務所" is one firm's name): a word per
 * five characters there, where wordCount's two would make every such name a headline.
 */
function segmentWords(seg: string): number {
  return NO_SPACE.test(seg) && /[^\x00-\x7f]/.test(seg) ? Math.ceil(seg.length / 5) : wordCount(seg);
}

/**
 * Separates the site name from the headline. `knownSites` are outlet names found elsewhere on the page
 * (copyright lines, © lines, domains): a segment matching one is certainly a site. Otherwise a short
 * trailing segment after a separator is taken as the site (how nearly every outlet builds titles);
 * a leading segment only when it is very short and confirmed or a domain.
 */
export function splitTitle(title: string, knownSites: readonly string[]): TitleSplit {
  const { parts, seps } = segments(title.trim());
  if (parts.length === 1) return { head: title.trim(), siteSegments: [] };
  const known = knownSites.map(loose).filter(Boolean);
  const confirmed = (seg: string) => {
    const l = loose(seg);
    return !!l && (DOMAIN.test(seg) || known.some((k) => k === l || k.includes(l) || l.includes(k)));
  };
  const site: string[] = [];
  let start = 0, end = parts.length;
  // Trailing segments: strip while short (a site name, a section name) and something is left.
  while (end - start > 1) {
    const seg = parts[end - 1].trim();
    const w = segmentWords(seg);
    const sep = seps[end - 2];
    if (!seg) { end--; continue; }
    const shortEnough = w <= 4 || (w <= 8 && confirmed(seg));
    // A spaced colon or hyphen tail must be confirmed or really short (title case), to keep
    // "Deals - Live" style headline parts when the page gives no evidence.
    const weakSep = sep === ':' || sep === '-' || sep === '--';
    if (!shortEnough) break;
    if (weakSep && !confirmed(seg) && w > 4) break;
    if (!confirmed(seg)) {
      // An unconfirmed segment must look like a name: no year, no possessive, not lower-case led;
      // and only the last segment, or one after the same separator as the last ("| News | Site").
      if (/\b(19|20)\d\d\b|^\p{Ll}/u.test(seg) || (w >= 3 && /['’]s\b/.test(seg))) break;
      if (site.length && sep !== seps[parts.length - 2]) break;
    }
    site.push(seg);
    end--;
  }
  // Leading segment ("Frommers | The 10 Best ..."): only when confirmed as a site.
  if (end - start > 1 && confirmed(parts[0]) && wordCount(parts[0]) <= 4) {
    site.push(parts[0].trim());
    start = 1;
  }
  let head = parts[start];
  for (let i = start + 1; i < end; i++) head += ` ${seps[i - 1]} ${parts[i]}`;
  return { head: head.trim(), siteSegments: site };
}
