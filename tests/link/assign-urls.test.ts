import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignUrls, idFromUrl, safeUrlPath, wantedUrl, type UrlInput } from '../../src/link/assign-urls.ts';

const art = (file: string, headline: string, date: string | null, url?: string): UrlInput => ({ file, headline, date, ...(url === undefined ? {} : { url }) });

test('should build a dated URL from the day of the date and the headline slug', () => {
  assert.deepEqual(wantedUrl(art('a.txt', 'North Korea fires missile', '2024-01-05T03:07')), { url: '/2024/01/05/north-korea-fires-missile/' });
});

test('should put an undated article under /undated/', () => {
  assert.deepEqual(wantedUrl(art('a.txt', 'Storm warning', null)), { url: '/undated/storm-warning/' });
});

test('should fall back to the file name when the headline is empty', () => {
  assert.deepEqual(wantedUrl(art('sub/My File.txt', '', '2024-02-03')), { url: '/2024/02/03/sub-my-file/' });
});

test('should give colliding articles -2 and -3 in file order whatever the input order', () => {
  const inputs = [art('c.txt', 'Same headline', '2024-01-05'), art('a.txt', 'Same headline', '2024-01-05'), art('b.txt', 'Same headline', '2024-01-05'), art('d.txt', 'Other', '2024-01-05')];
  const expected = new Map([
    ['a.txt', '/2024/01/05/same-headline/'],
    ['b.txt', '/2024/01/05/same-headline-2/'],
    ['c.txt', '/2024/01/05/same-headline-3/'],
    ['d.txt', '/2024/01/05/other/'],
  ]);
  for (const order of [inputs, [...inputs].reverse(), [inputs[2], inputs[0], inputs[3], inputs[1]]]) {
    const { urls } = assignUrls(order);
    assert.deepEqual(new Map([...urls].sort()), expected);
  }
});

test('should not give a numbered variant that another article wants as its own URL', () => {
  const { urls } = assignUrls([art('a.txt', 'Vote', '2024-01-05'), art('b.txt', 'Vote', '2024-01-05'), art('c.txt', 'Vote 2', '2024-01-05')]);
  assert.equal(urls.get('a.txt'), '/2024/01/05/vote/');
  assert.equal(urls.get('b.txt'), '/2024/01/05/vote-3/');
  assert.equal(urls.get('c.txt'), '/2024/01/05/vote-2/');
});

test('should keep an existing article its URL when a colliding article that sorts first is added', () => {
  const first = assignUrls([art('b.txt', 'Flood', '2024-03-01')]);
  assert.deepEqual(first.ledger, { 'b.txt': '/2024/03/01/flood/' });
  const second = assignUrls([art('b.txt', 'Flood', '2024-03-01'), art('a.txt', 'Flood', '2024-03-01')], first.ledger);
  assert.equal(second.urls.get('b.txt'), '/2024/03/01/flood/');
  assert.equal(second.urls.get('a.txt'), '/2024/03/01/flood-2/');
  assert.deepEqual(second.ledger, { 'a.txt': '/2024/03/01/flood-2/', 'b.txt': '/2024/03/01/flood/' });
  // and the build after that keeps both
  const third = assignUrls([art('a.txt', 'Flood', '2024-03-01'), art('b.txt', 'Flood', '2024-03-01'), art('0.txt', 'Flood', '2024-03-01')], second.ledger);
  assert.deepEqual(third.ledger, { '0.txt': '/2024/03/01/flood-3/', 'a.txt': '/2024/03/01/flood-2/', 'b.txt': '/2024/03/01/flood/' });
});

test('should drop a ledger URL that no longer fits the article', () => {
  const ledger = { 'a.txt': '/2024/03/01/flood-2/', 'b.txt': '/2024/03/01/flood-bar/', 'c.txt': '/etc/' };
  const { urls } = assignUrls([art('a.txt', 'Fire', '2024-03-01'), art('b.txt', 'Flood', '2024-03-01'), art('c.txt', 'Flood', '2024-03-01')], ledger);
  assert.deepEqual(new Map([...urls].sort()), new Map([
    ['a.txt', '/2024/03/01/fire/'],
    ['b.txt', '/2024/03/01/flood/'],
    ['c.txt', '/2024/03/01/flood-2/'],
  ]));
});

