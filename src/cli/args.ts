/**
 * Command-line parsing on node:util's parseArgs (strict: an unknown option is a usage error).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}
/** A problem with the user's input (missing file, unreadable folder): exit code 1. */
export class InputError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export const USAGE = `Usage: broadsheet <command> [options]

Commands:
  build    [--content DIR] [--out DIR] [--path-prefix /sub/] [--site-url URL] [--strict] [--full]
           Build the site from the content folder (default content/ → _site/). Only pages whose
           content changed are rewritten; --full rewrites all. --strict: exit 1 on any warning.
  serve    [--content DIR] [--out DIR] [--port N]
           Build, serve the site on localhost and rebuild when a content file changes.
  extract  [--out DIR] FILE...
           Print one JSON record per file (JSON Lines), or write DIR/<name>.json per file.
  explain  FILE
           Show the record in readable form and every removed line with the rule that removed it.
  archive  [--content DIR] --out FILE.json
           Write the linked archive (records, topics, stories, people) as JSON.
  help     Show this text.`;
