/**
 * The one shape every stage shares.
 *
 * read/    → SourceFile  (a file's decoded text and front matter)
 * extract/ → Article     (the structured record of one article)
 * link/    → Archive     (articles plus topics, sources, people, stories, navigation)
 * render/  → pages Eleventy writes
 */

/** Where a record's `date` came from. */
export type DateSource = 'front-matter' | 'byline' | 'text' | null;

export type TopicKind = 'person' | 'place' | 'organization' | 'subject';

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Canonical name of the speaker, or null when nobody can be named. */
  speaker: string | null;
  /** The speaker's role when the article gives it ("National Security Council spokesman"). */
  role?: string | null;
}

export interface Topic {
  name: string;
  kind: TopicKind;
}

export interface Media {
  caption: string;
  credit: string | null;
}

/** A line taken out of the body, and the rule that took it. */
export interface Removal {
  text: string;
  reason: string;
}

/** The structured record of one article: what `broadsheet extract` prints. */
export interface Article {
  /** Stable id: derived from the URL, unique within an archive. */
  id: string;
  /** Site-relative URL, `/YYYY/MM/DD/<headline-slug>/` (or `/undated/<slug>/`). */
  url: string;
  /** Path of the input file, relative to the content folder. */
  file: string;
  headline: string;
  /** ISO 8601: `2024-01-05T03:07` with a time, `2024-01-04` with a day only, else null. */
  date: string | null;
  dateSource: DateSource;
  source: string | null;
  /** One author, several joined with ", " (see `authors`), or null. */
  author: string | null;
  authors?: string[];
  dateline: string | null;
  /** Plain text, paragraphs separated by one blank line. */
  body: string;
  quotes: Quote[];
  tags: string[];
  topics: Topic[];
  media: Media[];
  removed: Removal[];
}

/** What `read/` hands to `extract/`: one input file, decoded. */
export interface SourceFile {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** The article text with front matter removed, line endings normalised to \n. */
  text: string;
  /** Parsed front matter (already validated), empty when there is none. */
  frontMatter: FrontMatter;
  /** `.md` files with front matter are hand-written Markdown articles. */
  format: 'text' | 'markdown';
  /** Problems met while reading (encoding guessed, front matter ignored, …). */
  warnings: string[];
  /** sha256 of the raw bytes: the cache key. */
  hash: string;
}

/** Front-matter fields a content file may set; anything else is ignored with a warning. */
export interface FrontMatter {
  headline?: string;
  date?: string;
  source?: string;
  author?: string;
  tags?: string[];
  url?: string;
}

/** A problem with one input file, as it appears in the build report. */
export interface Problem {
  file: string;
  /** info: noted, nothing lost (a .gitkeep); warning: built, but check it; error: not built. */
  level: 'info' | 'warning' | 'error';
  message: string;
  /** What the build did about it ("skipped", "merged into …", "built with …"). */
  action: string;
}

/** What `extract/` produces for one file: everything but the archive-wide `id` and `url`. */
export type ExtractedArticle = Omit<Article, 'id' | 'url'>;

/** An article placed in the archive: its neighbours in time, its story, the files merged into it. */
export interface LinkedArticle extends Article {
  /** Id of the story this article belongs to (shared by every article of the same story). */
  story: string;
  /** Ids of the other articles of the same story, oldest first. */
  sameStory: string[];
  /** Previous (older) and next (newer) article by date. */
  prev: string | null;
  next: string | null;
  /** Input files that held the same article and were merged into this one. */
  duplicates: string[];
}

export interface TopicEntry {
  slug: string;
  name: string;
  kind: TopicKind;
  /** Article ids, newest first. */
  articles: string[];
  /** Topics that appear most often alongside this one. */
  related: { slug: string; name: string; count: number }[];
}

export interface SourceEntry {
  slug: string;
  /** Outlet name; "Unknown source" collects the articles that name none. */
  name: string;
  known: boolean;
  articles: string[];
}

export interface PersonQuote {
  text: string;
  /** Articles that carry this quote (same words), oldest first. */
  articles: string[];
  /** Distinct outlets among them. */
  outlets: number;
}

export interface PersonEntry {
  slug: string;
  name: string;
  role: string | null;
  quotes: PersonQuote[];
}

export interface StoryEntry {
  id: string;
  /** Headline of the earliest article. */
  headline: string;
  /** Article ids, oldest first. */
  articles: string[];
  /** Distinct outlet names. */
  sources: string[];
}

export interface Archive {
  articles: LinkedArticle[];
  topics: TopicEntry[];
  sources: SourceEntry[];
  people: PersonEntry[];
  stories: StoryEntry[];
}
