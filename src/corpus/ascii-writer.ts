// ASCII text written straight into bytes, for the long numeric lines of an aggregate file.

/** ASCII text built in a growing byte buffer: numbers and punctuation without strings in between. */
export class AsciiWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.n + k));
    this.buf.copy(bigger, 0, 0, this.n);
    this.buf = bigger;
  }

  /** One byte. */
  byte(b: number): void {
    this.room(1);
    this.buf[this.n++] = b;
  }

  /** ASCII text. */
  text(s: string): void {
    this.room(s.length);
    this.n += this.buf.write(s, this.n, 'latin1');
  }

  /** A non-negative integer, as JSON writes it. */
  uint(x: number): void {
    if (!(x >= 0 && x < 2 ** 31 && x === Math.floor(x))) {
      this.text(JSON.stringify(x));
      return;
    }
    let digits = 1;
    for (let t = x; t >= 10; t = (t / 10) | 0) digits++;
    this.room(digits);
    let i = this.n + digits;
    let t = x;
    do {
      const q = (t / 10) | 0;
      this.buf[--i] = 48 + t - q * 10;
      t = q;
    } while (t > 0);
    this.n += digits;
  }

  /** The bytes written since the last take (a copy: the buffer is reused). */
  take(): Uint8Array {
    const out = Buffer.from(this.buf.subarray(0, this.n));
    this.n = 0;
    return out;
  }
}
