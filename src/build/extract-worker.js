// A worker thread of the extraction pool: extracts the batches of files it is sent (with the outlet's
// template lines, if any). It loads the extractor as the main thread does (load-extractor: the compiled
// tree's one-file bundle when there is one); run from the TypeScript sources, it registers tsx first
// (workers do not inherit the main thread's loader).
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const compiled = new URL('./load-extractor.js', import.meta.url);
let loader;
if (existsSync(compiled)) loader = await import(compiled.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  loader = await import('./load-extractor.ts');
}
const extractOne = await loader.loadExtractOne();
parentPort.on('message', ({ root, files, templateLines }) => {
  const lines = templateLines ? new Set(templateLines) : undefined;
  parentPort.postMessage(files.map((file) => extractOne(root, file, lines)));
});
