/**
 * The commands behind `broadsheet <command>`. Each returns an exit code; errors with a cause the
 * user can fix are thrown as UsageError (exit 2) or InputError (exit 1) and printed on one line.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Article, ExtractedArticle } from '../record.ts';
import { readSourceFile } from '../read/read-source-file.ts';
import { extractArticle } from '../extract/index.ts';
import { assignUrls, idFromUrl } from '../link/assign-urls.ts';
import { listContentFiles } from '../read/list-content-files.ts';
import { loadSiteConfig } from '../render/site-config.ts';
import { runBuild } from '../build/run-build.ts';
import { countProblems, formatReport } from '../build/build-report.ts';
import { extractFiles } from '../build/extract-files.ts';
import { linkRecords } from '../build/link-records.ts';
import { InputError, parse, UsageError } from './args.ts';
import { serveSite } from './serve-site.ts';
import { progressReporter } from './progress.ts';

function readAndExtract(path: string): ExtractedArticle {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  if (statSync(path).isDirectory()) throw new InputError(`${path}: is a folder, not an article file`);
  const read = readSourceFile(dirname(path), basename(path));
  if (!read.ok) throw new InputError(`${path}: ${read.problem.message}`);
  return { ...extractArticle(read.source), file: path };
}

/** Records of single files get the URL they would have in an archive of just these files. */
function withUrls(records: ExtractedArticle[]): Article[] {
  const { urls } = assignUrls(records.map((r) => ({ file: r.file, headline: r.headline, date: r.date })));
  return records.map((r) => ({ id: idFromUrl(urls.get(r.file)!), url: urls.get(r.file)!, ...r }));
}

export async function extractCommand(argv: string[]): Promise<number> {
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

export async function explainCommand(argv: string[]): Promise<number> {
  const { positionals } = parse(argv, {}, true);
  if (positionals.length !== 1) throw new UsageError('explain takes exactly one FILE');
  const [a] = withUrls([readAndExtract(positionals[0])]);
  const out: string[] = [];
  const field = (k: string, v: unknown): void => void out.push(`${k.padEnd(10)} ${v === null || v === undefined || v === '' ? '—' : v}`);
  field('file', a.file);
  field('headline', a.headline);
  field('date', a.date ? `${a.date} (from ${a.dateSource})` : null);
  field('source', a.source);
  field('author', a.author);
  field('dateline', a.dateline);
  field('url', a.url);
  field('tags', a.tags.join(', '));
  field('topics', a.topics.map((t) => `${t.name} (${t.kind})`).join(', '));
  out.push('', `BODY (${a.body ? a.body.split(/\n\n/).length : 0} paragraphs)`);
  for (const p of a.body.split(/\n\n/).filter(Boolean)) out.push(`  | ${p}`);
  out.push('', `QUOTES (${a.quotes.length})`);
  for (const q of a.quotes) out.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}${q.role ? `, ${q.role}` : ''}`);
  out.push('', `MEDIA (${a.media.length})`);
  for (const m of a.media) out.push(`  ${m.caption}${m.credit ? ` [credit: ${m.credit}]` : ''}`);
  out.push('', `REMOVED (${a.removed.length} lines)`);
  for (const r of a.removed) out.push(`  - ${r.text.length > 100 ? r.text.slice(0, 97) + '…' : r.text}\n      why: ${r.reason}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

export async function archiveCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { content: { type: 'string', default: 'content' }, out: { type: 'string' } }, false);
  if (!values.out) throw new UsageError('archive needs --out FILE.json');
  const root = resolve(values.content!);
  if (!existsSync(root)) throw new InputError(`${values.content}: content folder not found`);
  const listing = listContentFiles(root);
  const { extracted, problems } = await extractFiles(root, listing.files, { stateDir: process.cwd() });
  const linked = linkRecords(root, extracted);
  for (const p of [...listing.problems, ...problems, ...linked.problems]) {
    if (p.level !== 'info') process.stderr.write(`broadsheet: ${p.level}: ${p.file}: ${p.message}\n`);
  }
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, JSON.stringify(linked.archive, null, 2) + '\n');
  process.stderr.write(`broadsheet: ${linked.archive.articles.length} articles, ${linked.archive.stories.length} multi-article stories → ${values.out}\n`);
  return 0;
}

const buildOptions = {
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: '_site' },
  'path-prefix': { type: 'string' },
  'site-url': { type: 'string' },
  strict: { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
} as const;

export async function buildCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, buildOptions, false);
  const overrides: Record<string, string> = {};
  if (values['path-prefix'] !== undefined) overrides.pathPrefix = values['path-prefix'];
  if (values['site-url'] !== undefined) overrides.siteUrl = values['site-url'];
  const config = loadSiteConfig(process.cwd(), overrides);
  const report = await runBuild({ contentDir: values.content!, outDir: values.out!, stateDir: process.cwd(), config, full: values.full, onProgress: progressReporter() });
  process.stdout.write(formatReport(report) + '\n');
  const { errors, warnings } = countProblems(report);
  return values.strict && errors + warnings > 0 ? 1 : 0;
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { content: { type: 'string', default: 'content' }, out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' } }, false);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const config = loadSiteConfig(process.cwd());
  await serveSite({ contentDir: values.content!, outDir: values.out!, port, config });
  return 0;
}
