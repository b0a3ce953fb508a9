/**
 * Extraction across cores. The main thread, which has the extractor loaded already, takes batches of
 * files from a shared queue from the start; worker threads (one per further core) join as soon as
 * they have loaded (about two seconds: compromise, unified, chrono). Small jobs stay in the main
 * thread, where starting a worker would cost more than it saves.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extractOne, type OneResult } from './extract-one.ts';

const BATCH = 25;
/** Below this many files the main thread alone finishes before a worker would have loaded. */
export const MIN_FILES_FOR_WORKERS = 400;

/**
 * Extracts `files`, handing each result to `onResult` as it comes (in no set order) and keeping none:
 * a cold build of 16,000 articles would otherwise hold every body's HTML and terms until the end.
 */
export async function extractInPool(
  root: string, files: string[], onResult: (r: OneResult) => void, onProgress?: (done: number) => void, threads = Math.min(4, availableParallelism()),
): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  let next = 0;
  let done = 0;
  const finish = (_k: number, r: OneResult[]): void => {
    for (const one of r) onResult(one);
    done += r.length;
    onProgress?.(done);
  };
  const workerCount = files.length >= MIN_FILES_FOR_WORKERS ? Math.max(0, threads - 1) : 0;
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./extract-worker.js', import.meta.url)));
  const viaWorker = (w: Worker): Promise<void> => new Promise<void>((resolve, reject) => {
    let current = -1;
    const send = (): void => {
      if (next >= batches.length) return resolve();
      current = next++;
      w.postMessage({ root, files: batches[current] });
    };
    w.on('message', (r: OneResult[]) => {
      finish(current, r);
      send();
    });
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker stopped with code ${code}`))));
    send();
  });
  const inMainThread = async (): Promise<void> => {
    while (next < batches.length) {
      const k = next++;
      finish(k, batches[k].map((f) => extractOne(root, f)));
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
