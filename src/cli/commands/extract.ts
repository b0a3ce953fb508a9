/** `broadsheet extract [--out DIR] FILE...` */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExtractedArticle } from '../../record.ts';
import { InputError, parse, UsageError } from '../args.ts';
import { readAndExtract, withUrls } from './read-one-file.ts';

export default async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string' } }, true);
  if (!positionals.length) throw new UsageError('extract needs at least one FILE');
  const records: ExtractedArticle[] = [];
  let failed = 0;
  for (const path of positionals) {
    try {
      records.push(readAndExtract(path));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      process.stderr.write(`broadsheet: ${err.message}\n`);
      failed++;
    }
  }
  const articles = withUrls(records);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    for (const a of articles) {
      const name = basename(a.file).replace(/\.[^.]*$/, '') || basename(a.file);
      writeFileSync(join(values.out, `${name}.json`), JSON.stringify(a, null, 2) + '\n');
    }
  } else {
    for (const a of articles) process.stdout.write(JSON.stringify(a) + '\n');
  }
  return failed ? 1 : 0;
}

