// TEMPORARY (replaced by the topics branch): identity alias table.
import type { TopicKind } from '../record.ts';
export interface AliasTable { canonical(name: string, kind?: TopicKind): string }
export function loadAliases(_yamlText: string | null): AliasTable {
  return { canonical: (name: string) => name };
}
