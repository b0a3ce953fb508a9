/**
 * The pipeline, start to end: list → read + extract (cached, in workers) → link → site data →
 * plan (which pages changed) → Eleventy → swap or merge into the output folder → report.
 * Each stage lives in its own folder; this file only runs them in order and times them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Archive, Problem } from '../record.ts';
import type { ExtractedFile } from './extract-files.ts';
import { listContentFiles } from '../read/list-content-files.ts';
import type { SiteConfig } from '../render/site-config.ts';
import type { SearchMemo } from '../postprocess/run-post-process.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { collectGarbage } from './collect-garbage.ts';
import { discardStaging, mergeIn, prepareStaging, removePages, swapIn } from './swap-output.ts';
import type { BuildReport, FileOutcome } from './build-report.ts';
import { BuildError } from './build-error.ts';
import { inputDigest, rememberBuild, upToDate } from './up-to-date.ts';
import { MIN_FILES_FOR_WORKERS } from './extract-pool.ts';

export { BuildError };

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Where `.broadsheet/report.json` and `.cache/` go (the project folder). */
  stateDir: string;
  config: SiteConfig;
  /** Rebuild every page even when an earlier build's pages could be kept. */
  full?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}


function outcomes(files: string[], inputProblems: Problem[], problems: Problem[], urlOfFile: Map<string, string>, mergedInto: Map<string, string>): FileOutcome[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  // Note: only input files get an outcome; problems of the build itself (search index) do not.
  const all = new Set([...files, ...inputProblems.map((p) => p.file)]);
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

interface PageManifest { out: string; fingerprints: Record<string, string> }

function readManifest(path: string, outDir: string): Record<string, string> | null {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as PageManifest;
    return m.out === outDir && existsSync(join(outDir, 'index.html')) ? m.fingerprints : null;
  } catch {
    return null;
  }
}

/**
 * The stages' modules, loaded only once a build has work to do: they pull in compromise, chrono-node
 * and Eleventy, about 2.5 s of start-up that a build with nothing to do never needs.
 */
async function loadStages() {
  const [extract, link, render, html, plan, write, post] = await Promise.all([
    import('./extract-files.ts'), import('./link-records.ts'), import('../render/site-data.ts'), import('../render/body-to-html.ts'),
    import('./plan-pages.ts'), import('./write-site.ts'), import('../postprocess/run-post-process.ts'),
  ]);
  return { ...extract, ...link, ...render, ...html, ...plan, ...write, ...post };
}

export async function runBuild(opts: BuildOptions): Promise<BuildReport> {
  const contentDir = resolve(opts.contentDir);
  const outDir = resolve(opts.outDir);
  const stateDir = resolve(opts.stateDir);
  if (!existsSync(contentDir)) throw new BuildError(`content folder not found: ${opts.contentDir}`);
  const timings: Record<string, number> = {};
  const peakRssByStage: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    timings[stage] = Math.round(now - t);
    peakRssByStage[stage] = Math.round(process.resourceUsage().maxRSS / 1024);
    t = now;
  };

  const listing = listContentFiles(contentDir);
  lap('list');
  if (!opts.full) {
    const last = upToDate(stateDir, inputDigest(contentDir, listing, opts.config, outDir), outDir);
    if (last) {
      lap('check');
      const report: BuildReport = {
        ...last, written: 0, unchanged: last.pages, removed: 0, extracted: 0, fromCache: listing.files.length, writtenUrls: [],
        timings, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      writeReport(stateDir, report);
      return report;
    }
  }
  // Extraction first, the other stages' modules (Eleventy: ~0.7 s) loaded while a side worker extracts
  // the few new files of a rebuild (extract-pool.ts startSideWorker).
  const { extractFiles } = await import('./extract-files.ts');
  const extracting = extractFiles(contentDir, listing.files, {
    stateDir,
    stats: listing.stats,
    dropRemoved: true,
    onProgress: (done, total) => opts.onProgress?.('extract', done, total),
  });
  // Note: a failed extraction is reported by the await below, not as an unhandled rejection meanwhile.
  extracting.catch(() => undefined);
  const stages = await loadStages();
  const extraction = await extracting;
  const { linkRecords, saveUrlLedger, runPostProcess } = stages;
  // A build that extracts or writes much (a cold or full build) collects garbage between stages to
  // keep its peak down; an update of a few pages does not: a full collection of a 16,000-article
  // heap costs about half a second, and its peak is far lower anyway.
  const large = opts.full || extraction.fresh >= MIN_FILES_FOR_WORKERS || !existsSync(join(stateDir, '.cache', 'pages.json'));
  if (large) collectGarbage();
  lap('extract');
  const linked = linkRecords(contentDir, extraction.extracted, stateDir);
  saveUrlLedger(contentDir, linked.ledger);
  if (large) collectGarbage();
  lap('link');
  const recordKeyOf = new Map(extraction.extracted.map((e) => [e.record.file, e.recordKey]));
  const searchMemo: SearchMemo = { recordKeyOf: (file) => recordKeyOf.get(file), salt: codeFingerprint('search'), file: join(stateDir, '.cache', 'search-digests.json') };
  const pages = await renderPages(stages, linked.archive, extraction.extracted, opts, outDir, stateDir, lap, searchMemo);
  if (large) collectGarbage();
  lap('swap');
  // Note: after the swap; skipped when no page changed and the index is there from the last build.
  const searchCurrent = pages.previous && pages.write === 0 && pages.remove.length === 0 && existsSync(join(outDir, 'pagefind', 'shards.json'));
  const post = pages.search ?? (searchCurrent ? { warnings: [] } : await runPostProcess(outDir, opts.config, linked.archive, searchMemo));
  lap('search');
  // Note: only now, so a build that failed in the search step is not taken as current next time.
  mkdirSync(join(stateDir, '.cache'), { recursive: true });
  writeFileSync(join(stateDir, '.cache', 'pages.json'), JSON.stringify({ out: outDir, fingerprints: pages.fingerprints } satisfies PageManifest));

  const problems: Problem[] = [
    ...listing.problems, ...extraction.problems, ...linked.problems,
    ...post.warnings.map((message): Problem => ({ file: '(search index)', level: 'warning', message, action: 'site built without it' })),
  ];
  const report: BuildReport = {
    content: opts.contentDir,
    output: opts.outDir,
    articles: linked.archive.articles.length,
    pages: pages.write + pages.unchanged,
    written: pages.write,
    unchanged: pages.unchanged,
    removed: pages.remove.length,
    extracted: extraction.fresh,
    fromCache: listing.files.length - extraction.fresh,
    writtenUrls: pages.writtenUrls.length <= 100 ? pages.writtenUrls : [],
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    peakRssByStage,
    files: outcomes(listing.files, listing.problems, problems, linked.urlOfFile, linked.mergedInto),
    problems,
    timings,
  };
  writeReport(stateDir, report);
  // Note: the digest is taken after the build, which may have written the URL ledger it reads.
  rememberBuild(stateDir, inputDigest(contentDir, listing, opts.config, outDir), report);
  return report;
}

