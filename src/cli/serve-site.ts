/**
 * `broadsheet serve`: build, serve the output folder on localhost, rebuild when content changes.
 * A small static server (node:http) is enough for a local preview; it serves the site under its
 * path prefix, as a static host would.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync, watch } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { SiteConfig } from '../render/site-config.ts';
import { runBuild } from '../build/run-build.ts';
import { formatReport } from '../build/build-report.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The file a request path maps to inside `root`, or null (outside root, or missing). */
export function resolveRequest(root: string, prefix: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (!path.startsWith(prefix)) return null;
  const rel = normalize(path.slice(prefix.length));
  const abs = resolve(root, '.' + sep + rel);
  if (abs !== root && !abs.startsWith(root + sep)) return null;
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    const index = join(abs, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(abs) ? abs : null;
}

export function startStaticServer(root: string, prefix: string, port: number) {
  const absRoot = resolve(root);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    // A folder without its trailing slash: redirect, as static hosts do, so relative links work.
    const file = resolveRequest(absRoot, prefix, url);
    if (!file) {
      const notFound = join(absRoot, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    if (statSync(file).isFile() && file.endsWith('index.html') && !url.split('?')[0].endsWith('/') && !url.endsWith('.html')) {
      res.writeHead(301, { location: url.split('?')[0] + '/' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise<typeof server>((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

export async function serveSite(opts: { contentDir: string; outDir: string; port: number; config: SiteConfig }): Promise<void> {
  const build = async (): Promise<void> => {
    try {
      const report = await runBuild({ contentDir: opts.contentDir, outDir: opts.outDir, stateDir: process.cwd(), config: opts.config });
      process.stdout.write(formatReport(report) + '\n');
    } catch (err) {
      process.stderr.write(`broadsheet: ${(err as Error).message}\n`);
    }
  };
  await build();
  await startStaticServer(opts.outDir, opts.config.pathPrefix, opts.port);
  process.stdout.write(`broadsheet: serving ${opts.outDir} at http://localhost:${opts.port}${opts.config.pathPrefix} (Ctrl-C to stop)\n`);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  watch(opts.contentDir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    // Note: editors write a file in several steps; wait for the burst to settle.
    timer = setTimeout(async () => {
      await running;
      process.stdout.write('broadsheet: content changed, rebuilding…\n');
      running = build();
    }, 300);
  });
  await new Promise(() => undefined);
}
