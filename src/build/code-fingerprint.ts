/**
 * Fingerprints of Broadsheet's own code and templates, taken once per process. Caches key on them,
 * so a change to the code that made a cached result invalidates it without a version bump.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintFolder } from './plan-pages.ts';
import { PACKAGE_DIR } from './package-dir.ts';

type Part = 'read' | 'extract' | 'record' | 'link' | 'search' | 'all' | 'templates';
let taken: Record<Part, string> | null = null;

/** The files outside read/ and extract/ whose code shapes a cached extraction (extract-one.ts and what it calls). */
const RECORD_FILES = [
  'build/extract-one.ts', 'build/story-terms-bytes.ts', 'link/find-duplicates.ts', 'link/find-template-lines.ts', 'render/body-to-html.ts',
  'link/stories/storyTerms.ts', 'link/stories/tokenBuffer.ts', 'link/stories/wordTable.ts', 'link/stories/stopwords.ts', 'link/stories/pairIndex.ts',
];

export function codeFingerprint(part: Part): string {
  taken ??= takeFingerprints();
  return taken[part];
}

function takeFingerprints(): Record<Part, string> {
  const parts = {
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
  // An article's search record comes from its record (read, extract, record), the archive's linking
  // (URL, topic names) and postprocess/, which makes it; render/format-date.ts gives its shown date. A
  // change anywhere else (the rest of render/, build/, cli/) leaves every search record as it was.
  const search = createHash('sha1')
    .update([parts.read, parts.extract, parts.record, parts.link, fingerprintFolder(join(PACKAGE_DIR, 'src', 'postprocess'))].join('\0'))
    .update(readFileSync(join(PACKAGE_DIR, 'src', 'render', 'format-date.ts')))
    .digest('hex');
  return { ...parts, search };
}
