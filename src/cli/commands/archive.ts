/** `broadsheet archive [--content DIR] --out FILE.json`: the linked archive as JSON. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { listContentFiles } from '../../read/list-content-files.ts';
import { extractFiles } from '../../build/extract-files.ts';
import { linkRecords } from '../../build/link-records.ts';
import { InputError, parse, UsageError } from '../args.ts';

export default async function archiveCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { content: { type: 'string', default: 'content' }, out: { type: 'string' } }, false);
  if (!values.out) throw new UsageError('archive needs --out FILE.json');
  const root = resolve(values.content!);
  if (!existsSync(root)) throw new InputError(`${values.content}: content folder not found`);
  const listing = listContentFiles(root);
  const { extracted, problems } = await extractFiles(root, listing.files, { stateDir: process.cwd() });
  const linked = linkRecords(root, extracted, process.cwd());
  for (const p of [...listing.problems, ...problems, ...linked.problems]) {
    if (p.level !== 'info') process.stderr.write(`broadsheet: ${p.level}: ${p.file}: ${p.message}\n`);
  }
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, JSON.stringify(linked.archive, null, 2) + '\n');
  process.stderr.write(`broadsheet: ${linked.archive.articles.length} articles, ${linked.archive.stories.length} multi-article stories → ${values.out}\n`);
  return 0;
}

