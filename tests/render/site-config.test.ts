import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalisePathPrefix, loadSiteConfig, DEFAULT_CONFIG, ConfigError } from '../../src/render/site-config.ts';

const root = mkdtempSync(join(tmpdir(), 'bs-config-'));
after(() => rmSync(root, { recursive: true, force: true }));
const dirWith = (name: string, json: string): string => {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'broadsheet.config.json'), json);
  return dir;
};

test('should normalise a path prefix to leading and trailing slashes', () => {
  assert.equal(normalisePathPrefix(''), '/');
  assert.equal(normalisePathPrefix('/'), '/');
  assert.equal(normalisePathPrefix('archive'), '/archive/');
  assert.equal(normalisePathPrefix('/archive'), '/archive/');
  assert.equal(normalisePathPrefix('//news//archive//'), '/news/archive/');
});

test('should drop dot segments and surrounding spaces from a path prefix', () => {
  assert.equal(normalisePathPrefix('./a/../b/.'), '/a/b/');
  assert.equal(normalisePathPrefix('..'), '/');
  assert.equal(normalisePathPrefix(' /archive/ '), '/archive/');
});

test('should keep only the path of a full URL given as the prefix', () => {
  assert.equal(normalisePathPrefix('https://example.org/news/archive'), '/news/archive/');
  assert.equal(normalisePathPrefix('http://example.org'), '/');
});

test('should use the defaults when there is no config file', () => {
  assert.deepEqual(loadSiteConfig(root), DEFAULT_CONFIG);
});

test('should apply the config file, then the overrides, and normalise both URLs', () => {
  const dir = dirWith('ok', JSON.stringify({ title: 'The Archive', pathPrefix: 'old', siteUrl: 'https://example.org//', pageSize: 10 }));
  assert.deepEqual(loadSiteConfig(dir, { pathPrefix: 'archive' }), {
    title: 'The Archive',
    description: 'A news archive built with Broadsheet.',
    language: 'en',
    pathPrefix: '/archive/',
    siteUrl: 'https://example.org/',
    pageSize: 10,
  });
});

test('should refuse a config file that is not JSON', () => {
  const dir = dirWith('bad-json', '{ title: ');
  assert.throws(() => loadSiteConfig(dir), (err: unknown) => err instanceof ConfigError && err.message.startsWith(`${join(dir, 'broadsheet.config.json')}: not valid JSON (`));
});

test('should refuse a page size that is not a whole number of at least 1', () => {
  for (const pageSize of [0, 2.5, '10']) {
    const dir = dirWith(`page-${String(pageSize)}`, JSON.stringify({ pageSize }));
    assert.throws(() => loadSiteConfig(dir), new ConfigError('pageSize must be a whole number ≥ 1'));
  }
});

test('should refuse a text setting of the wrong type with a ConfigError', () => {
  const dir = dirWith('wrong-type', JSON.stringify({ pathPrefix: 5 }));
  assert.throws(() => loadSiteConfig(dir), new ConfigError('pathPrefix must be text, not 5'));
  assert.throws(() => loadSiteConfig(root, { siteUrl: null as unknown as string }), new ConfigError('siteUrl must be text, not null'));
});
