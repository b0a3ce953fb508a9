// The helpers of @11ty/eleventy-plugin-rss that Broadsheet calls from src/render/feeds.ts and
// page-meta.ts (the plugin ships no types).
declare module '@11ty/eleventy-plugin-rss' {
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
}
