/**
 * Working memory for one article's per-token arrays (offsets, classes, the stages' « already
 * read » bytes), handed out from one buffer that the next article reuses. A typed array of a
 * few thousand elements costs a microsecond to allocate (a zeroed block outside the heap, which
 * the collector then tracks) and a view of a buffer already there a tenth of that; an article
 * asks for about ten of them.
 *
 * Only the pipeline that made a Scratch may reset it, and only when nothing reads the previous
 * article's arrays any more (`extractFrench` returns plain objects, never the Doc).
 */

/** A buffer above this is not kept for the next article: one huge article must not pin it. */
const KEEP_AT_MOST = 4 << 20;
/** Every array starts on this boundary (any typed array's element size divides it). */
const ALIGN = 8;

export class Scratch {
  private buffer: ArrayBuffer | null = null;
  /** Bytes handed out since the last reset. */
  private used = 0;
  /** Bytes asked for since the last reset, handed out or not: the size the next buffer needs. */
  private asked = 0;

  /** @param reuse false: every array is a new one (a Doc that no pipeline will reset). */
  constructor(private readonly reuse = true) {}

  /** The arrays handed out so far are free again: their article is done. */
  reset(): void {
    const size = this.buffer?.byteLength ?? 0;
    if (this.reuse && this.asked > size) {
      // Grown for the largest article met, with room to spare so it does not grow by steps.
      this.buffer = this.asked <= KEEP_AT_MOST ? new ArrayBuffer(Math.min(KEEP_AT_MOST, roundUp(this.asked * 1.5))) : this.buffer;
    }
    this.used = 0;
    this.asked = 0;
  }

  /** `length` zeroed 32-bit integers, as `new Int32Array(length)` gives. */
  int32(length: number): Int32Array {
    const at = this.take(length * 4);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.buffer!, at, length).fill(0);
  }

  /** `length` zeroed bytes, as `new Uint8Array(length)` gives. */
  uint8(length: number): Uint8Array {
    const at = this.take(length);
    return at < 0 ? new Uint8Array(length) : new Uint8Array(this.buffer!, at, length).fill(0);
  }

  /**
   * The UTF-16 code units of `text`, as numbers: a scan reading an array element runs several
   * times faster than one calling charCodeAt. Copied natively (lone surrogates included).
   */
  codes(text: string): Uint16Array {
    const at = this.take(text.length * 2);
    const codes = at < 0 ? new Uint16Array(text.length) : new Uint16Array(this.buffer!, at, text.length);
    Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).write(text, "utf16le");
    return codes;
  }

  /** Offset of `bytes` free bytes in the buffer, or -1 when they do not fit (a new array then). */
  private take(bytes: number): number {
    const size = roundUp(bytes);
    this.asked += size;
    if (!this.buffer || this.used + size > this.buffer.byteLength) return -1;
    const at = this.used;
    this.used += size;
    return at;
  }
}

function roundUp(bytes: number): number {
  return Math.ceil(bytes / ALIGN) * ALIGN;
}
