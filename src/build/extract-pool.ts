/**
 * Extraction across cores: batches of files go to worker threads (one per core, at most four);
 * small jobs stay in the main thread, where starting workers would cost more than it saves.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extractOne, type OneResult } from './extract-one.ts';

const BATCH = 40;
/** Below this many files a worker's start-up (~300 ms with tsx) is not worth it. */
export const MIN_FILES_FOR_WORKERS = 150;

export async function extractInPool(root: string, files: string[], onProgress?: (done: number) => void, threads = Math.min(4, availableParallelism())): Promise<OneResult[]> {
  if (files.length < MIN_FILES_FOR_WORKERS || threads < 2) {
    const out: OneResult[] = [];
    for (const f of files) {
      out.push(extractOne(root, f));
      if (out.length % BATCH === 0) onProgress?.(out.length);
    }
    onProgress?.(out.length);
    return out;
  }
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const results: OneResult[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(new URL('./extract-worker.js', import.meta.url)));
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      let current = -1;
      const send = (): void => {
        if (next >= batches.length) return resolve();
        current = next++;
        w.postMessage({ root, files: batches[current] });
      };
      w.on('message', (r: OneResult[]) => {
        results[current] = r;
        done += r.length;
        onProgress?.(done);
        send();
      });
      w.on('error', reject);
      w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker stopped with code ${code}`))));
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
