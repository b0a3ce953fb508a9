// The outlet: cues from the title's site segments, copyright lines, the page's words about itself and
// the domains it names are pooled by outlet and weighed (source/voteSource.ts); wire credits only when
// the page names no outlet at all.
import type { Block } from './blocks.ts';
import { findBlogLineCues } from './source/blogLineCues.ts';
import { brandOfProduct } from './source/brandOfProduct.ts';
import { findBylineOutletCues } from './source/bylineOutletCues.ts';
import { findBreadcrumbCues } from './source/breadcrumbCues.ts';
import { findCopyrightCues } from './source/copyrightCues.ts';
import { findDomainCues } from './source/domainCues.ts';
import { findSelfReferenceCues } from './source/selfReferenceCues.ts';
import { findStaffCreditCues } from './source/staffCreditCues.ts';
import { findStoryListCues } from './source/storyListCues.ts';
import { findTitleCues } from './source/titleCues.ts';
import { guessTitleSite } from './source/guessTitleSite.ts';
import { rankSources, voteSource, type Vote } from './source/voteSource.ts';
import type { SourceCue } from './source/cue.ts';

export { copyrightOwner, copyrightClaim, findCopyrightOwners } from './source/copyrightCues.ts';

const WIRES: ReadonlyArray<[RegExp, string]> = [
  [/\((AP)\)|\bAssociated Press\b/, 'Associated Press'],
  [/\(Reuters\)|\bReuters\b/, 'Reuters'],
  [/\(AFP\)|\bAgence France-Presse\b/, 'AFP'],
  [/\(UPI\)/, 'UPI'],
];

export interface SourceEvidence {
  /** The page's <title> line. */
  title: string;
  /** Title segments taken as the site name (see splitTitle), nearest first. */
  siteSegments: readonly string[];
  blocks: readonly Block[];
  /** First and last block of the story's prose (-1 when none was found). */
  proseStart: number;
  proseEnd: number;
  /** Start of the first paragraph (a wire credit). */
  firstParagraph: string;
  /** Blocks the author finder read the byline from (a chain's byline glues the paper to the name). */
  bylines?: readonly number[];
}

/** Every cue the page gives for its outlet. */
export function sourceCues(ev: SourceEvidence): SourceCue[] {
  const start = ev.proseStart >= 0 ? ev.proseStart : ev.blocks.length;
  const end = ev.proseEnd >= 0 ? ev.proseEnd : -1;
  return [
    ...findTitleCues(ev.title, ev.siteSegments, ev.blocks),
    ...findCopyrightCues(ev.blocks),
    ...findSelfReferenceCues(ev.blocks, start, end),
    ...findDomainCues(ev.blocks, start, end),
    ...findBlogLineCues(ev.blocks, start, end),
    ...findBreadcrumbCues(ev.blocks),
    ...findStaffCreditCues(ev.blocks),
    ...findStoryListCues(ev.blocks),
    ...findBylineOutletCues(ev.blocks, ev.bylines ?? []),
  ];
}

/** The candidate outlets, best first, each with its score and the cues behind it. */
export function explainSource(ev: SourceEvidence): Vote[] {
  return rankSources(sourceCues(ev), ev.blocks);
}

export function findSource(ev: SourceEvidence): string | null {
  const voted = voteSource(sourceCues(ev), ev.blocks);
  // "arXivLabs" is a product box on arXiv's page: name the maker.
  if (voted) return brandOfProduct(voted, ev.blocks) ?? voted;
  // No cue reached a vote (an article-only page): the title's end or start when it is shaped like a name.
  const guessed = guessTitleSite(ev.title, ev.blocks);
  if (guessed) return guessed;
  // A wire credit says who wrote the story, not who published it: only when nothing names the outlet.
  for (const [re, name] of WIRES) if (re.test(ev.firstParagraph.slice(0, 200))) return name;
  return null;
}
