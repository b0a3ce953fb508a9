/**
 * npm run bench -- --articles 1000,4000,16000
 *
 * For each size: generates a deterministic synthetic archive of raw articles, then measures
 *   cold build (empty cache and output), warm rebuild (nothing changed), add-one rebuild,
 *   peak RSS and per-stage times of `broadsheet build`,
 * and, in the same run, plain Eleventy building the same articles as ready markdown (and Hugo when
 * the `hugo` command is installed), printing the ratios. A script that prints figures: no asserts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newestYear, syntheticArticle, writeCorpus } from './synthetic-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,4000,16000' }, 'no-baseline': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const sizes = values.articles!.split(',').map(Number).filter((n) => n > 0);
const work = mkdtempSync(join(tmpdir(), 'bs-bench-'));
// The command's compiled tree (bin/compiled-tree.js) is made once per code version: not inside a timed build.
spawnSync(process.execPath, [join(ROOT, 'bin/broadsheet.js'), 'help'], { encoding: 'utf8' });

interface Run { ms: number; report: Record<string, any> }

function broadsheet(stateDir: string, content: string, out: string): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/broadsheet.js'), 'build', '--content', content, '--out', out], { cwd: stateDir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`broadsheet build failed: ${r.stderr}`);
  return { ms, report: JSON.parse(readFileSync(join(stateDir, '.broadsheet', 'report.json'), 'utf8')) };
}

function eleventyBaseline(mdDir: string, n: number): { ms: number; maxRssMb: number } {
  const dir = join(work, `eleventy-${n}`);
  mkdirSync(join(dir, 'src', '_includes'), { recursive: true });
  cpSync(join(ROOT, 'bench/eleventy-baseline/eleventy.config.js'), join(dir, 'eleventy.config.js'));
  cpSync(mdDir, join(dir, 'src', 'posts'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'src', 'posts', 'posts.json'), JSON.stringify({ layout: 'post.njk' }));
  writeFileSync(join(dir, 'src', '_includes', 'post.njk'), '<!doctype html><html lang="en"><title>{{ title }}</title><h1>{{ title }}</h1><p>{{ source }} · {{ page.date }}</p><main>{{ content | safe }}</main><ul>{% for t in tags %}<li><a href="/tags/{{ t | slugify }}/">{{ t }}</a></li>{% endfor %}</ul></html>');
  writeFileSync(join(dir, 'src', 'tags.njk'), '---\npagination:\n  data: collections\n  size: 1\n  alias: tag\n  filter: [all, post, posts]\npermalink: /tags/{{ tag | slugify }}/\n---\n<!doctype html><html lang="en"><title>{{ tag }}</title><h1>{{ tag }}</h1><ul>{% for p in collections[tag] | reverse %}<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>{% endfor %}</ul></html>');
  writeFileSync(join(dir, 'src', 'index.njk'), '<!doctype html><html lang="en"><title>Index</title><ul>{% for p in collections.post | reverse %}<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>{% endfor %}</ul></html>');
  const r = spawnSync(process.execPath, [join(ROOT, 'bench/eleventy-baseline/run.mjs'), dir], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`eleventy baseline failed: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function hugoBaseline(mdDir: string, n: number): { ms: number } | null {
  if (spawnSync('hugo', ['version']).status !== 0) return null;
  const dir = join(work, `hugo-${n}`);
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  cpSync(mdDir, join(dir, 'content', 'posts'), { recursive: true });
  writeFileSync(join(dir, 'hugo.toml'), 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["RSS", "sitemap"]\n[taxonomies]\ntag = "tags"\n');
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), '<!doctype html><html lang="en"><title>{{ .Title }}</title><h1>{{ .Title }}</h1><main>{{ .Content }}</main><ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></html>');
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), '<!doctype html><html lang="en"><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></html>');
  writeFileSync(join(dir, 'layouts', '_default', 'terms.html'), '<!doctype html><html lang="en"><title>{{ .Title }}</title></html>');
  spawnSync('hugo', ['--quiet', '-s', dir]); // cold
  const t0 = performance.now();
  const r = spawnSync('hugo', ['--quiet', '-s', dir]);
  if (r.status !== 0) return null;
  return { ms: performance.now() - t0 };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const rows: string[] = [];
const perArticle: number[] = [];
console.log(`broadsheet bench: sizes ${sizes.join(', ')} (work folder ${work})`);
for (const n of sizes) {
  const content = join(work, `content-${n}`);
  const md = join(work, `md-${n}`);
  writeCorpus(content, n, md);
  const state = join(work, `state-${n}`);
  mkdirSync(state, { recursive: true });
  const out = join(work, `site-${n}`);
  const cold = broadsheet(state, content, out);
  const warm = broadsheet(state, content, out);
  // Today's article: newer than every article of the corpus, in its newest year (a new year would
  // rightly change every page, whose footer links the years).
  const extra = syntheticArticle(n + 100000, { year: newestYear(n), month: 11, day: 31 });
  writeFileSync(join(content, extra.name), extra.text);
  const add = broadsheet(state, content, out);
  const base = values['no-baseline'] ? null : eleventyBaseline(md, n);
  const hugo = values['no-baseline'] ? null : hugoBaseline(md, n);
  perArticle.push(cold.ms / n);
  const st = cold.report.timings as Record<string, number>;
  console.log(`\n== ${n} articles`);
  console.log(`cold build        ${s(cold.ms)}  (${cold.report.pages} pages; stages: ${Object.entries(st).map(([k, v]) => `${k} ${s(v)}`).join(', ')})`);
  console.log(`  peak RSS        ${cold.report.peakRssMb} MB (peak after each stage: ${Object.entries(cold.report.peakRssByStage ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`warm rebuild      ${s(warm.ms)}  (${warm.report.written} written, ${warm.report.unchanged} unchanged; stages: ${Object.entries(warm.report.timings).map(([k, v]) => `${k} ${s(v as number)}`).join(', ')})`);
  console.log(`add one article   ${s(add.ms)}  (${add.report.written} pages written; stages: ${Object.entries(add.report.timings).map(([k, v]) => `${k} ${s(v as number)}`).join(', ')})`);
  if (add.report.writtenUrls?.length) console.log(`  pages written: ${add.report.writtenUrls.join(' ')}`);
  if (base) console.log(`plain Eleventy    ${s(base.ms)}  (${base.maxRssMb} MB)   ratio cold/Eleventy = ${(cold.ms / base.ms).toFixed(2)}`);
  if (hugo) console.log(`Hugo              ${s(hugo.ms)}  ratio warm/Hugo = ${(warm.ms / hugo.ms).toFixed(2)}`);
  else console.log(`Hugo              not installed (target for warm rebuild: 12 s) → warm = ${s(warm.ms)}`);
  rows.push(`| ${n} | ${s(cold.ms)} | ${base ? s(base.ms) : '—'} | ${base ? (cold.ms / base.ms).toFixed(2) : '—'} | ${s(warm.ms)} | ${s(add.ms)} | ${cold.report.peakRssMb} MB | ${(cold.ms / n).toFixed(2)} ms |`);
}
console.log('\n| articles | cold | plain Eleventy | ratio | warm | add one | peak RSS | cold per article |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
if (perArticle.length > 1) {
  const spread = Math.max(...perArticle) / Math.min(...perArticle);
  console.log(`per-article cold time spread (max/min): ${spread.toFixed(2)} (target ≤ 1.25)`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
