/**
 * The extractor's entry point, extractOne: from the compiled tree's one-file bundle when there is one
 * (bin/compiled-tree.js bundleExtractor: imported in ~0.3 s against ~0.7 s for its ~600 modules), else
 * from extract-one.ts itself (run from the TypeScript sources, or with no bundler installed): the same code.
 */
import { existsSync } from 'node:fs';
import type { extractOne as ExtractOne } from './extract-one.ts';

export async function loadExtractOne(): Promise<typeof ExtractOne> {
  const bundle = new URL('./extract-one.bundle.js', import.meta.url);
  if (existsSync(bundle)) return ((await import(bundle.href)) as { extractOne: typeof ExtractOne }).extractOne;
  return (await import('./extract-one.ts')).extractOne;
}
