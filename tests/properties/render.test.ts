/**
 * Properties of rendering: a body becomes paragraphs of escaped text and nothing else, and no `<`
 * from article text reaches any page, feed, JSON-LD block or JSON file of a whole built site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { bodyToHtml, paragraphsOf } from '../../src/render/body-to-html.ts';
import { runBuild } from '../../src/build/run-build.ts';
import { DEFAULT_CONFIG } from '../../src/render/site-config.ts';
import { listFiles } from '../helpers/site-files.ts';
import { anyText, proseLine, scrapedPage, titleLine } from './arbitraries.ts';

/** Character references decoded: the text a reader sees. */
const decode = (html: string): string =>
  html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (_, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]);

test('should render any body as <p> elements of escaped text and nothing else', () => {
  fc.assert(
    fc.property(anyText, (body) => {
      const html = bodyToHtml(body);
      const ps = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
      assert.equal(html.replace(/<p>[\s\S]*?<\/p>/g, '').trim(), '', 'only paragraphs');
      for (const p of ps) assert.ok(!p.includes('<'), `no raw < in ${JSON.stringify(p.slice(0, 80))}`);
      // Note: compared with white space collapsed, as a browser shows it (remark drops spaces and
      // tabs at the start and end of lines inside a paragraph).
      const ws = (t: string): string => t.replace(/[ \t\n\r\f]+/g, ' ').trim();
      assert.deepEqual(ps.map((p) => ws(decode(p))), paragraphsOf(body).map(ws), 'every paragraph shown as written');
    }),
    { numRuns: 200 },
  );
});

/** Article markup in the generated text that must never appear live in a page. */
const LIVE = [/<x[\s>]/i, /<\/z>/i, /<script>/i, /<!--/];

test('should never let article text reach a built page, feed or JSON file unescaped', async () => {
  const work = mkdtempSync(join(tmpdir(), 'bs-prop-site-'));
  const frontMatter = fc.record({ headline: titleLine, source: titleLine, author: titleLine, tag: titleLine });
  let run = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(scrapedPage, { minLength: 3, maxLength: 4 }), frontMatter, proseLine, async (pages, fm, prose) => {
        const dir = join(work, String(run++));
        const content = join(dir, 'content');
        mkdirSync(content, { recursive: true });
        pages.forEach((text, i) => writeFileSync(join(content, `page-${i}.txt`), text));
        // Front matter reaches the <title>, meta tags, JSON-LD, feeds and topic pages unchanged.
        const yaml = (s: string): string => JSON.stringify(s);
        writeFileSync(join(content, 'front-matter.txt'), `---\nheadline: ${yaml(fm.headline)}\nsource: ${yaml(fm.source)}\nauthor: ${yaml(fm.author)}\ntags: [${yaml(fm.tag)}]\ndate: 2024-02-03\n---\nTitle line\n\n${prose}\n\n${prose} ${prose}\n`);
        const out = join(dir, 'site');
        await runBuild({ contentDir: content, outDir: out, stateDir: dir, config: { ...DEFAULT_CONFIG, siteUrl: 'https://example.org/' } });
        for (const f of listFiles(out)) {
          const text = readFileSync(join(out, f), 'utf8');
          if (f.endsWith('.html')) {
            for (const re of LIVE) assert.doesNotMatch(text, re, f);
            for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) JSON.parse(m[1]);
          } else if (f.endsWith('.xml')) {
            assert.equal(XMLValidator.validate(text), true, `${f} is well-formed`);
            for (const re of LIVE) assert.doesNotMatch(text, re, f);
          } else if (f.endsWith('.json')) {
            JSON.parse(text);
          }
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 3 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
