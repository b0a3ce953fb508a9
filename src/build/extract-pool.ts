/**
 * Extraction across cores. Worker threads (one per further core) take batches of files from a shared
 * queue as soon as they have loaded (about two seconds: tsx, compromise, unified, chrono); in a large
 * job the main thread takes batches too. A small job stays in the main thread, where starting a
 * worker would cost more than it saves, unless it is a rebuild's few new files among thousands
 * cached: see startSideWorker (measured at 16,000 articles: add-one extract stage 3.0 → 2.65 s; at
 * 1,000 a worker saved nothing, since it loads slower than the main thread, with tsx's hooks to set up
 * again).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { OneResult } from './extract-one.ts';
import { loadExtractOne } from './load-extractor.ts';

const BATCH = 25;
/**
 * Batches sent to a worker before it answers: its next batch is already waiting when it finishes one,
 * so it never idles while the main thread, busy with a batch of its own, has not yet read its answer.
 */
const IN_FLIGHT = 2;
/** Below this many files the main thread alone finishes before a worker would have loaded. */
export const MIN_FILES_FOR_WORKERS = 400;

const defaultThreads = (): number => Math.min(4, availableParallelism());

export interface PoolOptions {
  /** Lines the archive showed to be template for these files' outlet (extractOne's second pass). */
  templateLines?: ReadonlySet<string>;
  threads?: number;
  /** A small job goes to this worker instead of the main thread (see startSideWorker). */
  side?: SideWorker;
}

/**
 * Below this many records to read from the cache, a small job stays in the main thread: the side
 * worker's own start (a thread, tsx's hooks again: ~0.5 s) would cost more than the overlap saves.
 */
export const MIN_CACHED_FOR_SIDE_WORKER = 4000;

/** One worker for a small job, answering jobs in the order they were sent. */
export interface SideWorker {
  run(root: string, files: string[], templateLines?: ReadonlySet<string>): Promise<OneResult[]>;
  close(): Promise<void>;
}

/**
 * A worker started the moment a rebuild knows it has a few files to extract, before the main thread
 * reads the thousands of records it has in the cache: the extractor's start-up (compromise, chrono-node
 * and the extract modules, ~2 s) then runs on another core, alongside those reads, and the main thread
 * never loads the extractor. (Started before the build knew whether any file was new, as first tried,
 * it cost 0.6 s when none was.) On one core there is nothing to overlap: null.
 */
export function startSideWorker(): SideWorker | null {
  if (availableParallelism() < 2) return null;
  const w = new Worker(new URL('./extract-worker.js', import.meta.url));
  const waiting: { resolve: (r: OneResult[]) => void; reject: (e: Error) => void }[] = [];
  let failed: Error | null = null;
  const fail = (err: Error): void => {
    failed = err;
    for (const x of waiting.splice(0)) x.reject(err);
  };
  w.on('message', (r: OneResult[]) => waiting.shift()?.resolve(r));
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`extraction worker stopped with code ${code}`)));
  return {
    run: (root, files, templateLines) => new Promise<OneResult[]>((resolve, reject) => {
      if (failed) return reject(failed);
      waiting.push({ resolve, reject });
      w.postMessage({ root, files, templateLines: templateLines ? [...templateLines] : undefined });
    }),
    close: async () => {
      w.removeAllListeners('exit');
      await w.terminate();
    },
  };
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
  if (!large && opts.side) {
    finish(await opts.side.run(root, files, opts.templateLines));
    return;
  }
  const workerCount = large ? Math.max(0, (opts.threads ?? defaultThreads()) - 1) : 0;
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./extract-worker.js', import.meta.url)));
  const viaWorker = (w: Worker): Promise<void> => new Promise<void>((resolve, reject) => {
    let inFlight = 0;
    const send = (): void => {
      while (inFlight < IN_FLIGHT && next < batches.length) {
        inFlight++;
        w.postMessage({ root, files: batches[next++], templateLines: lines });
      }
      if (inFlight === 0) resolve();
    };
    const onMessage = (r: OneResult[]): void => {
      inFlight--;
      finish(r);
      send();
    };
    const onExit = (code: number): void => (code === 0 ? resolve() : reject(new Error(`extraction worker stopped with code ${code}`)));
    w.on('message', onMessage).on('error', reject).on('exit', onExit);
    send();
  });
  const inMainThread = async (): Promise<void> => {
    // Note: imported here, so a build with nothing to extract never loads the extractor.
    const extractOne = await loadExtractOne();
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
