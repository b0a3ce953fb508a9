/**
 * Text → URL slug: lower-case ASCII words joined by "-", accents folded (é → e). Scripts with no
 * ASCII form (CJK, Arabic, Cyrillic…) keep their letters, which browsers and static hosts serve
 * fine as UTF-8 paths. Never empty, never longer than `max` characters, never "." or "..".
 */
export function slugify(text: string, max = 80): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase();
  const words: string[] = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if ([...next].length > max) break;
    slug = next;
  }
  if (!slug && words.length) slug = [...words[0]].slice(0, max).join('');
  return slug || 'untitled';
}
