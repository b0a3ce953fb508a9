/**
 * Body paragraphs → HTML. The paragraphs are built as an mdast tree of plain text nodes (never parsed
 * as Markdown), so `*`, `#`, `1.`, `<script>` or `{{ }}` in an article stay text; remark-html then
 * serialises it with sanitizing on, which escapes every character that means something in HTML.
 */
import { unified } from 'unified';
import remarkHtml from 'remark-html';
import type { Root } from 'mdast';

/** Part of the record cache's key: change it when the HTML made from a body changes. */
export const BODY_HTML_VERSION = '1';

const processor = unified().use(remarkHtml, { sanitize: true }).freeze();

export function paragraphsOf(body: string): string[] {
  // A line of spaces or tabs is a blank line too: it separates paragraphs.
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

export function bodyToHtml(body: string): string {
  const tree: Root = {
    type: 'root',
    children: paragraphsOf(body).map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p }] })),
  };
  return String(processor.stringify(processor.runSync(tree) as Root)).trim();
}
