// fontkit ships no types; this is the part of its API the glyph check uses.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    familyName: string;
    characterSet: number[];
  }
  export function create(buffer: Buffer): Font | { fonts: Font[] };
}
