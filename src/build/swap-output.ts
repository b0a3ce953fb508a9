/**
 * Atomic output: a build writes into a fresh folder beside the target and only replaces the target
 * when everything succeeded, so a failed build never leaves a half-written site.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
}

export function prepareStaging(outDir: string): string {
  const staging = stagingDirFor(outDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

export function swapIn(staging: string, outDir: string): void {
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
