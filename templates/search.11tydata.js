// The page URL comes from the data src/ prepared. A function, so Eleventy does not compile a
// Nunjucks template for every page just to learn where it goes.
export default { permalink: (data) => data.item.url };
