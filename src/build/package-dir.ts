/** Where Broadsheet itself is installed (templates, sources), whatever folder it runs from. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
