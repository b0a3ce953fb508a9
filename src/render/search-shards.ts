/**
 * The search index is split by year: one Pagefind bundle per year of publication (and one for
 * undated articles), which the search page merges. Adding an article then re-indexes its year only.
 */
export const UNDATED_SHARD = 'undated';

export function searchShardOf(date: string | null): string {
  return date ? date.slice(0, 4) : UNDATED_SHARD;
}

/** The shards an archive's articles fill, newest year first, undated last; never empty. */
export function searchShards(dates: (string | null)[]): string[] {
  const shards = [...new Set(dates.map(searchShardOf))].sort((a, b) => (a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : a < b ? 1 : a > b ? -1 : 0));
  return shards.length ? shards : [UNDATED_SHARD];
}

export const shardBundlePath = (shard: string): string => `/pagefind/${shard}/`;
