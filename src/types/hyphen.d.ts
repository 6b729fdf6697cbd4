// The part of hyphen 1.14 that text/hyphenation.ts uses: one language's synchronous hyphenator.
// The package ships no types; DefinitelyTyped's cover the whole package, of which this is one call.
declare module 'hyphen/*' {
  export interface HyphenOptions {
    /** The character put at each hyphenation point; default U+00AD. */
    hyphenChar?: string;
    /** Words shorter than this are left alone; default 5. */
    minWordLength?: number;
  }
  export function hyphenateSync(text: string, options?: HyphenOptions): string;
}
