/** Where Broadsheet itself is installed (templates, sources), whatever folder it runs from. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * The nearest folder above this module holding `.eleventy.js` and `templates/`: two levels up from
 * src/build/, further when the module runs from the compiled tree (dist/<fingerprint>/src/build/).
 */
function packageDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = join(here, '..', '..'); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.eleventy.js')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) return join(here, '..', '..');
  }
}

export const PACKAGE_DIR = packageDir();
