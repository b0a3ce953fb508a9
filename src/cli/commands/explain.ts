/** `broadsheet explain FILE`: the record in readable form, and every removed line with its rule. */
import { paragraphsOf } from '../../render/body-to-html.ts';
import { parse, UsageError } from '../args.ts';
import { readAndExtract, withUrls } from './read-one-file.ts';

export default async function explainCommand(argv: string[]): Promise<number> {
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
  const paragraphs = paragraphsOf(a.body);
  out.push('', `BODY (${paragraphs.length} paragraphs)`);
  for (const p of paragraphs) out.push(`  | ${p}`);
  out.push('', `QUOTES (${a.quotes.length})`);
  for (const q of a.quotes) out.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}${q.role ? `, ${q.role}` : ''}`);
  out.push('', `MEDIA (${a.media.length})`);
  for (const m of a.media) out.push(`  ${m.caption}${m.credit ? ` [credit: ${m.credit}]` : ''}`);
  out.push('', `REMOVED (${a.removed.length} lines)`);
  for (const r of a.removed) out.push(`  - ${r.text.length > 100 ? r.text.slice(0, 97) + '…' : r.text}\n      why: ${r.reason}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

