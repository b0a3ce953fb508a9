/**
 * The bad-input corpus: the text fixtures committed in tests/fixtures/bad-input/, plus the files git
 * cannot hold portably (exact bytes of legacy encodings and line endings, binaries, a 20 MB file,
 * symbolic links, an unreadable file), written here into a temporary copy.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FIXTURES = 'tests/fixtures/bad-input';

/**
 * Two paragraphs of article prose about `subject`. Every generated article gets its own, or files
 * with the same body would (rightly) be merged as one article and hide each other's outcome.
 */
export function prose(subject: string): string {
  return [
    `The regional water board said on Thursday that ${subject} had recovered after the wettest winter in a decade, and that the hosepipe ban in force since last summer would be lifted at the end of the month.`,
    `Farmers in the valley welcomed the news about ${subject} but warned that the board still had to repair the old pipes that lose a fifth of the water before it reaches their fields, a spokesperson for their association said.`,
  ].join('\n\n');
}

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
/** Windows-1252 bytes for the few characters used below that Latin-1 does not have. */
const cp1252 = (s: string): Buffer =>
  Buffer.concat([...s].map((c) => ({ '“': Buffer.from([0x93]), '”': Buffer.from([0x94]), '–': Buffer.from([0x96]), '’': Buffer.from([0x92]), '€': Buffer.from([0x80]) })[c] ?? latin1(c)));

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/** Generated files: relative path → bytes. */
export const GENERATED: Record<string, Buffer> = {
  // Binaries saved with an article's extension, and binaries with their own.
  'png-saved-as-article.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89]),
  'pdf-saved-as-article.txt': Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  'scan.pdf': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n%%EOF\n', 'latin1'),
  'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
  '.DS_Store': Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x08, 0x00]),
  'control-bytes.txt': Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x00 : 0x41 + (i % 26)))),
  // Encodings.
  'invalid-utf8.txt': Buffer.concat([Buffer.from('Water board lifts hosepipe ban '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1]), Buffer.from(' after wet winter\n\n' + prose('the northern reservoir') + '\n')]),
  'windows-1252.txt': cp1252('Caf\u00e9 owners say \u201cwe\u2019re back\u201d \u2013 prices up 2 \u20ac\n\n' + prose('the caf\u00e9 district supply') + '\n\nThe owner of the Caf\u00e9 du Pont said \u201cbusiness is good\u201d and that coffee would cost 2 \u20ac again.\n'),
  'latin-1.txt': latin1('A\u00f1o nuevo en Espa\u00f1a: ni\u00f1os y se\u00f1ores celebran en la plaza\n\n' + prose('the southern aquifer') + '\n\nLos ni\u00f1os de la escuela cantaron en la plaza mayor de Espa\u00f1a, dijo el alcalde a los periodistas el s\u00e1bado por la ma\u00f1ana.\n'),
  'utf-16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Reservoirs full again: Zürich water board lifts ban\r\n\r\n' + prose('the Z\u00fcrich lake intake').replace(/\n/g, '\r\n') + '\r\n', 'utf16le')]),
  'utf-16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Water board in Kraków says reservoirs are full\n\n' + prose('the Krak\u00f3w treatment plant') + '\n')]),
  'utf-8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('BOM headline: water board ends the ban\n\n' + prose('the eastern canal') + '\n')]),
  // Line endings.
  'crlf-line-endings.txt': Buffer.from('CRLF headline: reservoirs recover\r\n\r\n' + prose('the mountain spring').replace(/\n/g, '\r\n') + '\r\n'),
  'lone-cr-line-endings.txt': Buffer.from('Lone CR headline: old Mac line endings\r\r' + prose('the old mill pond').replace(/\n/g, '\r') + '\r'),
};

/** Symbolic links: relative path → target (as written in the link). */
export const LINKS: Record<string, string> = {
  'links/self': '.',
  'links/loop-a.txt': 'loop-b.txt',
  'links/loop-b.txt': 'loop-a.txt',
  'links/broken.txt': 'no-such-file.txt',
  'links/alias-of-duplicate.txt': '../duplicate-original.txt',
};

export const HUGE = 'huge-20mb.txt';
export const UNREADABLE = 'unreadable.txt';

export interface CorpusOptions {
  /** Write the files in reverse path order (the order a file system hands them back may follow it). */
  reverse?: boolean;
  /** Modification time of the first file written (ms since the epoch); each next file one hour later. */
  mtimeMs?: number;
}

/** Writes the whole corpus into `root`, which must not exist yet or be empty. */
export function makeBadCorpus(root: string, opts: CorpusOptions = {}): void {
  const files = new Map<string, Buffer>();
  for (const rel of entriesOnDisk(FIXTURES)) files.set(rel, readFileSync(join(FIXTURES, rel)));
  for (const [rel, bytes] of Object.entries(GENERATED)) files.set(rel, bytes);
  // 20 MB of plausible text: a dump pasted into the folder, not an article.
  const line = 'Log line: the water board recorded the reservoir level at noon, as it does every day of the year.\n';
  files.set(HUGE, Buffer.from(line.repeat(Math.ceil((20 * 1024 * 1024) / line.length))));
  files.set(UNREADABLE, Buffer.from('A file nobody may read\n\n' + prose('the locked pumping station') + '\n'));
  const order = [...files.keys()].sort();
  if (opts.reverse) order.reverse();
  order.forEach((rel, i) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files.get(rel)!);
    if (opts.mtimeMs !== undefined) {
      const t = new Date(opts.mtimeMs + i * 3_600_000);
      utimesSync(path, t, t);
    }
  });
  mkdirSync(join(root, 'links'), { recursive: true });
  for (const [rel, target] of Object.entries(LINKS)) symlinkSync(target, join(root, rel));
  chmodSync(join(root, UNREADABLE), 0o000);
}

/**
 * Every entry on disk that is not a folder (files and symbolic links, links not followed), as paths
 * relative to `root` with forward slashes.
 */
export function entriesOnDisk(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(root, r));
    if (st.isDirectory()) out.push(...entriesOnDisk(root, r));
    else out.push(r);
  }
  return out;
}

/**
 * True when this process can read a file of mode 000 anyway: root (CI containers run tests as root)
 * bypasses file permissions, so there the "unreadable" file is simply an article.
 */
export function canReadFile(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}
