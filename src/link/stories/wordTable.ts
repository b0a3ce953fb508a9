import { NOT_NAMES, STOPWORDS } from './stopwords.ts';

/** What a word's string alone says about it (bit flags in WordTable.info). */
export const STOP = 1;
export const DIGIT = 2;
export const NOT_NAME = 4;

/**
 * Lower-cased word forms interned to small integers, with what depends on the string alone (stopword,
 * has a digit, calendar word, light stem) worked out once per distinct word instead of once per token.
 * It is a memo of pure functions of the string: ids mean nothing outside one article's computation, and
 * `reset` (when the table grows past `limit`) changes no result, only what is cached.
 * Also holds per-word scratch marks stamped with the article being read, so that per-article sets
 * (names, words seen in lower case) are array writes rather than Set<string> allocations.
 */
export class WordTable {
  text: string[] = [];
  info: number[] = [];
  /** Word id of the stem, or -1 until first asked. */
  stemId: number[] = [];
  /** Per-article marks: equal to the article's stamp when set for that article. */
  lowerMark: number[] = [];
  capMark: number[] = [];
  nameMark: number[] = [];
  localMark: number[] = [];
  /** The word's index in the current article's word list (valid when localMark is the stamp). */
  local: number[] = [];
  // Open-addressing hash table over the words' UTF-16 units (slot → word id + 1, 0 empty): a token is
  // looked up where it lies in its sentence, without cutting it out as a string first.
  private slots = new Int32Array(1 << 14);
  private hashes: number[] = [];

  constructor(private readonly limit = 1_000_000) {}

  /** Clears the memo when it has grown past its limit; call only between articles (ids change). */
  bound(): void {
    if (this.text.length <= this.limit) return;
    this.slots = new Int32Array(1 << 14);
    for (const a of [this.text, this.info, this.stemId, this.lowerMark, this.capMark, this.nameMark, this.localMark, this.local, this.hashes]) a.length = 0;
  }

  of(word: string): number {
    return this.at(word, 0, word.length);
  }

  /** Id of the word `s.slice(from, to)`. */
  at(s: string, from: number, to: number): number {
    let h = 0x811c9dc5 | 0; // FNV-1a over UTF-16 units
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = this.slots[i] - 1;
      if (k < 0) return this.add(s.slice(from, to), h, i);
      if (this.hashes[k] !== h) continue;
      const t = this.text[k];
      if (t.length !== to - from) continue;
      let j = 0;
      while (j < t.length && t.charCodeAt(j) === s.charCodeAt(from + j)) j++;
      if (j === t.length) return k;
    }
  }

  /**
   * Id of the lower case of `s.slice(from, to)`, an ASCII token whose lower-case FNV-1a hash `h` the
   * caller computed while reading it (as `at` would over the lower-cased units).
   */
  atAscii(s: string, from: number, to: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = to - from;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = this.slots[i] - 1;
      if (k < 0) return this.add(s.slice(from, to).toLowerCase(), h, i);
      if (this.hashes[k] !== h) continue;
      const t = this.text[k];
      if (t.length !== len) continue;
      let j = 0;
      for (; j < len; j++) {
        const c = s.charCodeAt(from + j);
        if (t.charCodeAt(j) !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
      }
      if (j === len) return k;
    }
  }

  private add(text: string, h: number, slot: number): number {
    // A copy, not a slice: V8 may keep a long slice as a view of the whole article it was cut from,
    // and the memo outlives the article.
    const word = (' ' + text).slice(1);
    const k = this.text.length;
    this.slots[slot] = k + 1;
    this.hashes.push(h);
    this.text.push(word);
    this.info.push((STOPWORDS.has(word) ? STOP : 0) | (/[0-9]/.test(word) ? DIGIT : 0) | (NOT_NAMES.has(word) ? NOT_NAME : 0));
    this.stemId.push(-1);
    this.lowerMark.push(0);
    this.capMark.push(0);
    this.nameMark.push(0);
    this.localMark.push(0);
    this.local.push(0);
    if (this.text.length * 2 > this.slots.length) this.grow();
    return k;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.text.length; k++) {
      let i = this.hashes[k] & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    }
    this.slots = slots;
  }

  /** Word id of `stem(text[k])`. */
  stem(k: number, stem: (w: string) => string): number {
    const s = this.stemId[k];
    if (s >= 0) return s;
    const t = this.of(stem(this.text[k]));
    this.stemId[k] = t;
    return t;
  }
}
