// TEMPORARY (replaced by the extract branch): first line is the headline, the rest is body.
import type { ExtractedArticle, SourceFile } from '../record.ts';
import { findQuotes } from './quotes.ts';
import { findTopics } from './entities.ts';
export const EXTRACTOR_VERSION = 'temp-0';
export function normaliseLine(s: string): string { return s.trim().toLowerCase(); }
export function extractArticle(src: SourceFile, _opts?: { templateLines?: ReadonlySet<string> }): ExtractedArticle {
  const blocks = src.text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const headline = src.frontMatter.headline ?? blocks[0] ?? '';
  const paragraphs = blocks.slice(1).filter((b) => b !== headline);
  const tags = src.frontMatter.tags ?? [];
  return {
    file: src.file, headline, date: src.frontMatter.date ?? null, dateSource: src.frontMatter.date ? 'front-matter' : null,
    source: src.frontMatter.source ?? null, author: src.frontMatter.author ?? null, dateline: null,
    body: paragraphs.join('\n\n'), quotes: findQuotes(paragraphs), tags,
    topics: findTopics({ headline, paragraphs, tags }), media: [], removed: [],
  };
}
