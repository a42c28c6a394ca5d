/**
 * Working memory for one article's per-token arrays (offsets, classes, the stages' « already
 * read » bytes), handed out from one buffer that the next article reuses. A typed array of a
 * few thousand elements costs a microsecond to allocate (a zeroed block outside the heap, which
 * the collector then tracks) and a view of a buffer already there a tenth of that; an article
 * asks for about ten of them.
 *
 * Only the pipeline that made a Scratch may reset it, and only when nothing reads the previous
 * article's arrays any more (`extractFrench` returns plain objects, never the Doc). The release
 * timer only drops the kept buffer between articles: extraction is synchronous, so no timer
 * runs while an article holds arrays from it.
 */

/** A buffer up to this size is kept for the next article, whatever it is. */
const KEEP_AT_MOST = 4 << 20;
/**
 * A larger one (a long article's: ~9 bytes a character of text) is kept only while long articles
 * keep coming: given back once none has needed it for LARGE_IDLE_MS. Fresh memory for a 10 MB
 * article (~90 MB, touched page by page) cost it ~8% of its time, on every such article.
 */
const KEEP_LARGE_AT_MOST = 256 << 20;
const LARGE_IDLE_MS = 10_000;
/** Every array starts on this boundary (any typed array's element size divides it). */
const ALIGN = 8;

export interface ScratchOptions {
  /** false: every array is a new one (a Doc that no pipeline will reset). Default true. */
  reuse?: boolean;
  /** The clock for LARGE_IDLE_MS (tests give their own). */
  now?: () => number;
}

export class Scratch {
  private buffer: ArrayBuffer | null = null;
  /** Bytes handed out since the last reset. */
  private used = 0;
  /** Bytes asked for since the last reset, handed out or not: the size the next buffer needs. */
  private asked = 0;
  /** When an article last asked for more than KEEP_AT_MOST. */
  private lastLarge = 0;
  private releaseTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly reuse: boolean;
  private readonly now: () => number;

  constructor(options: ScratchOptions | boolean = {}) {
    const o = typeof options === "boolean" ? { reuse: options } : options;
    this.reuse = o.reuse ?? true;
    this.now = o.now ?? (() => performance.now());
  }

  /** The arrays handed out so far are free again: their article is done. */
  reset(): void {
    if (this.reuse) {
      const size = this.buffer?.byteLength ?? 0;
      if (this.asked > KEEP_AT_MOST) this.lastLarge = this.now();
      if (this.asked > size) {
        // Grown for the largest article met, with room to spare so it does not grow by steps.
        if (this.asked <= KEEP_AT_MOST) this.buffer = new ArrayBuffer(Math.min(KEEP_AT_MOST, roundUp(this.asked * 1.5)));
        else if (this.asked <= KEEP_LARGE_AT_MOST) this.buffer = this.large(Math.min(KEEP_LARGE_AT_MOST, roundUp(this.asked * 1.25)));
      } else if (size > KEEP_AT_MOST && this.now() - this.lastLarge > LARGE_IDLE_MS) this.buffer = null;
    }
    this.used = 0;
    this.asked = 0;
  }

  /**
   * A buffer of `bytes` for long articles, given back by a timer if none comes for LARGE_IDLE_MS
   * (a server idle after one long article; an unref'd timer keeps no process alive).
   */
  private large(bytes: number): ArrayBuffer {
    if (this.releaseTimer === null) {
      const check = (): void => {
        this.releaseTimer = null;
        if ((this.buffer?.byteLength ?? 0) <= KEEP_AT_MOST) return;
        const idle = this.now() - this.lastLarge;
        if (idle > LARGE_IDLE_MS) this.buffer = null;
        else this.releaseTimer = setTimeout(check, LARGE_IDLE_MS - idle + 1).unref();
      };
      this.releaseTimer = setTimeout(check, LARGE_IDLE_MS).unref();
    }
    return new ArrayBuffer(bytes);
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
