// Hand-written Markdown articles: the body is the document's paragraphs (and list items, quotes,
// subheadings); the first heading is the headline unless front matter gives one.
import { unified } from 'unified';
import remarkParse from 'remark-parse';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
}

export interface MarkdownParts {
  firstHeading: string;
  paragraphs: string[];
}

function plain(node: MdNode): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(plain).join('');
}

const parser = unified().use(remarkParse);

export function markdownParts(text: string): MarkdownParts {
  const root = parser.parse(text) as unknown as MdNode;
  let firstHeading = '';
  const paragraphs: string[] = [];
  const walk = (node: MdNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'heading') {
        const t = plain(child).replace(/\s+/g, ' ').trim();
        if (!firstHeading) firstHeading = t;
        else if (t) paragraphs.push(t);
      } else if (child.type === 'paragraph') {
        const t = plain(child).replace(/\s+/g, ' ').trim();
        if (t) paragraphs.push(t);
      } else if (child.type === 'code') {
        if (child.value?.trim()) paragraphs.push(child.value.trim());
      } else if (child.children) {
        walk(child); // lists, list items, block quotes
      }
    }
  };
  walk(root);
  return { firstHeading, paragraphs };
}
