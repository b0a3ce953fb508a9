/**
 * The extractor's declared version, in a module of its own so the build can key its record cache on
 * it without loading the extractor (compromise, chrono-node: about two seconds) when every record is
 * in the cache. Bump it whenever the records this stage produces change.
 */
export const EXTRACTOR_VERSION = 'extract-2';
