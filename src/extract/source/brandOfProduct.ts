// A product line's name glued to its maker's ("arXivLabs", "AcmeCloud") heads the product's own
// box on the page; the site is the maker, whose bare name the page then uses on other lines ("arXiv is
// committed to…", "arXiv Operational Status"). Spaced forms ("Rust Blog", "Harbour Post Jobs") are left
// alone: a blog or section with its own name is as often the site itself.
import type { Block } from '../blocks.ts';

const GLUED = /^(\p{L}[\p{L}\p{N}]*?\p{Ll})(Labs?|Blog|News|Plus|Pro|Studio|Cloud|Hub|Academy|Insights|Community|Shop|Store|TV|Kids|Learn|Jobs|Careers)$/u;
/** The maker's bare name must stand alone on this many lines. */
const MIN_LINES = 2;

/** The maker's name when `name` is its product glued to a suffix and the page uses the bare name; else null. */
export function brandOfProduct(name: string, blocks: readonly Block[]): string | null {
  const m = GLUED.exec(name);
  if (!m || m[1].length < 3) return null;
  const head = m[1];
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  let lines = 0;
  for (const b of blocks) {
    if (b.text.includes(head) && alone.test(b.text) && ++lines >= MIN_LINES) return head;
  }
  return null;
}
