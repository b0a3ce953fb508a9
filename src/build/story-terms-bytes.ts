/**
 * An article's story terms (link/stories/storyTerms `ArticleTerms`) as bytes, for the record cache:
 * made once per article by the extraction workers and read back, exactly, by same-story linking, which
 * otherwise tokenises all 16,000 bodies of an archive again on every rebuild.
 *
 * Layout (little-endian): u32 word count, u32 term count, u32 byte length of the words, u32 zero,
 * then the weights (f64 × terms), the refs (i32 × 3 × terms), and the words as UTF-8 joined by "\n"
 * (a term word is letters, digits and inner ' ’ . -, never a line break).
 */
import type { ArticleTerms } from '../link/stories/storyTerms.ts';

const HEADER = 16;

export function encodeStoryTerms(t: ArticleTerms): Uint8Array {
  const words = Buffer.from(t.words.join('\n'), 'utf8');
  const n = t.weights.length;
  const out = Buffer.alloc(HEADER + 8 * n + 12 * n + words.length);
  out.writeUInt32LE(t.words.length, 0);
  out.writeUInt32LE(n, 4);
  out.writeUInt32LE(words.length, 8);
  Buffer.from(t.weights.buffer, t.weights.byteOffset, 8 * n).copy(out, HEADER);
  Buffer.from(t.refs.buffer, t.refs.byteOffset, 12 * n).copy(out, HEADER + 8 * n);
  words.copy(out, HEADER + 20 * n);
  return out;
}

/** The terms back, or null when the bytes are not a whole, consistent encoding (a damaged cache file). */
export function decodeStoryTerms(bytes: Uint8Array): ArticleTerms | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < HEADER) return null;
  const wordCount = b.readUInt32LE(0);
  const n = b.readUInt32LE(4);
  const wordBytes = b.readUInt32LE(8);
  if (b.length !== HEADER + 20 * n + wordBytes) return null;
  // Note: copied into fresh buffers, whose offsets are aligned for the typed arrays.
  const weights = new Float64Array(n);
  Buffer.from(weights.buffer).set(b.subarray(HEADER, HEADER + 8 * n));
  const refs = new Int32Array(3 * n);
  Buffer.from(refs.buffer).set(b.subarray(HEADER + 8 * n, HEADER + 20 * n));
  const words = wordCount === 0 ? [] : b.toString('utf8', HEADER + 20 * n).split('\n');
  if (words.length !== wordCount) return null;
  for (const r of refs) if (r >= wordCount) return null;
  return { words, refs, weights };
}
