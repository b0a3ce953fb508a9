/**
 * Where Pagefind bundles are written: in this thread, or in a worker thread of their own.
 *
 * A cold build indexes while Eleventy writes the pages. In this thread the two only took turns: each
 * record sent to Pagefind waited for Eleventy to yield the event loop, so at 16,000 articles indexing
 * (26 s alone) and writing (about 20 s alone) took 42 s together on two cores. A worker has an event
 * loop (and a Pagefind service) of its own, so the two run side by side.
 *
 * Either way the bundles are written one at a time, in the order asked, and each bundle's records are
 * made (`make`) only when its turn is near, so an archive's text is never all held as records.
 */
import { Worker } from 'node:worker_threads';
import type { SearchRecord } from './search-records.ts';
import { closePagefind, SearchIndexError, writeBundle } from './write-bundle.ts';

export interface BundleWriter {
  /** Writes one bundle of the records `make()` gives; resolves to the number of records indexed. */
  write(bundleDir: string, language: string, make: () => SearchRecord[]): Promise<number>;
  /** Waits for nothing: call it once every write has settled. Stops the writer's Pagefind service. */
  close(): Promise<void>;
}

/** Bundles written in this thread, one after another. */
export function inThreadWriter(): BundleWriter {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    write(bundleDir, language, make) {
      const done = chain.then(() => writeBundle(bundleDir, language, make()));
      chain = done.catch(() => undefined);
      return done;
    },
    close: closePagefind,
  };
}

/** Bundles whose records are made and sent ahead of the worker, so it never waits for this thread. */
const AHEAD = 2;

interface Job { bundleDir: string; language: string; make: () => SearchRecord[]; resolve: (pages: number) => void; reject: (err: Error) => void }

/** Bundles written by a worker thread, one after another; at most AHEAD bundles' records in flight. */
export function workerWriter(): BundleWriter {
  const worker = new Worker(new URL('./bundle-worker.js', import.meta.url));
  const queued: Job[] = [];
  const sent: Job[] = [];
  let failed: Error | null = null;
  let closed: (() => void) | null = null;
  const fail = (err: Error): void => {
    failed = err;
    for (const job of [...sent.splice(0), ...queued.splice(0)]) job.reject(err);
    closed?.();
  };
  const pump = (): void => {
    while (!failed && sent.length < AHEAD && queued.length) {
      const job = queued.shift()!;
      let records: SearchRecord[];
      try {
        records = job.make();
      } catch (err) {
        job.reject(err as Error);
        continue;
      }
      sent.push(job);
      worker.postMessage({ bundleDir: job.bundleDir, language: job.language, records });
    }
  };
  worker.on('message', (m: { pages?: number; error?: string; closed?: boolean }) => {
    if (m.closed) return closed?.();
    const job = sent.shift()!;
    if (m.error !== undefined) job.reject(new SearchIndexError(m.error));
    else job.resolve(m.pages!);
    pump();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`search worker stopped with code ${code}`)));
  return {
    write(bundleDir, language, make) {
      if (failed) return Promise.reject(failed);
      const done = new Promise<number>((resolve, reject) => queued.push({ bundleDir, language, make, resolve, reject }));
      pump();
      return done;
    },
    async close() {
      if (!failed) {
        await new Promise<void>((resolve) => {
          closed = resolve;
          worker.postMessage({ close: true });
        });
      }
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
