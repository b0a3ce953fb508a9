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
  id = new Map<string, number>();
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

  constructor(private readonly limit = 1_000_000) {}

  /** Clears the memo when it has grown past its limit; call only between articles (ids change). */
  bound(): void {
    if (this.text.length <= this.limit) return;
    this.id = new Map();
    for (const a of [this.text, this.info, this.stemId, this.lowerMark, this.capMark, this.nameMark, this.localMark, this.local]) a.length = 0;
  }

  of(word: string): number {
    const known = this.id.get(word);
    return known === undefined ? this.add(word) : known;
  }

  private add(word: string): number {
    const k = this.text.length;
    this.id.set(word, k);
    this.text.push(word);
    this.info.push((STOPWORDS.has(word) ? STOP : 0) | (/[0-9]/.test(word) ? DIGIT : 0) | (NOT_NAMES.has(word) ? NOT_NAME : 0));
    this.stemId.push(-1);
    this.lowerMark.push(0);
    this.capMark.push(0);
    this.nameMark.push(0);
    this.localMark.push(0);
    this.local.push(0);
    return k;
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
