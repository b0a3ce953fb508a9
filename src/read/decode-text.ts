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
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
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
    // Not valid UTF-8: a legacy single-byte encoding, most often Windows-1252 (a superset of Latin-1's
    // printable range). chardet guesses; we only accept single-byte guesses it can decode.
    const guess = (chardet.detect(buf) ?? '').toLowerCase();
    const enc = /^(iso-8859-\d+|windows-125\d|koi8-r)$/.test(guess) && iconv.encodingExists(guess) ? guess : 'windows-1252';
    // Note: ISO-8859-1 guesses are decoded as Windows-1252, which agrees on every printable Latin-1
    // byte and also maps the 0x80–0x9F "smart quote" bytes that real Latin-1-labelled files contain.
    const used = enc === 'iso-8859-1' ? 'windows-1252' : enc;
    const text = iconv.decode(Buffer.from(buf), used);
    return { ok: true, text: normaliseNewlines(text), encoding: used, warnings: [`not valid UTF-8: decoded as ${used}`] };
  }
}
