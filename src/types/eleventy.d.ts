// The part of Eleventy's programmatic API that Broadsheet uses (Eleventy ships no types).
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: { addGlobalData(name: string, value: unknown): void }) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
