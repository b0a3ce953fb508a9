/**
 * One name per thing: "U.S.", "US" and "United States" are the same topic page.
 *
 * Built-in entries cover common abbreviations of countries and international bodies
 * (extract/entities/known-names.ts); the archive's own `content/aliases.yml` adds to them and wins
 * where they disagree. Matching ignores case, accents and punctuation ("U.N." = "un" = "UN"),
 * except that a built-in acronym only matches when written in capitals ("US", not "us").
 */
import matter from 'gray-matter';
import type { TopicKind } from '../record.ts';
import { KNOWN_NAMES, isAcronym, nameKey } from '../extract/entities/known-names.ts';

export interface AliasTable {
  /** The canonical spelling of a name, or the name itself when no alias matches. */
  canonical(name: string, kind?: TopicKind): string;
  /** Entries of the user's file that were ignored, each with the reason. */
  problems: string[];
}

interface Entry {
  name: string;
  /** Built-in entries know their kind; a person is never renamed into a place or body. */
  kind: TopicKind | null;
  /** Match only when the name is written in capitals (built-in acronyms). */
  capitalsOnly: boolean;
}

/** Parse the alias file's text (null when the archive has none) and merge it over the built-ins. */
export function loadAliases(yamlText: string | null): AliasTable {
  const entries = new Map<string, Entry>();
  for (const known of KNOWN_NAMES) {
    entries.set(nameKey(known.name), { name: known.name, kind: known.kind, capitalsOnly: false });
    for (const alias of known.aliases) entries.set(nameKey(alias), { name: known.name, kind: known.kind, capitalsOnly: isAcronym(alias) });
  }
  const problems: string[] = [];
  for (const [canonical, aliases] of readUserAliases(yamlText, problems)) {
    // Note: the user's file wins, and its matching is plainly case-insensitive.
    entries.set(nameKey(canonical), { name: canonical, kind: null, capitalsOnly: false });
    for (const alias of aliases) {
      const key = nameKey(alias);
      if (key === '') problems.push(`alias "${alias}" of "${canonical}" has no letters: ignored`);
      else entries.set(key, { name: canonical, kind: null, capitalsOnly: false });
    }
  }
  return {
    problems,
    canonical(name: string, kind?: TopicKind): string {
      const entry = entries.get(nameKey(name));
      if (entry === undefined) return name;
      if (entry.capitalsOnly && !isAcronym(name.trim())) return name;
      if (entry.kind !== null && kind === 'person' && entry.kind !== 'person') return name;
      return entry.name;
    },
  };
}

/** `Canonical Name: [alias one, alias two]` (a single alias may be a plain string). */
function readUserAliases(yamlText: string | null, problems: string[]): [string, string[]][] {
  if (yamlText === null || yamlText.trim() === '') return [];
  const yaml = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml;
  let data: unknown;
  try {
    data = yaml.parse(yamlText);
  } catch (error) {
    problems.push(`aliases file is not valid YAML (${(error as Error).message.split('\n')[0]}): ignored`);
    return [];
  }
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push('aliases file must map each canonical name to a list of aliases: ignored');
    return [];
  }
  const out: [string, string[]][] = [];
  for (const [canonical, value] of Object.entries(data as Record<string, unknown>)) {
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
    if (list === null || !list.every((v) => typeof v === 'string' || typeof v === 'number')) {
      problems.push(`"${canonical}" must be followed by a list of aliases: ignored`);
      continue;
    }
    out.push([canonical, list.map(String)]);
  }
  return out;
}
