/**
 * Which of several groups of literal strings occur in a text, case aside, in one pass over it.
 *
 * A line's cheap gates ("might this be a newsletter prompt, a caption, a self-reference?") were each a
 * case-insensitive regex alternation of keywords. V8 tries such an alternation at every position of
 * the line, ~7 ns a character, and every line of every page met three of them. This is one
 * Aho–Corasick automaton for all the groups: one table read per character (~4 ns), all groups at once.
 *
 * Literals are ASCII or caseless Latin-1 signs (©). Case is folded for ASCII letters only, as a
 * JavaScript regex with the `i` flag and without `u` does for them (`/mail/i` matches "MAIL", not a
 * Kelvin sign or a long s), so a group's answer is the answer of
 * `new RegExp(literals.map(escape).join('|'), 'i')` on the same text.
 */

/** Columns of the table: one per character code below 256; every code from 255 up shares the last. */
const COLUMNS = 256;

function column(code: number): number {
  return code < COLUMNS ? code : COLUMNS - 1;
}

/** The character code a literal's character is matched as: ASCII capitals folded to lower case. */
function folded(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * ASCII, or a Latin-1 character without case (©, °, ½). Codes from 255 up share one column, and a
 * Latin-1 letter would need the regex's wider folding ("é" matches "É" under /i).
 */
function isScannable(code: number): boolean {
  if (code < 128) return true;
  const ch = String.fromCharCode(code);
  return code < COLUMNS - 1 && ch.toUpperCase() === ch && ch.toLowerCase() === ch;
}

export class LiteralScanner {
  /** next state = step[state × 256 + column]. */
  private readonly step: Uint16Array | Uint32Array;
  /** The groups whose literal ends at a state (its own and, through failure links, shorter ones). */
  private readonly found: Uint32Array;

  /** `groups[i]` is bit `1 << i` of scan()'s answer (at most 31 groups). Literals are matched case aside. */
  constructor(groups: readonly (readonly string[])[]) {
    if (groups.length > 31) throw new Error('LiteralScanner: at most 31 groups');
    // The trie: edges by folded character code.
    const edges: Map<number, number>[] = [new Map()];
    const ends: number[] = [0];
    groups.forEach((literals, g) => {
      for (const literal of literals) {
        if (literal.length === 0) throw new Error('LiteralScanner: empty literal');
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const code = literal.charCodeAt(i);
          if (!isScannable(code)) throw new Error(`LiteralScanner: "${literal}" holds a character other than ASCII or a caseless Latin-1 sign`);
          const c = folded(code);
          let next = edges[state].get(c);
          if (next === undefined) {
            next = edges.length;
            edges.push(new Map());
            ends.push(0);
            edges[state].set(c, next);
          }
          state = next;
        }
        ends[state] |= 1 << g;
      }
    });
    // Breadth first: each state's failure state (the longest proper suffix that is a trie state) is
    // shallower, so its row and its groups are complete when the state is reached.
    const states = edges.length;
    const step = states <= 0xffff ? new Uint16Array(states * COLUMNS) : new Uint32Array(states * COLUMNS);
    const found = new Uint32Array(states);
    const fail = new Uint32Array(states);
    const queue: number[] = [];
    for (let code = 0; code < COLUMNS; code++) {
      const next = edges[0].get(folded(code));
      if (next !== undefined) {
        step[code] = next;
        if (!queue.includes(next)) queue.push(next);
      }
    }
    found[0] = ends[0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      found[state] = ends[state] | found[fail[state]];
      for (let code = 0; code < COLUMNS; code++) {
        const viaFail = step[fail[state] * COLUMNS + code];
        const next = edges[state].get(folded(code));
        // (No literal holds code 255 or above, so the shared last column never has an edge.)
        if (next === undefined) {
          step[state * COLUMNS + code] = viaFail;
        } else {
          step[state * COLUMNS + code] = next;
          // A capital and its small letter lead to the same state: queue it once.
          if (code < 65 || code > 90) {
            fail[next] = viaFail;
            queue.push(next);
          }
        }
      }
    }
    this.step = step;
    this.found = found;
  }

  /** The groups (as bits) with at least one literal in `text`. */
  scan(text: string): number {
    const { step, found } = this;
    let state = 0;
    let groups = 0;
    for (let i = 0; i < text.length; i++) {
      state = step[state * COLUMNS + column(text.charCodeAt(i))];
      groups |= found[state];
    }
    return groups;
  }
}
