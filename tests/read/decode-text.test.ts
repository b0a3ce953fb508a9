import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, normaliseNewlines } from '../../src/read/decode-text.ts';

const latin = (s: string): Buffer => Buffer.from(s, 'latin1');
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

test('should decode plain UTF-8 without warnings', () => {
  assert.deepEqual(decodeText(Buffer.from('Café “quoted” — 東京\n')), { ok: true, text: 'Café “quoted” — 東京\n', encoding: 'utf-8', warnings: [] });
});

test('should drop a UTF-8 byte-order mark', () => {
  const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\n\nBody é')]);
  assert.deepEqual(decodeText(buf), { ok: true, text: 'Headline\n\nBody é', encoding: 'utf-8', warnings: [] });
});

test('should decode UTF-16LE with a byte-order mark', () => {
  const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo “w”\r\nline 2', 'utf16le')]);
  assert.deepEqual(decodeText(buf), { ok: true, text: 'Héllo “w”\nline 2', encoding: 'utf-16le', warnings: ['decoded as UTF-16LE (byte-order mark)'] });
});

test('should decode UTF-16BE with a byte-order mark', () => {
  const buf = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Héllo “w”\r\nline 2')]);
  assert.deepEqual(decodeText(buf), { ok: true, text: 'Héllo “w”\nline 2', encoding: 'utf-16be', warnings: ['decoded as UTF-16BE (byte-order mark)'] });
});

test('should decode Windows-1252 smart quotes and é without mojibake', () => {
  const result = decodeText(latin('He said \x93hello\x94 at the caf\xe9 \x96 twice.'));
  assert.deepEqual(result, { ok: true, text: 'He said “hello” at the café – twice.', encoding: 'windows-1252', warnings: ['not valid UTF-8: decoded as windows-1252'] });
});

test('should decode short Latin-1 text as Latin-1 even when chardet guesses another Latin code page', () => {
  // chardet calls both of these ISO-8859-2 / ISO-8859-9, which would turn ñ into ń.
  const a = decodeText(latin('Pe\xf1a Nieto'));
  assert.equal(a.ok && a.text, 'Peña Nieto');
  const b = decodeText(latin('Le caf\xe9 \xe0 Montr\xe9al, na\xefve \xa9 \xbd \xb0C'));
  assert.equal(b.ok && b.text, 'Le café à Montréal, naïve © ½ °C');
  assert.equal(b.ok && b.encoding, 'windows-1252');
});

test('should decode a Cyrillic Windows-1251 file as Cyrillic', () => {
  // "Президент России заявил в четверг, что переговоры продолжатся." in Windows-1251
  const bytes = Buffer.from('cff0e5e7e8e4e5edf220d0eef1f1e8e820e7e0ffe2e8eb20e220f7e5f2e2e5f0e32c20f7f2ee20efe5f0e5e3eee2eef0fb20eff0eee4eeebe6e0f2f1ff2e', 'hex');
  assert.deepEqual(decodeText(bytes), {
    ok: true,
    text: 'Президент России заявил в четверг, что переговоры продолжатся.',
    encoding: 'windows-1251',
    warnings: ['not valid UTF-8: decoded as windows-1251'],
  });
});

test('should keep the UTF-8 of a mostly UTF-8 file and decode only its stray bytes as Windows-1252', () => {
  const buf = Buffer.concat([Buffer.from('Café and naïve, '), Buffer.from([0x93]), Buffer.from('quoted'), Buffer.from([0x94])]);
  assert.deepEqual(decodeText(buf), {
    ok: true,
    text: 'Café and naïve, “quoted”',
    encoding: 'utf-8',
    warnings: ['2 byte(s) not valid UTF-8: decoded as windows-1252'],
  });
});

test('should decode invalid UTF-8 with no valid sequences as Windows-1252', () => {
  assert.deepEqual(decodeText(Buffer.from([0x41, 0xc3, 0x28, 0x61])), { ok: true, text: 'AÃ(a', encoding: 'windows-1252', warnings: ['not valid UTF-8: decoded as windows-1252'] });
});

test('should normalise CRLF and lone CR line endings to LF', () => {
  const result = decodeText(Buffer.from('one\r\ntwo\rthree\n\r\nfour'));
  assert.equal(result.ok && result.text, 'one\ntwo\nthree\n\nfour');
  assert.equal(normaliseNewlines('\uFEFFa\r\rb'), 'a\n\nb');
});

test('should refuse a PNG image', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  assert.deepEqual(decodeText(png), { ok: false, error: 'not a text file: looks like a PNG image' });
});

test('should refuse a PDF document', () => {
  assert.deepEqual(decodeText(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')), { ok: false, error: 'not a text file: looks like a PDF document' });
});

test('should refuse a JPEG image', () => {
  assert.deepEqual(decodeText(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])), { ok: false, error: 'not a text file: looks like a JPEG image' });
});

test('should refuse random binary bytes', () => {
  // A fixed pseudo-random sequence (linear congruential), so the test is the same on every run.
  const buf = Buffer.alloc(4096);
  let x = 12345;
  for (let i = 0; i < buf.length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    buf[i] = (x >>> 16) & 0xff;
  }
  assert.deepEqual(decodeText(buf), { ok: false, error: 'not a text file: binary content (control bytes)' });
});
