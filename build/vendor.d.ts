/** The parts of Eleventy's navigation plugin the glue uses; it ships no types. */
declare module "@11ty/eleventy-navigation" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const plugin: ((eleventyConfig: any) => void) & {
    navigation: { find(pages: readonly unknown[], key?: string): unknown[] };
  };
  export default plugin;
}
