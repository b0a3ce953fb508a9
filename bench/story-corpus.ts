/**
 * Story-linking inputs for the benches (bench/stories.ts, bench/stories-scale.ts): the stories-dev
 * articles as StoryInputs, and a larger archive made of copies of them with names and numbers made
 * unique per copy, spread over years.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoryInput } from '../src/link/stories.ts';

export const STORIES_DEV_INPUTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/eval/stories-dev/inputs');

/** Every `<id><suffix>` file of `dir` as an undated StoryInput: the first line is the headline. */
export function readStoryInputs(dir = STORIES_DEV_INPUTS, suffix = '.txt'): StoryInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const nl = text.indexOf('\n');
      const headline = (nl < 0 ? text : text.slice(0, nl)).trim();
      const body = nl < 0 ? '' : text.slice(nl + 1).trim();
      return { id: f.slice(0, -suffix.length), headline, body, date: null, source: null };
    });
}

/** `n` copies of `base`, names and numbers suffixed per copy (so copies are other stories), dated per copy. */
export function mangledCopies(base: StoryInput[], n: number): StoryInput[] {
  const out: StoryInput[] = [];
  for (let k = 0; out.length < n; k++) {
    const tag = k.toString(36);
    const mangle = (s: string) =>
      s.replace(/\b([A-Z][a-z]{2,})\b/g, (w, _m, at: number) => (at === 0 ? w : `${w}${tag}`)).replace(/\d+/g, (d) => `${d}${tag}`);
    const day = new Date(Date.UTC(2015, 0, 1) + ((k * 37) % 3000) * 86_400_000).toISOString().slice(0, 10);
    for (const a of base) {
      if (out.length >= n) break;
      out.push({ ...a, id: `${a.id}-${tag}`, headline: mangle(a.headline), body: mangle(a.body), date: day });
    }
  }
  return out;
}
