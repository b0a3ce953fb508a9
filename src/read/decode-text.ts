/**
 * Bytes → text. Scraped folders hold UTF-8 (with or without BOM), UTF-16, legacy Windows-1252 /
 * Latin-1 files and the odd binary that was saved by mistake. Decode what is text, name what is not.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; error: string };

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** Single-byte code pages of non-Latin scripts: text in them decoded as Windows-1252 is unreadable. */
const NON_LATIN_CODE_PAGES = new Set(['windows-1251', 'koi8-r', 'iso-8859-5', 'windows-1253', 'iso-8859-7', 'windows-1255', 'iso-8859-8', 'windows-1256', 'iso-8859-6']);

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Share of bytes that are control characters other than tab/newline/carriage return/form feed. */
function controlShare(buf: Uint8Array): number {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0 || (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) bad++;
  }
  return bad / n;
}

/** Normalise line endings (CRLF and lone CR → LF) and drop a leading BOM. */
export function normaliseNewlines(text: string): string {
  // Note: also drops C0 control characters other than tab and newline (NUL, form feed, escape…):
  // they are never article text and XML and HTML cannot carry most of them.
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** Length of the valid UTF-8 sequence of two or more bytes starting at `i`, or 0. */
function utf8SequenceAt(buf: Uint8Array, i: number): number {
  const b = buf[i];
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!n || i + n > buf.length) return 0;
  for (let k = 1; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
  const b1 = buf[i + 1];
  if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
  return n;
}

/** UTF-8 text with stray single bytes, when valid multi-byte sequences are at least as many as the stray bytes. */
function decodeMixedUtf8(buf: Uint8Array): { text: string; stray: number } | null {
  const parts: string[] = [];
  let multi = 0;
  let stray = 0;
  let start = 0;
  const utf8 = new TextDecoder('utf-8');
  for (let i = 0; i < buf.length; ) {
    if (buf[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(buf, i);
    if (n) {
      multi++;
      i += n;
      continue;
    }
    stray++;
    parts.push(utf8.decode(buf.subarray(start, i)), iconv.decode(Buffer.from(buf.subarray(i, i + 1)), 'windows-1252'));
    start = ++i;
  }
  if (multi === 0 || multi < stray) return null;
  parts.push(utf8.decode(buf.subarray(start)));
  return { text: parts.join(''), stray };
}

export function decodeText(buf: Uint8Array): Decoded {
  // Note: BOMs first; UTF-16 text is full of NUL bytes and would look binary.
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    return { ok: true, text: normaliseNewlines(new TextDecoder('utf-8').decode(buf.subarray(3))), encoding: 'utf-8', warnings: [] };
  }
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const enc = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: normaliseNewlines(iconv.decode(Buffer.from(buf.subarray(2)), enc)), encoding: enc, warnings: [`decoded as ${enc.toUpperCase()} (byte-order mark)`] };
  }
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(buf, sig)) return { ok: false, error: `not a text file: looks like a ${name}` };
  }
  if (controlShare(buf) > 0.02) return { ok: false, error: 'not a text file: binary content (control bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ok: true, text: normaliseNewlines(text), encoding: 'utf-8', warnings: [] };
  } catch {
    // Mostly UTF-8 with a few stray legacy bytes (a file pasted together from two sources): decode
    // each valid UTF-8 sequence as UTF-8 and only the stray bytes as Windows-1252, so "Café" stays
    // "Café" rather than turning into "CafÃ©" around one bad byte.
    const mixed = decodeMixedUtf8(buf);
    if (mixed) return { ok: true, text: normaliseNewlines(mixed.text), encoding: 'utf-8', warnings: [`${mixed.stray} byte(s) not valid UTF-8: decoded as windows-1252`] };
    // Not valid UTF-8: a legacy single-byte encoding, most often Windows-1252 (a superset of Latin-1's
    // printable range). chardet guesses; we only accept single-byte guesses it can decode.
    const guess = (chardet.detect(buf) ?? '').toLowerCase();
    // Note: chardet cannot tell Latin-script code pages apart on short text ("Peña" comes back as
    // ISO-8859-2 and would read "Peńa"), so only a guess of another script (Cyrillic, Greek, Hebrew,
    // Arabic) overrides Windows-1252, which also agrees with every printable Latin-1 byte and maps the
    // 0x80–0x9F "smart quote" bytes that real Latin-1-labelled files contain.
    const used = NON_LATIN_CODE_PAGES.has(guess) && iconv.encodingExists(guess) ? guess : 'windows-1252';
    const text = iconv.decode(Buffer.from(buf), used);
    return { ok: true, text: normaliseNewlines(text), encoding: used, warnings: [`not valid UTF-8: decoded as ${used}`] };
  }
}
