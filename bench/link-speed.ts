/**
 * The archive-wide work every rebuild redoes, timed on a real corpus with a warm record cache, and
 * its output dumped so a speed change can be checked to change nothing:
 *   node --import tsx bench/link-speed.ts <content> <stateDir (a copy: the record cache is written)> <dumpDir>
 * Times (median of 3, one process): link (duplicates, URLs, buildArchive with story groups given),
 * storyVectors (with every article's terms computed beforehand, as a terms cache would give them),
 * linkStories (same terms), buildSiteData and planPages, for two configs (the default one and one
 * with a site URL and a path prefix, so page heads take both branches).
 * Dumps: archive.json, stories.json, vectors.json, site-<config>.json, pages-<config>.json.
 * BASE=<folder holding another checkout's src/> times that code too, alternating with this one in the
 * same process (A = BASE, B = this checkout), and prints both medians and their ratio.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { listContentFiles } from '../src/read/list-content-files.ts';

import { findDuplicates } from '../src/link/find-duplicates.ts';
import { assignUrls, idFromUrl } from '../src/link/assign-urls.ts';
import { buildArchive, storyInputs } from '../src/link/build-archive.ts';
import { loadAliases } from '../src/link/aliases.ts';
import { linkStories } from '../src/link/stories.ts';
import { articleTerms, DEFAULT_TERM_WEIGHTS, type ArticleTerms } from '../src/link/stories/storyTerms.ts';
import { storyVectors } from '../src/link/stories/storyVectors.ts';
import { buildSiteData } from '../src/render/site-data.ts';
import { cachedBodyHtmlToken, extractFiles } from '../src/build/extract-files.ts';
import { planPages } from '../src/build/plan-pages.ts';
import { codeFingerprint } from '../src/build/code-fingerprint.ts';
import { DEFAULT_CONFIG, type SiteConfig } from '../src/render/site-config.ts';
import type { Article } from '../src/record.ts';

const [contentArg, stateArg, dumpArg] = process.argv.slice(2);
if (!dumpArg) throw new Error('usage: link-speed.ts <content> <stateDir copy> <dumpDir>');
const content = resolve(contentArg);
const stateDir = resolve(stateArg);
const dumpDir = resolve(dumpArg);
mkdirSync(dumpDir, { recursive: true });
const only = new Set((process.env.ONLY ?? 'link,vectors,stories,site,plan').split(','));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1];
const base = process.env.BASE ? resolve(process.env.BASE) : null;
type Mods = {
  buildArchive: typeof buildArchive; storyVectors: typeof storyVectors; linkStories: typeof linkStories;
  buildSiteData: typeof buildSiteData; planPages: typeof planPages;
};
const mine: Mods = { buildArchive, storyVectors, linkStories, buildSiteData, planPages };
const other: Mods | null = base
  ? {
    buildArchive: (await import(join(base, 'src/link/build-archive.ts'))).buildArchive,
    storyVectors: (await import(join(base, 'src/link/stories/storyVectors.ts'))).storyVectors,
    linkStories: (await import(join(base, 'src/link/stories.ts'))).linkStories,
    buildSiteData: (await import(join(base, 'src/render/site-data.ts'))).buildSiteData,
    planPages: (await import(join(base, 'src/build/plan-pages.ts'))).planPages,
  }
  : null;
/** Median of 3 wall-clock runs (and of CPU time, less disturbed by other processes); with BASE, A and B alternate. */
function time<T>(label: string, f: (m: Mods) => T): T {
  const ms: number[][] = [[], []];
  const cpu: number[][] = [[], []];
  let out!: T;
  for (let i = 0; i < 3; i++) {
    for (const [k, m] of (other ? [[0, other], [1, mine]] : [[1, mine]]) as [number, Mods][]) {
      globalThis.gc?.();
      const c = process.cpuUsage();
      const t = performance.now();
      const r = f(m);
      ms[k].push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpu[k].push((u.user + u.system) / 1000);
      if (k === 1) out = r;
    }
  }
  const fmt = (k: number) => `${median(ms[k]).toFixed(0).padStart(6)} ms (cpu ${median(cpu[k]).toFixed(0).padStart(6)})`;
  console.log(`${label.padEnd(22)} ${other ? `A ${fmt(0)}  B ${fmt(1)}  B/A ${(median(ms[1]) / median(ms[0])).toFixed(2)} (cpu ${(median(cpu[1]) / median(cpu[0])).toFixed(2)})` : fmt(1)}`);
  return out;
}
const dump = (name: string, value: unknown): void => {
  const text = JSON.stringify(value);
  writeFileSync(join(dumpDir, name), text);
  console.log(`  ${name}: ${text.length} chars, sha1 ${createHash('sha1').update(text).digest('hex').slice(0, 16)}`);
};

const listing = listContentFiles(content);
let t = performance.now();
const extraction = await extractFiles(content, listing.files, { stateDir });
console.log(`extract (cache)        ${(performance.now() - t).toFixed(0)} ms, ${extraction.extracted.length} records, ${extraction.fresh} fresh`);
const extracted = extraction.extracted;

