/** The two page languages; below src/components so that shared components and apps both take it from here. */
export type Lang = 'sv-SE' | 'en-US';
