// A search worker thread (bundle-writers.ts workerWriter): writes the Pagefind bundles it is sent, one
// after another, with a Pagefind service of its own. In the compiled tree (bin/compiled-tree.js)
// write-bundle.js stands next to this file; run from the TypeScript sources, it registers tsx first
// (workers do not inherit the main thread's loader).
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const compiled = new URL('./write-bundle.js', import.meta.url);
let bundles;
if (existsSync(compiled)) bundles = await import(compiled.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  bundles = await import('./write-bundle.ts');
}
// Note: one job at a time, in the order sent: two indexes fed at once by one service would interleave.
let chain = Promise.resolve();
parentPort.on('message', (job) => {
  chain = chain.then(async () => {
    if (job.close) {
      await bundles.closePagefind();
      parentPort.postMessage({ closed: true });
      return;
    }
    try {
      parentPort.postMessage({ pages: await bundles.writeBundle(job.bundleDir, job.language, job.records) });
    } catch (err) {
      parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
    }
  });
});