/** linkRecords without the stories cache (its key holds the link code's fingerprint, which changes). */
const ledgerPath = join(content, '.broadsheet-urls.json');
const ledger = existsSync(ledgerPath) ? JSON.parse(readFileSync(ledgerPath, 'utf8')) as Record<string, string> : {};
const articlesOf = (): Article[] => {
  const mergedInto = findDuplicates(extracted.map((e) => ({ file: e.record.file, headline: e.record.headline, body: e.record.body, keys: e.dupKeys })));
  const kept = extracted.filter((e) => !mergedInto.has(e.record.file));
  const assignment = assignUrls(kept.map((e) => ({ file: e.record.file, headline: e.record.headline, date: e.record.date, url: e.url })), ledger);
  return kept.map((e) => {
    const url = assignment.urls.get(e.record.file)!;
    return { id: idFromUrl(url), url, ...e.record };
  });
};
const articles = articlesOf();
const inputs = storyInputs(articles);
t = performance.now();
const terms: ArticleTerms[] = inputs.map((a) => articleTerms(a, DEFAULT_TERM_WEIGHTS));
console.log(`articleTerms (once)    ${(performance.now() - t).toFixed(0)} ms`);
const byId = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const termsById = new Map(inputs.map((a, i) => [a.id, terms[i]]));
const sortedTerms = byId.map((a) => termsById.get(a.id)!);
const termsOf = (a: { id: string }) => termsById.get(a.id)!;

if (only.has('vectors')) {
  const sv = time('storyVectors', (m) => m.storyVectors(sortedTerms.length, (k) => sortedTerms[k], 10, 2));
  const h = createHash('sha1');
  for (const v of sv.vectors) h.update(new Uint8Array(v.ids.buffer, v.ids.byteOffset, v.ids.byteLength)).update(new Uint8Array(v.weights.buffer, v.weights.byteOffset, v.weights.byteLength)).update('|');
  h.update(new Uint8Array(sv.df.buffer, sv.df.byteOffset, sv.df.byteLength));
  const sample = [0, 1, 2, 100, 1000, sv.df.length - 1].map((id) => sv.term(id));
  dump('vectors.json', { digest: h.digest('hex'), terms: sv.df.length, sample });
}
const groups = only.has('stories')
  ? time('linkStories', (m) => m.linkStories(inputs, {}, { termsOf }))
  : linkStories(inputs, {}, { termsOf });
dump('stories.json', groups);

const aliasFile = ['aliases.yml', 'aliases.yaml'].map((n) => join(content, n)).find((p) => existsSync(p));
const aliases = loadAliases(aliasFile ? readFileSync(aliasFile, 'utf8') : null);
const link = (m: Mods = mine) => {
  const arts = articlesOf();
  const mergedInto = findDuplicates(extracted.map((e) => ({ file: e.record.file, headline: e.record.headline, body: e.record.body, keys: e.dupKeys })));
  const idOfFile = new Map(arts.map((a) => [a.file, a.id]));
  const duplicates = new Map<string, string[]>();
  for (const [dup, keeper] of mergedInto) {
    const id = idOfFile.get(keeper)!;
    duplicates.set(id, [...(duplicates.get(id) ?? []), dup]);
  }
  return m.buildArchive({ articles: arts, aliases, duplicates, stories: groups });
};
const archive = only.has('link') ? time('link (no stories)', (m) => link(m)) : link();
time('buildArchive', (m) => m.buildArchive({ articles, aliases, stories: groups }));
dump('archive.json', archive);

const bodyHtmlOfFile = new Map<string, string>();
for (const e of extracted) {
  if (e.bodyHtml !== undefined) bodyHtmlOfFile.set(e.record.file, e.bodyHtml);
  else if (e.cacheKey !== undefined) bodyHtmlOfFile.set(e.record.file, cachedBodyHtmlToken(e.cacheKey));
}
const manifest = join(stateDir, '.cache', 'pages.json');
const previous = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { fingerprints: Record<string, string> }).fingerprints : null;
const configs: [string, SiteConfig][] = [
  ['default', DEFAULT_CONFIG],
  ['prefixed', { ...DEFAULT_CONFIG, title: 'The <Archive> & Co', pathPrefix: '/archive/', siteUrl: 'https://example.org/archive/' }],
];
for (const [name, config] of configs) {
  const site = only.has('site') ? time(`buildSiteData ${name}`, (m) => m.buildSiteData(archive, config, { bodyHtmlOfFile })) : buildSiteData(archive, config, { bodyHtmlOfFile });
  dump(`site-${name}.json`, site);
  const salt = `${codeFingerprint('templates')}:${JSON.stringify(config)}`;
  const plan = only.has('plan') ? time(`planPages ${name}`, (m) => m.planPages(site, previous, salt)) : planPages(site, previous, salt);
  console.log(`  write ${plan.write}, unchanged ${plan.unchanged}, remove ${plan.remove.length}`);
  dump(`pages-${name}.json`, plan);
}
