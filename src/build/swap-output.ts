/**
 * Atomic output: a build writes into a fresh folder beside the target and only touches the target
 * when everything succeeded, so a failed build never leaves a half-written site.
 * A full build swaps the whole folder in; an incremental one moves its new pages into place one by
 * one (each a rename, so a reader never sees a half-written page) and removes vanished pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
}

export function prepareStaging(outDir: string): string {
  const staging = stagingDirFor(outDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Puts the staging folder in the output's place. The old output is renamed aside first and deleted by
 * a detached process: removing a whole site (tens of thousands of files at 16,000 articles, about a
 * millisecond each on a slow disk) would hold up a build whose site is already in place, and nothing
 * reads the renamed folder. Old folders a killed deleter left behind go with it.
 */
export function swapIn(staging: string, outDir: string): void {
  const prefix = `.${basename(outDir)}.old-`;
  const old = join(dirname(outDir), `${prefix}${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  const stale = readdirSync(dirname(outDir)).filter((name) => name.startsWith(prefix)).map((name) => join(dirname(outDir), name));
  if (stale.length) removeInBackground(stale);
}

const REMOVE = "for (const d of process.argv.slice(1)) require('node:fs').rmSync(d, { recursive: true, force: true })";

/** Deletes these folders in a detached process (here, at once, if it cannot be started). */
export function removeInBackground(dirs: string[]): void {
  const now = () => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); };
  try {
    const child = spawn(process.execPath, ['-e', REMOVE, ...dirs], { detached: true, stdio: 'ignore' });
    child.on('error', now);
    child.unref();
  } catch {
    now();
  }
}

/** Moves every file of `staging` to the same place in `outDir`; returns the relative paths moved. */
export function mergeIn(staging: string, outDir: string): string[] {
  const moved: string[] = [];
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(staging, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      const from = join(staging, r);
      if (statSync(from).isDirectory()) walk(r);
      else {
        mkdirSync(dirname(join(outDir, r)), { recursive: true });
        renameSync(from, join(outDir, r));
        moved.push(r);
      }
    }
  };
  walk('');
  rmSync(staging, { recursive: true, force: true });
  return moved.sort();
}

/**
 * Removes the pages at these site URLs (`/a/b/` is `a/b/index.html`, `/a/feed.xml` is that file)
 * and the folders they leave empty.
 */
export function removePages(outDir: string, urls: string[]): void {
  const root = resolve(outDir);
  for (const url of urls) {
    const target = resolve(root, '.' + url);
    if (!target.startsWith(root + sep)) continue; // never outside the output folder
    const dir = url.endsWith('/') ? target : dirname(target);
    rmSync(url.endsWith('/') ? join(target, 'index.html') : target, { force: true });
    for (let d = dir; d !== root && d.startsWith(root + sep); d = dirname(d)) {
      try {
        if (readdirSync(d).length) break;
        rmdirSync(d);
      } catch {
        break;
      }
    }
  }
}

export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
