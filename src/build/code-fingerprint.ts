/**
 * Fingerprints of Broadsheet's own code and templates, taken once per process. Caches key on them,
 * so a change to the code that made a cached result invalidates it without a version bump.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintFolder } from './plan-pages.ts';
import { PACKAGE_DIR } from './package-dir.ts';

let taken: Record<'read' | 'extract' | 'link' | 'all' | 'templates', string> | null = null;

export function codeFingerprint(part: 'read' | 'extract' | 'link' | 'all' | 'templates'): string {
  taken ??= {
    read: fingerprintFolder(join(PACKAGE_DIR, 'src', 'read')),
    extract: fingerprintFolder(join(PACKAGE_DIR, 'src', 'extract')),
    link: fingerprintFolder(join(PACKAGE_DIR, 'src', 'link')),
    all: fingerprintFolder(join(PACKAGE_DIR, 'src')),
    templates: createHash('sha1')
      .update(fingerprintFolder(join(PACKAGE_DIR, 'templates')))
      .update(readFileSync(join(PACKAGE_DIR, '.eleventy.js')))
      .digest('hex'),
  };
  return taken[part];
}
