/**
 * Lines that recur across the archive's articles from one outlet are that outlet's template
 * ("Follow us on X for breaking news", a standing promo), whatever they say, even when they read
 * like prose and slipped past the per-page classifier. A short body paragraph counts as template
 * when it stands in at least MIN_ARTICLES different articles of the outlet and in at least
 * MIN_SHARE of them. Copies of one article (duplicates) count once, or every line of an article
 * saved four times would look like template.
 */
export const MIN_ARTICLES = 4;
export const MIN_SHARE = 0.4;
/** Longer paragraphs are reporting, even when an outlet repeats them (a standing background paragraph). */
export const MAX_TEMPLATE_CHARS = 200;

export interface TemplateInput {
  file: string;
  source: string | null;
  /** normaliseLine() keys of the article's body paragraphs. */
  bodyKeys: string[];
}

/** outlet → its template lines (as keys), for outlets that have any. */
export function findTemplateLines(articles: TemplateInput[], isDuplicate: (file: string) => boolean = () => false): Map<string, Set<string>> {
  const byOutlet = new Map<string, TemplateInput[]>();
  for (const a of articles) {
    if (!a.source || isDuplicate(a.file)) continue;
    const list = byOutlet.get(a.source) ?? [];
    list.push(a);
    byOutlet.set(a.source, list);
  }
  const out = new Map<string, Set<string>>();
  for (const [outlet, list] of byOutlet) {
    if (list.length < MIN_ARTICLES) continue;
    const counts = new Map<string, number>();
    for (const a of list) for (const k of new Set(a.bodyKeys)) counts.set(k, (counts.get(k) ?? 0) + 1);
    const lines = [...counts].filter(([k, n]) => k && n >= MIN_ARTICLES && n >= MIN_SHARE * list.length).map(([k]) => k);
    if (lines.length) out.set(outlet, new Set(lines.sort()));
  }
  return out;
}