test('should ignore ledger values that are not text', () => {
  const ledger = JSON.parse('{"a.txt": 5, "b.txt": null}') as Record<string, string>;
  const { urls } = assignUrls([art('a.txt', 'X', null), art('b.txt', 'X', null)], ledger);
  assert.equal(urls.get('a.txt'), '/undated/x/');
  assert.equal(urls.get('b.txt'), '/undated/x-2/');
});

test('should make a front-matter URL with .. segments safe', () => {
  assert.equal(safeUrlPath('../../etc/passwd'), '/etc/passwd/');
  assert.equal(safeUrlPath('\\\\server\\Share\\..\\My Page'), '/server/share/my-page/');
  assert.deepEqual(wantedUrl(art('a.txt', 'H', null, '../../etc/passwd')), { url: '/etc/passwd/' });
});

test('should reject empty and reserved front-matter URLs and use the dated URL', () => {
  assert.equal(safeUrlPath('/../.'), null);
  for (const url of ['/topics/x', '/Sources/y/', '/page/2/', '/pagefind/', '/PageFind', '/2024/', '/2024/01/', '/2024/01/page/2/', '..']) {
    assert.deepEqual(wantedUrl(art('a.txt', 'Headline', '2024-01-05', url)), {
      url: '/2024/01/05/headline/',
      rejected: `front matter url "${url}" is not usable (empty or reserved): ignored`,
    }, url);
  }
  assert.deepEqual(wantedUrl(art('a.txt', 'H', null, '/2024/01/05/my-own-slug/')), { url: '/2024/01/05/my-own-slug/' });
});

test('should report rejected front-matter URLs by file', () => {
  const { urls, rejected } = assignUrls([art('a.txt', 'A', '2024-01-05', '/topics/'), art('b.txt', 'B', null, '/about/')]);
  assert.equal(urls.get('a.txt'), '/2024/01/05/a/');
  assert.equal(urls.get('b.txt'), '/about/');
  assert.deepEqual([...rejected], [['a.txt', 'front matter url "/topics/" is not usable (empty or reserved): ignored']]);
});

test('should derive the id from the URL path segments', () => {
  assert.equal(idFromUrl('/2024/01/05/north-korea-fires-missile/'), '2024-01-05-north-korea-fires-missile');
  assert.equal(idFromUrl('/undated/storm-2/'), 'undated-storm-2');
});

test('should slug a percent-encoded front matter url by its words', () => {
  assert.equal(safeUrlPath('/caf%C3%A9/menu/'), '/cafe/menu/');
  assert.equal(safeUrlPath('/..%2F..%2Fetc/'), '/etc/');
  assert.equal(safeUrlPath('/100%/'), '/100/');
});

test('should slug the file name when the headline has no letters or digits', () => {
  assert.equal(wantedUrl({ file: 'launches/rocket-night.txt', headline: '🚀🔥🎉', date: '2024-03-01' }).url, '/2024/03/01/launches-rocket-night/');
  assert.equal(wantedUrl({ file: 'a.txt', headline: '🚀 Liftoff', date: null }).url, '/undated/liftoff/');
});

test('should count a file listed twice once, by its last listing, and place ledger URLs first in the map', () => {
  const { urls, ledger } = assignUrls(
    [art('b.txt', 'Same', '2024-01-05'), art('a.txt', 'Old', '2024-01-05'), art('a.txt', 'Same', '2024-01-05'), art('c.txt', 'Same', '2024-01-05')],
    { 'c.txt': '/2024/01/05/same/' },
  );
  assert.deepEqual([...urls], [
    ['c.txt', '/2024/01/05/same/'],
    ['a.txt', '/2024/01/05/same-2/'],
    ['b.txt', '/2024/01/05/same-3/'],
  ]);
  assert.deepEqual(Object.entries(ledger), [
    ['a.txt', '/2024/01/05/same-2/'],
    ['b.txt', '/2024/01/05/same-3/'],
    ['c.txt', '/2024/01/05/same/'],
  ]);
});