type Stages = Awaited<ReturnType<typeof loadStages>>;

/**
 * Archive → site data → the pages that changed, written and merged into (or swapped in as) the output
 * folder. Its own function so that the site data, which only this step needs, is garbage once it returns.
 */
async function renderPages(
  stages: Stages, archive: Archive, extracted: ExtractedFile[], opts: BuildOptions, outDir: string, stateDir: string, lap: (stage: string) => void,
  searchMemo: SearchMemo,
) {
  const { buildSiteData, SHARED_PAGE_ITEMS, bodyToHtml, cachedBodyHtmlToken, resolveCachedBodyHtml, planPages, writeSite, runPostProcess } = stages;
  const bodyHtmlOfFile = new Map<string, string>();
  for (const e of extracted) {
    if (e.bodyHtml !== undefined) bodyHtmlOfFile.set(e.record.file, e.bodyHtml);
    else if (e.cacheKey !== undefined) bodyHtmlOfFile.set(e.record.file, cachedBodyHtmlToken(e.cacheKey));
  }
  const data = buildSiteData(archive, opts.config, { bodyHtmlOfFile });
  lap('render');

  const previous = opts.full ? null : readManifest(join(stateDir, '.cache', 'pages.json'), outDir);
  const salt = `${codeFingerprint('templates')}:${JSON.stringify(opts.config)}`;
  const plan = planPages(data, previous, salt, SHARED_PAGE_ITEMS);
  lap('plan');
  const staging = prepareStaging(outDir);
  // A site written whole (no earlier build to update) gets its search index in the same staging
  // folder, built while Eleventy writes: Pagefind indexes in its own process, so on two cores the
  // two overlap. An update keeps its index up to date in place, after the swap (runBuild).
  const search = previous ? null : runPostProcess(staging, opts.config, archive, searchMemo).catch((err: Error) => err);
  // Note: cached body HTML is read per Eleventy run, so no more than one run's worth is ever held.
  const rendering = await writeSite(plan.data, staging, opts.config.pathPrefix, undefined, undefined, (chunk) => ({
    ...chunk,
    articles: resolveCachedBodyHtml(chunk.articles, stateDir, (url) => bodyToHtml(archive.articles.find((a) => a.url === url)?.body ?? '')),
  })).then(() => null, (err: Error) => err);
  const searched = await search;
  if (rendering || searched instanceof Error) {
    discardStaging(staging);
    if (rendering) throw new BuildError(`rendering failed, ${opts.outDir} left as it was: ${rendering.message}`);
    throw searched;
  }
  lap(searched ? 'write+search' : 'write');
  if (previous) {
    mergeIn(staging, outDir);
    removePages(outDir, plan.remove);
  } else {
    swapIn(staging, outDir);
  }
  const { fingerprints, write, unchanged, remove, writtenUrls } = plan;
  return { previous: previous !== null, fingerprints, write, unchanged, remove, writtenUrls, search: searched };
}

function writeReport(stateDir: string, report: BuildReport): void {
  mkdirSync(join(stateDir, '.broadsheet'), { recursive: true });
  writeFileSync(join(stateDir, '.broadsheet', 'report.json'), JSON.stringify(report, null, 2) + '\n');
}
