// Runs plain Eleventy on a prepared baseline project folder and prints {ms, maxRssMb} as JSON.
import { join } from 'node:path';
const [dir] = process.argv.slice(2);
process.chdir(dir);
const { default: Eleventy } = await import('@11ty/eleventy');
const t0 = performance.now();
const elev = new Eleventy('src', '_site', { configPath: join(dir, 'eleventy.config.js'), quietMode: true });
await elev.write();
console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
