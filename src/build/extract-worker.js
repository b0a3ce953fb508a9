// A worker thread of the extraction pool: extracts the batches of files it is sent (with the outlet's
// template lines, if any). In the compiled tree (bin/compiled-tree.js) extract-one.js and its one-file
// bundle (imported faster: see load-extractor.ts) stand next to this file; run from the TypeScript
// sources, it registers tsx first (workers do not inherit the main thread's loader).
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const bundle = new URL('./extract-one.bundle.js', import.meta.url);
const compiled = new URL('./extract-one.js', import.meta.url);
let extractOne;
if (existsSync(bundle)) ({ extractOne } = await import(bundle.href));
else if (existsSync(compiled)) ({ extractOne } = await import(compiled.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ extractOne } = await import('./extract-one.ts'));
}
parentPort.on('message', ({ root, files, templateLines }) => {
  const lines = templateLines ? new Set(templateLines) : undefined;
  parentPort.postMessage(files.map((file) => extractOne(root, file, lines)));
});
