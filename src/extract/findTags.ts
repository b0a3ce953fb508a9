// Tags from a "TAGS: a, b, c" / "Topics: …" / "Filed under: …" line.
const TAG_LINE = /^(?:tags?|topics?|tagged(?: with| in)?|filed under|keywords?)\s*[:|]\s*(.+)$/i;

export function findTags(line: string): string[] | null {
  const m = TAG_LINE.exec(line);
  if (!m) return null;
  const tags = m[1].split(/\s*(?:,|;|\||•|·)\s*/).map((t) => t.trim().replace(/^#/, '')).filter((t) => t && t.length <= 60);
  return tags.length ? [...new Set(tags)] : null;
}
