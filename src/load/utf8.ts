/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1 when the whole
 * buffer is valid. TextDecoder (fatal) says only that decoding failed; authors need the place.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are ill-formed too.
    const second = bytes[i + 1];
    if (b === 0xe0 && second < 0xa0) return i;
    if (b === 0xed && second > 0x9f) return i;
    if (b === 0xf0 && second < 0x90) return i;
    if (b === 0xf4 && second > 0x8f) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column of a byte offset; columns count characters, as the YAML parser's do. */
export function lineColumnAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
