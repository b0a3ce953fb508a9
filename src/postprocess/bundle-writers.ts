/**
 * Where Pagefind bundles are written: in this thread, or by worker threads with Pagefind services of
 * their own.
 *
 * A cold build indexes while Eleventy writes the pages. In this thread the two only took turns: each
 * batch of records sent to Pagefind waited for Eleventy to yield the event loop, so at 16,000 articles
 * indexing (26 s alone) and writing (about 20 s alone) took 42 s together on two cores. Workers have
 * event loops of their own, so indexing goes on while Eleventy works.
 *
 * Either way each bundle's records are made (`make`) only when its turn is near, so an archive's text
 * is never all held as records.
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

/** Bundles whose records are made and sent ahead of each worker, so it never waits for this thread. */
const AHEAD = 2;

interface Job { bundleDir: string; language: string; make: () => SearchRecord[]; resolve: (pages: number) => void; reject: (err: Error) => void }

/**
 * Bundles written by `threads` worker threads, each with its own Pagefind service: one bundle at a
 * time per worker, at most AHEAD bundles' records in flight to each. Two by default: while Eleventy
 * holds one core the two services share the other, and once it is done they have a core each (a
 * 16,000-article index is 26 s of Pagefind's time, more than Eleventy's writing).
 */
export function workerWriter(threads = 2): BundleWriter {
  const workers = Array.from({ length: threads }, () => ({ thread: new Worker(new URL('./bundle-worker.js', import.meta.url)), sent: [] as Job[] }));
  const queued: Job[] = [];
  let failed: Error | null = null;
  let open = threads;
  let allClosed: (() => void) | null = null;
  const fail = (err: Error): void => {
    failed ??= err;
    for (const job of [...workers.flatMap((w) => w.sent.splice(0)), ...queued.splice(0)]) job.reject(failed);
    allClosed?.();
  };
  const pump = (): void => {
    while (!failed && queued.length) {
      // Note: the least busy worker first, the first such in order, so the work spreads evenly.
      const w = workers.reduce((best, x) => (x.sent.length < best.sent.length ? x : best));
      if (w.sent.length >= AHEAD) return;
      const job = queued.shift()!;
      let records: SearchRecord[];
      try {
        records = job.make();
      } catch (err) {
        job.reject(err as Error);
        continue;
      }
      w.sent.push(job);
      w.thread.postMessage({ bundleDir: job.bundleDir, language: job.language, records });
    }
  };
  for (const w of workers) {
    w.thread.on('message', (m: { pages?: number; error?: string; closed?: boolean }) => {
      if (m.closed) {
        if (--open === 0) allClosed?.();
        return;
      }
      const job = w.sent.shift()!;
      if (m.error !== undefined) job.reject(new SearchIndexError(m.error));
      else job.resolve(m.pages!);
      pump();
    });
    w.thread.on('error', fail);
    w.thread.on('exit', (code) => fail(new Error(`search worker stopped with code ${code}`)));
  }
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
          allClosed = resolve;
          for (const w of workers) w.thread.postMessage({ close: true });
        });
      }
      await Promise.all(workers.map((w) => {
        w.thread.removeAllListeners('exit');
        return w.thread.terminate();
      }));
    },
  };
}
