/**
 * Site data → HTML files, with Eleventy and the templates in `templates/`. Eleventy gets the
 * prepared data as the global `bs`; its templates paginate over it (one template per page kind),
 * so Eleventy never has to scan a collection per page.
 */
import Eleventy from '@11ty/eleventy';
import { join } from 'node:path';
import { PACKAGE_DIR } from './package-dir.ts';
import type { SiteData } from '../render/site-data.ts';


export async function writeSite(data: SiteData, outDir: string, pathPrefix: string, root = PACKAGE_DIR): Promise<number> {
  const elev = new Eleventy(join(root, 'templates'), outDir, {
    configPath: join(root, '.eleventy.js'),
    quietMode: true,
    pathPrefix,
    config(cfg: { addGlobalData(name: string, value: unknown): void }) {
      cfg.addGlobalData('bs', data);
    },
  });
  const result = (await elev.write()) as unknown;
  // Eleventy 3 resolves to [passthroughResults, templateResults]
  const templates = Array.isArray(result) ? (result.flat() as { outputPath?: string }[]) : [];
  return templates.filter((r) => r && typeof r.outputPath === 'string' && r.outputPath.endsWith('.html')).length;
}
