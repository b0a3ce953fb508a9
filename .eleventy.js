// Eleventy configuration: where templates live and how they are rendered. No data is computed here:
// `broadsheet build` (src/build/) prepares every page's data and hands it to Eleventy as the global
// `bs`, so these templates only print fields.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({
    // Everything printed is escaped unless a template says `| safe` (only for HTML that src/ built).
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  // Note: an absolute path, since `broadsheet build` may run from any folder.
  eleventyConfig.addPassthroughCopy({ [join(here, 'templates', 'assets')]: 'assets' });
  // Note: Eleventy would otherwise read .gitignore and watch the whole project folder.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setQuietMode(true);
  return {
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    // Input and output folders are given by `broadsheet build` (templates/ → --out).
    dir: { includes: '_includes' },
  };
}
