// The SSH wire encoding (RFC 4251 section 5): what OpenSSH keys and signatures are made of.

/** A uint32 length followed by the bytes. */
export function sshString(bytes: Uint8Array | string): Buffer {
  const body = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

/** A big-endian uint32. */
export function sshUint32(n: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(n);
  return buffer;
}

/** Reads wire-encoded fields in order; a read past the end throws a plain Error saying what was being read. */
export class SshReader {
  private offset = 0;

  constructor(private readonly bytes: Buffer) {}

  uint32(what: string): number {
    if (this.offset + 4 > this.bytes.length) throw new Error(`it ends before ${what}`);
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  bytesOf(what: string): Buffer {
    const length = this.uint32(what);
    if (this.offset + length > this.bytes.length) throw new Error(`${what} runs past the end (length ${length})`);
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  text(what: string): string {
    return this.bytesOf(what).toString('utf8');
  }

  raw(length: number, what: string): Buffer {
    if (this.offset + length > this.bytes.length) throw new Error(`it ends before ${what}`);
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  /** What is left unread. */
  rest(): Buffer {
    return this.bytes.subarray(this.offset);
  }
}
