/**
 * A deterministic synthetic news archive for benchmarks: raw, seed-shaped article files (title line,
 * repeated headline, byline date, photo caption and credit, dateline, ~600 words of prose with
 * quotes, advertisement/READ/newsletter lines, a TAGS line, a copyright line), from fixed pools of
 * 200 topics and 20 outlets. The same seed gives the same files, byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('the of and to in a is that for on with as was by at from it be this are said have has an not '
  + 'but were which their they will government officials city council report year people new after more '
  + 'than about would could also its been other two first last week state minister police public support '
  + 'plan policy health school water energy market price prices bank budget million percent election vote '
  + 'court law case judge trial team season game players coach league club fans market company workers union '
  + 'strike talks agreement deal border security military forces attack missile region country leaders '
  + 'meeting summit climate weather storm flood fire residents families children hospital doctors patients '
  + 'study research scientists data results program funding project construction road bridge transport '
  + 'airport flights travel tourism economy growth inflation jobs unemployment rate interest investors '
  + 'shares trade exports imports farmers crops food supply shortage demand housing rent homes building').split(' ');
const FIRST = ['John', 'Maria', 'David', 'Sarah', 'Ahmed', 'Li', 'Carlos', 'Anna', 'James', 'Fatima', 'Peter', 'Elena', 'Michael', 'Grace', 'Kenji', 'Olga', 'Samuel', 'Aisha', 'Thomas', 'Laura'];
const LAST = ['Kirby', 'Santos', 'Miller', 'Okafor', 'Chen', 'Novak', 'Haddad', 'Brennan', 'Ivanova', 'Moreau'];
const PLACES = ['Manila', 'Lagos', 'Berlin', 'Lima', 'Nairobi', 'Oslo', 'Hanoi', 'Quito', 'Accra', 'Perth', 'Dublin', 'Seoul', 'Cairo', 'Denver', 'Leeds', 'Porto', 'Osaka', 'Tunis', 'Riga', 'Cusco'];
const COUNTRIES = ['Philippines', 'Nigeria', 'Germany', 'Peru', 'Kenya', 'Norway', 'Vietnam', 'Ecuador', 'Ghana', 'Australia'];
const ORGS = ['World Health Organization', 'Central Bank', 'Supreme Court', 'Transport Ministry', 'Red Cross', 'Energy Agency', 'Football Federation', 'Teachers Union', 'Port Authority', 'Weather Service'];
const SUBJECTS = ['elections', 'climate', 'public health', 'economy', 'transport', 'education', 'housing', 'security', 'sport', 'technology'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 200 topics: 100 people, 40 places, 30 organisations, 30 subjects. */
export const TOPICS: string[] = [
  ...FIRST.flatMap((f) => LAST.slice(0, 5).map((l) => `${f} ${l}`)).slice(0, 100),
  ...PLACES, ...COUNTRIES, ...PLACES.slice(0, 10).map((p) => `${p} region`),
  ...ORGS, ...ORGS.map((o) => `${o} of ${COUNTRIES[ORGS.indexOf(o)]}`), ...ORGS.map((o) => `National ${o}`),
  ...SUBJECTS, ...SUBJECTS.map((s) => `${s} policy`), ...SUBJECTS.map((s) => `world ${s}`),
].slice(0, 200);
export const OUTLETS = Array.from({ length: 20 }, (_, i) => `${['Daily', 'Morning', 'Evening', 'Metro', 'National'][i % 5]} ${['Herald', 'Times', 'Post', 'Courier'][Math.floor(i / 5)]}`);

export interface SyntheticArticle { name: string; text: string; markdown: string }

/** Article number `i`; `at` overrides its date (the benchmark's added article is the newest). */
export function syntheticArticle(i: number, at?: { year: number; month: number; day: number }): SyntheticArticle {
  const r = rng(i * 7919 + 17);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const sentence = (n: number): string => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    return w[0][0].toUpperCase() + w[0].slice(1) + ' ' + w.slice(1).join(' ') + '.';
  };
  const outlet = OUTLETS[i % OUTLETS.length];
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(TOPICS)))];
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const place = pick(PLACES);
  let year = 2015 + Math.floor(i / 2000) % 10;
  let month = Math.floor(r() * 12);
  let day = 1 + Math.floor(r() * 28);
  if (at) ({ year, month, day } = at);
  const hh = String(Math.floor(r() * 12) + 1).padStart(2, '0');
  const mm = String(Math.floor(r() * 60)).padStart(2, '0');
  const headline = `${tags[0][0].toUpperCase()}${tags[0].slice(1)} ${pick(['faces', 'backs', 'rejects', 'weighs', 'announces'])} ${pick(WORDS)} ${pick(WORDS)} plan in ${place} (${i})`;
  const paragraphs: string[] = [];
  paragraphs.push(`${place}, ${pick(COUNTRIES)} — ${sentence(22)} ${sentence(14)}`);
  paragraphs.push(`“${sentence(12).slice(0, -1)},” ${person}, a spokesperson for ${pick(ORGS)}, told reporters on ${MONTHS[month]} ${day}.`);
  let words = 60;
  while (words < 600) {
    const n = 2 + Math.floor(r() * 3);
    const p = Array.from({ length: n }, () => sentence(12 + Math.floor(r() * 14))).join(' ');
    paragraphs.push(r() < 0.25 ? `${p} “${sentence(10).slice(0, -1)},” ${person.split(' ')[1]} said.` : p);
    words += p.split(' ').length;
  }
  const lines = [
    `${headline} | ${outlet}`, headline,
    `/ ${hh}:${mm} ${r() < 0.5 ? 'AM' : 'PM'} ${MONTHS[month]} ${String(day).padStart(2, '0')}, ${year}`,
    `${person} in ${place}`,
    `${person} speaks during a news conference in ${place}, ${MONTHS[month]} ${day}, ${year}. REUTERS/${pick(FIRST)} ${pick(LAST)}`,
  ];
  paragraphs.forEach((p, k) => {
    lines.push(p);
    if (k === 2) lines.push('Article continues after this advertisement');
    if (k === 4) lines.push(`READ: ${pick(TOPICS)} ${pick(WORDS)} ${pick(WORDS)} as ${pick(WORDS)} ${pick(WORDS)} grows`);
  });
  lines.push('Subscribe to our daily newsletter', 'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.');
  lines.push(`TAGS: ${tags.join(', ')}`);
  lines.push(`© Copyright 1997-${year} ${outlet} | All Rights Reserved`);
  lines.push('We use cookies to enhance your experience. By continuing, you agree to our use of cookies.');
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const markdown = `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\ntags: ${JSON.stringify(['post', ...tags])}\nsource: ${JSON.stringify(outlet)}\n---\n\n${paragraphs.join('\n\n')}\n`;
  return { name: `article-${String(i).padStart(6, '0')}.txt`, text: lines.join('\n\n') + '\n', markdown };
}

/** The year of the newest articles in a corpus of `count`. */
export const newestYear = (count: number): number => 2015 + Math.floor((count - 1) / 2000) % 10;

export function writeCorpus(dir: string, count: number, markdownDir?: string, start = 0): void {
  mkdirSync(dir, { recursive: true });
  if (markdownDir) mkdirSync(markdownDir, { recursive: true });
  for (let i = start; i < start + count; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(dir, a.name), a.text);
    if (markdownDir) writeFileSync(join(markdownDir, a.name.replace(/\.txt$/, '.md')), a.markdown);
  }
}
