import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedArticle } from '../../src/record.ts';
import { linkRecords, URL_LEDGER } from '../../src/build/link-records.ts';
import type { ExtractedFile } from '../../src/build/extract-files.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const record = (file: string, body: string): ExtractedFile => ({
  record: { file, headline: 'Same headline here', date: '2024-01-01', dateSource: 'front-matter', source: null, author: null, dateline: null, body, quotes: [], tags: [], topics: [], media: [], removed: [] } satisfies ExtractedArticle,
  hash: file,
});
const two = [record('a.txt', 'First article.'), record('b.txt', 'Second article.')];

function withLedger(text: string | null): ReturnType<typeof linkRecords> {
  const dir = mkdtempSync(join(tmpdir(), 'bs-link-'));
  dirs.push(dir);
  if (text !== null) writeFileSync(join(dir, URL_LEDGER), text);
  return linkRecords(dir, two);
}

test('should keep the URLs a ledger remembers', () => {
  const r = withLedger(JSON.stringify({ 'a.txt': '/2024/01/01/same-headline-here-2/', 'b.txt': '/2024/01/01/same-headline-here/' }));
  assert.deepEqual([...r.urlOfFile], [['a.txt', '/2024/01/01/same-headline-here-2/'], ['b.txt', '/2024/01/01/same-headline-here/']]);
  assert.deepEqual(r.problems, []);
});

test('should build with a warning when the ledger is not a JSON object, instead of crashing', () => {
  for (const [text, message] of [
    ['null', 'URL ledger is not a JSON object of file → URL'],
    ['[]', 'URL ledger is not a JSON object of file → URL'],
    ['"x"', 'URL ledger is not a JSON object of file → URL'],
    ['{bad', 'URL ledger is not valid JSON'],
  ]) {
    const r = withLedger(text);
    assert.deepEqual([...r.urlOfFile], [['a.txt', '/2024/01/01/same-headline-here/'], ['b.txt', '/2024/01/01/same-headline-here-2/']], text);
    assert.deepEqual(r.problems, [{ file: URL_LEDGER, level: 'warning', message, action: 'ignored and written afresh: colliding articles may have changed URL' }], text);
  }
});

test('should need no ledger', () => {
  assert.deepEqual(withLedger(null).problems, []);
});
