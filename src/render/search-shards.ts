/**
 * The search index is split by date: one Pagefind bundle per year of publication, except the newest
 * year, which has one per month, and one for undated articles; the search page merges them. Adding
 * today's article then re-indexes this month's articles only, not the year's, while the number of
 * bundles a search loads stays small (the years, plus at most twelve months). The split is a function
 * of the articles' dates alone, so the same archive always gets the same bundles.
 */
export const UNDATED_SHARD = 'undated';

/** Each date's shard within an archive with these dates: "2021", or "2024-11" in the newest year. */
export function shardAssigner(dates: (string | null)[]): (date: string | null) => string {
  let newestYear = '';
  for (const d of dates) if (d && d.slice(0, 4) > newestYear) newestYear = d.slice(0, 4);
  return (date) => (!date ? UNDATED_SHARD : date.slice(0, 4) === newestYear ? date.slice(0, 7) : date.slice(0, 4));
}

/** The shards an archive's articles fill, newest first, undated last; never empty. */
export function searchShards(dates: (string | null)[]): string[] {
  const shardOf = shardAssigner(dates);
  const shards = [...new Set(dates.map(shardOf))].sort((a, b) => (a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : a < b ? 1 : a > b ? -1 : 0));
  return shards.length ? shards : [UNDATED_SHARD];
}

export const shardBundlePath = (shard: string): string => `/pagefind/${shard}/`;
