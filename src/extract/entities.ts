// TEMPORARY (replaced by the topics branch).
import type { Topic } from '../record.ts';
export function findTopics(input: { headline: string; paragraphs: string[]; tags: string[] }): Topic[] {
  return input.tags.map((name) => ({ name, kind: 'subject' as const }));
}
