/**
 * Is the site already what a build would make? As make does: a digest of everything a build reads
 * (each content file's path, size and modification time, the configuration, the output folder, and
 * the code and templates themselves) is kept with the last report; a build whose digest matches, with
 * its output folder in place, has nothing to do.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentListing, FileStat } from '../read/list-content-files.ts';
import type { SiteConfig } from '../render/site-config.ts';
import type { BuildReport } from './build-report.ts';
import { codeFingerprint } from './code-fingerprint.ts';


/** Files in the content folder that are not articles but change what a build makes. */
const SETTINGS_FILES = ['aliases.yml', 'aliases.yaml', '.broadsheet-urls.json'];

/**
 * The digest of a build's inputs: the article files as `listing` saw them (a file edited while a build
 * runs then makes the next build run again), the settings files as they are now (the build itself
 * writes the URL ledger).
 */
export function inputDigest(contentDir: string, listing: ContentListing, config: SiteConfig, outDir: string): string {
  const h = createHash('sha256').update(codeFingerprint('all')).update(codeFingerprint('templates')).update(JSON.stringify(config)).update(outDir);
  h.update(JSON.stringify(listing.problems));
  const stamp = (f: string, st: FileStat | null): string => (st ? `${f}\0${st.size}\0${st.mtimeMs}\n` : `${f}\0missing\n`);
  const statNow = (f: string): FileStat | null => {
    try {
      return statSync(join(contentDir, f));
    } catch {
      return null;
    }
  };
  for (const f of listing.files) h.update(stamp(f, listing.stats.get(f) ?? statNow(f)));
  for (const f of SETTINGS_FILES) h.update(stamp(f, statNow(f)));
  return h.digest('hex');
}

interface LastBuild { digest: string; report: BuildReport }

const lastPath = (stateDir: string): string => join(stateDir, '.cache', 'last-build.json');

/** The last build's report when its digest matches and its output is still there; else null. */
export function upToDate(stateDir: string, digest: string, outDir: string): BuildReport | null {
  try {
    const last = JSON.parse(readFileSync(lastPath(stateDir), 'utf8')) as LastBuild;
    return last.digest === digest && existsSync(join(outDir, 'index.html')) ? last.report : null;
  } catch {
    return null;
  }
}

export function rememberBuild(stateDir: string, digest: string, report: BuildReport): void {
  mkdirSync(join(stateDir, '.cache'), { recursive: true });
  writeFileSync(lastPath(stateDir), JSON.stringify({ digest, report } satisfies LastBuild));
}
