// The part of yauzl 3 that unzip.ts uses. yauzl ships no types, and the project takes one new
// dependency for reading zips, not a second one for its types.
declare module 'yauzl' {
  import type { Readable } from 'node:stream';

  export interface Options {
    lazyEntries?: boolean;
    decodeStrings?: boolean;
    validateEntrySizes?: boolean;
    strictFileNames?: boolean;
  }

  export interface Entry {
    fileName: string;
    compressedSize: number;
    uncompressedSize: number;
    compressionMethod: number;
    /** Upper 16 bits: the Unix st_mode (file type and permissions) for zips made on Unix. */
    externalFileAttributes: number;
    versionMadeBy: number;
    isEncrypted(): boolean;
  }

  export interface ZipFile {
    entryCount: number;
    eachEntry(): AsyncIterable<Entry>;
    openReadStreamPromise(entry: Entry): Promise<Readable>;
    close(): void;
  }

  export function fromBufferPromise(buffer: Buffer, options?: Options): Promise<ZipFile>;
}
