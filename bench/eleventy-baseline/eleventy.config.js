// The baseline the build benchmark compares against: the same articles as ready markdown, built
// "the usual Eleventy way": one markdown file per article, tag collections, a paginated page per tag
// and an index. Run by bench/build.ts.
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.setUseGitIgnore(false);
  return { dir: { input: 'src', includes: '_includes', output: '_site' }, markdownTemplateEngine: false };
}
