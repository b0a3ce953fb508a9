/**
 * Extraction across cores. Worker threads (one per further core) take batches of files from a shared
 * queue as soon as they have loaded (about two seconds: tsx, compromise, unified, chrono); in a large
 * job the main thread takes batches too. A small job stays in the main thread, where starting a
 * worker would cost more than it saves.
 *
 * Measured and left out: starting a worker early, for the one new article of a rebuild, to load while
 * the main thread reads the cache. At 1,000 articles it saved nothing (a worker loads slower than the
 * main thread, with tsx's hooks to set up again) and cost 0.6 s when the article was cached already.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { OneResult } from './extract-one.ts';

const BATCH = 25;
/** Below this many files the main thread alone finishes before a worker would have loaded. */
export const MIN_FILES_FOR_WORKERS = 400;

const defaultThreads = (): number => Math.min(4, availableParallelism());

export interface PoolOptions {
  /** Lines the archive showed to be template for these files' outlet (extractOne's second pass). */
  templateLines?: ReadonlySet<string>;
  threads?: number;
}

/**
 * Extracts `files`, handing each result to `onResult` as it comes (in no set order) and keeping none:
 * a cold build of 16,000 articles would otherwise hold every body's HTML and terms until the end.
 */
export async function extractInPool(
  root: string, files: string[], onResult: (r: OneResult) => void, onProgress?: (done: number) => void, opts: PoolOptions = {},
): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const lines = opts.templateLines ? [...opts.templateLines] : undefined;
  let next = 0;
  let done = 0;
  const finish = (r: OneResult[]): void => {
    for (const one of r) onResult(one);
    done += r.length;
    onProgress?.(done);
  };
  const large = files.length >= MIN_FILES_FOR_WORKERS;
  const workerCount = large ? Math.max(0, (opts.threads ?? defaultThreads()) - 1) : 0;
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./extract-worker.js', import.meta.url)));
  const viaWorker = (w: Worker): Promise<void> => new Promise<void>((resolve, reject) => {
    const send = (): void => {
      if (next >= batches.length) return resolve();
      w.postMessage({ root, files: batches[next++], templateLines: lines });
    };
    const onMessage = (r: OneResult[]): void => {
      finish(r);
      send();
    };
    const onExit = (code: number): void => (code === 0 ? resolve() : reject(new Error(`extraction worker stopped with code ${code}`)));
    w.on('message', onMessage).on('error', reject).on('exit', onExit);
    send();
  });
  const inMainThread = async (): Promise<void> => {
    // Note: imported here, so a build with nothing to extract never loads the extractor.
    const { extractOne } = await import('./extract-one.ts');
    while (next < batches.length) {
      finish(batches[next++].map((f) => extractOne(root, f, opts.templateLines)));
      // Note: let worker messages in between batches, so workers are never left waiting.
      await new Promise((r) => setImmediate(r));
    }
  };
  try {
    await Promise.all([inMainThread(), ...workers.map(viaWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
