// The shape of one word of an outlet's name, as a regex source to build patterns from: capitalised
// ("Spruce"), camel-cased ("freeCodeCamp", "arXiv", "iEntry") or digit-led ("9to5Mac").
export const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}&'’.+-]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}&'’.+-]*|\\p{N}+\\p{L}[\\p{L}\\p{N}]*)";
