// Placeholder: the real findTopics is written on another branch; the lead takes that one.
import type { Topic } from '../record.ts';

export function findTopics(_input: { headline: string; paragraphs: string[]; tags: string[] }): Topic[] {
  return [];
}
