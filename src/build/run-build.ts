/**
 * The pipeline, start to end: list → read + extract → link → site data → Eleventy → swap in →
 * report. Each stage lives in its own folder; this file only runs them in order and times them.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from '../record.ts';
import { listContentFiles } from '../read/list-content-files.ts';
import { buildSiteData } from '../render/site-data.ts';
import type { SiteConfig } from '../render/site-config.ts';
import { extractFiles } from './extract-files.ts';
import { linkRecords, URL_LEDGER } from './link-records.ts';
import { writeSite } from './write-site.ts';
import { discardStaging, prepareStaging, swapIn } from './swap-output.ts';
import type { BuildReport, FileOutcome } from './build-report.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Where `.broadsheet/report.json` goes (the project folder). */
  stateDir: string;
  config: SiteConfig;
}

export class BuildError extends Error {}

function outcomes(files: string[], problems: Problem[], urlOfFile: Map<string, string>, mergedInto: Map<string, string>): FileOutcome[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const all = new Set([...files, ...problems.map((p) => p.file)]);
  return [...all].sort().map((file): FileOutcome => {
    const ps = byFile.get(file) ?? [];
    const error = ps.find((p) => p.level === 'error');
    if (error) return { file, status: 'error', message: error.message };
    if (mergedInto.has(file)) return { file, status: 'duplicate', mergedInto: mergedInto.get(file)!, url: urlOfFile.get(file)! };
    const url = urlOfFile.get(file);
    if (url) return { file, status: 'page', url, warnings: ps.map((p) => p.message) };
    return { file, status: 'ignored', message: ps[0]?.message ?? 'not an article' };
  });
}

export async function runBuild(opts: BuildOptions): Promise<BuildReport> {
  const contentDir = resolve(opts.contentDir);
  const outDir = resolve(opts.outDir);
  if (!existsSync(contentDir)) throw new BuildError(`content folder not found: ${opts.contentDir}`);
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const r = fn();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0);
    return r;
  };

  const listing = time('read', () => listContentFiles(contentDir));
  const { extracted, problems: extractProblems } = time('extract', () => extractFiles(contentDir, listing.files));
  const linked = time('link', () => linkRecords(contentDir, extracted));
  const ledgerPath = join(contentDir, URL_LEDGER);
  if (Object.keys(linked.ledger).length) {
    const text = JSON.stringify(linked.ledger, Object.keys(linked.ledger).sort(), 2) + '\n';
    if (!existsSync(ledgerPath) || readFileSync(ledgerPath, 'utf8') !== text) writeFileSync(ledgerPath, text);
  }
  const data = time('render', () => buildSiteData(linked.archive, opts.config));

  const staging = prepareStaging(outDir);
  let pages: number;
  const t0 = performance.now();
  try {
    pages = await writeSite(data, staging, opts.config.pathPrefix);
  } catch (err) {
    discardStaging(staging);
    throw new BuildError(`rendering failed, ${opts.outDir} left as it was: ${(err as Error).message}`);
  }
  swapIn(staging, outDir);
  timings.write = performance.now() - t0;

  const problems = [...listing.problems, ...extractProblems, ...linked.problems];
  const report: BuildReport = {
    content: opts.contentDir,
    output: opts.outDir,
    articles: linked.archive.articles.length,
    pages,
    files: outcomes(listing.files, problems, linked.urlOfFile, linked.mergedInto),
    problems,
    timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
  };
  mkdirSync(join(opts.stateDir, '.broadsheet'), { recursive: true });
  writeFileSync(join(opts.stateDir, '.broadsheet', 'report.json'), JSON.stringify(report, null, 2) + '\n');
  return report;
}
