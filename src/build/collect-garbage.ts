/**
 * A full garbage collection, between stages that leave much garbage (an Eleventy run, story linking):
 * V8 would rather grow the heap than collect it, so without this the build's peak is the sum of the
 * stages' garbage rather than the largest stage. `gc` is exposed on demand: the CLI is not started
 * with --expose-gc.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
