/**
 * Fingerprints of Broadsheet's own code and templates, taken once per process. Caches key on them,
 * so a change to the code that made a cached result invalidates it without a version bump.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintFolder } from './plan-pages.ts';
import { PACKAGE_DIR } from './package-dir.ts';

type Part = 'read' | 'extract' | 'record' | 'link' | 'all' | 'templates';
let taken: Record<Part, string> | null = null;

/** The files outside read/ and extract/ whose code shapes a cached extraction (extract-one.ts and what it calls). */
const RECORD_FILES = [
  'build/extract-one.ts', 'build/story-terms-bytes.ts', 'link/find-duplicates.ts', 'link/find-template-lines.ts', 'render/body-to-html.ts',
  'link/stories/storyTerms.ts', 'link/stories/tokenBuffer.ts', 'link/stories/wordTable.ts', 'link/stories/stopwords.ts', 'link/stories/pairIndex.ts',
];

export function codeFingerprint(part: Part): string {
  taken ??= {
    read: fingerprintFolder(join(PACKAGE_DIR, 'src', 'read')),
    extract: fingerprintFolder(join(PACKAGE_DIR, 'src', 'extract')),
    record: RECORD_FILES.reduce((h, f) => h.update(readFileSync(join(PACKAGE_DIR, 'src', f))), createHash('sha1')).digest('hex'),
    link: fingerprintFolder(join(PACKAGE_DIR, 'src', 'link')),
    all: fingerprintFolder(join(PACKAGE_DIR, 'src')),
    templates: createHash('sha1')
      .update(fingerprintFolder(join(PACKAGE_DIR, 'templates')))
      .update(readFileSync(join(PACKAGE_DIR, '.eleventy.js')))
      .digest('hex'),
  };
  return taken[part];
}
