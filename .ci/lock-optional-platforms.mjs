// Adds package-lock entries for pagefind's optional per-platform binaries that the registry reachable
// here does not serve (only the Linux ones are there). `npm install` on such a machine writes a lock
// without them, and `npm ci` then refuses the lock. The entries are what a lock made elsewhere holds:
// optional, with their os/cpu, so npm skips them on Linux. Usage: node .ci/lock-optional-platforms.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2];
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platforms = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'freebsd-x64': ['freebsd', 'x64'], 'windows-arm64': ['win32', 'arm64'], 'windows-x64': ['win32', 'x64'] };
const version = lock.packages['node_modules/pagefind'].version;
for (const [name, [os, cpu]] of Object.entries(platforms)) {
  const key = `node_modules/@pagefind/${name}`;
  if (!lock.packages[key]) lock.packages[key] = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
