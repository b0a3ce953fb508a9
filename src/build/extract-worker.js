// A worker thread of the extraction pool: registers tsx (workers do not inherit the main thread's
// loader), then extracts the batches of files it is sent (with the outlet's template lines, if any).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractOne } = await import('./extract-one.ts');
parentPort.on('message', ({ root, files, templateLines }) => {
  const lines = templateLines ? new Set(templateLines) : undefined;
  parentPort.postMessage(files.map((file) => extractOne(root, file, lines)));
});
