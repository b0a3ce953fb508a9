// TEMPORARY (replaced by the topics branch).
import type { Topic } from '../record.ts';
import type { AliasTable } from './aliases.ts';
export function mergeTopics(articles: { id: string; topics: Topic[] }[], aliases: AliasTable): Map<string, Topic[]> {
  return new Map(articles.map((a) => [a.id, a.topics.map((t) => ({ ...t, name: aliases.canonical(t.name, t.kind) }))]));
}
