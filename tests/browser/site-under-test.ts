/**
 * Shared by the browser and validator tests: build the seed content into a temp folder under a
 * path prefix, serve it on 127.0.0.1 as a static host would, and start Debian's Chromium.
 * Missing Chromium or Java fails the test with a message saying what to install: these tests are
 * part of `npm test` and must never pass by skipping.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { runBuild } from '../../src/build/run-build.ts';
import { DEFAULT_CONFIG, type SiteConfig } from '../../src/render/site-config.ts';
import { startStaticServer } from '../../src/cli/serve-site.ts';

export const PREFIX = '/archive/';
export const SITE_URL = 'https://example.org/archive/';
export const SEED_A = '/2024/01/05/north-korea-supplied-russia-with-missiles-for-ukraine-attacks-us/';
export const SEED_B = '/2024/01/04/north-korean-connection-confirmed-in-ukraine-war/';
export const HEADLINE_A = 'North Korea supplied Russia with missiles for Ukraine attacks: US';
export const HEADLINE_B = 'North Korean Connection Confirmed in Ukraine War';
export const CHROMIUM = '/usr/bin/chromium';

export async function buildSeedSite(config: Partial<SiteConfig> = { pathPrefix: PREFIX, siteUrl: SITE_URL }) {
  const work = mkdtempSync(join(tmpdir(), 'bs-browser-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const out = join(work, '_site');
  const report = await runBuild({ contentDir: content, outDir: out, stateDir: work, config: { ...DEFAULT_CONFIG, ...config } });
  return { work, out, report };
}

export async function serve(root: string, prefix = PREFIX): Promise<{ base: string; origin: string; close: () => Promise<void> }> {
  const server = await startStaticServer(root, prefix, 0);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium package (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function requireJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error('Java not found: the HTML validity test runs vnu-jar and needs a Java runtime (apt-get install -y default-jre-headless)');
  }
}

/** Every href/src in an HTML text, entity-decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
