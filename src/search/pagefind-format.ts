/**
 * Pagefind's index files as data: a minimal CBOR codec (definite-length arrays, text strings,
 * integers: all Pagefind writes) and the gzip + `pagefind_dcd` framing of its `.pf_*` files
 * (fragments hold JSON instead of CBOR).
 * Used to merge the bundles of several Pagefind runs over parts of one language into one
 * (src/search/pagefind-merge.ts). The encoder writes integers and lengths in their shortest
 * form, as Pagefind (minicbor) does: decode → encode gives back the same bytes
 * (test/unit/search/pagefind-format.test.ts).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export type Cbor = number | string | Uint8Array | Cbor[];

const MAGIC = Buffer.from('pagefind_dcd');

export function decodeCbor(bytes: Uint8Array, start = 0): { value: Cbor; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let i = start;
  const read = (): Cbor => {
    const at = i;
    const initial = bytes[i++]!;
    const major = initial >> 5;
    const info = initial & 31;
    let n: number;
    if (info < 24) n = info;
    else if (info === 24) n = bytes[i++]!;
    else if (info === 25) {
      n = view.getUint16(i);
      i += 2;
    } else if (info === 26) {
      n = view.getUint32(i);
      i += 4;
    } else if (info === 27) {
      const big = view.getBigUint64(i);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR integer too large at byte ${at}`);
      n = Number(big);
      i += 8;
    } else throw new Error(`Unsupported CBOR item (0x${initial.toString(16)}) at byte ${at}`);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2: {
        const out = bytes.subarray(i, i + n);
        i += n;
        return out;
      }
      case 3: {
        const out = utf8.decode(bytes.subarray(i, i + n));
        i += n;
        return out;
      }
      case 4: {
        const out: Cbor[] = new Array(n);
        for (let k = 0; k < n; k++) out[k] = read();
        return out;
      }
      default:
        throw new Error(`Unsupported CBOR major type ${major} at byte ${at}`);
    }
  };
  const value = read();
  return { value, end: i };
}

/** Appends CBOR to a growing buffer. */
class Writer {
  buf = Buffer.alloc(1 << 16);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
  head(major: number, n: number): void {
    this.ensure(9);
    const m = major << 5;
    if (n < 24) {
      this.buf[this.length++] = m | n;
    } else if (n < 0x100) {
      this.buf[this.length++] = m | 24;
      this.buf[this.length++] = n;
    } else if (n < 0x10000) {
      this.buf[this.length++] = m | 25;
      this.length = this.buf.writeUInt16BE(n, this.length);
    } else if (n < 0x100000000) {
      this.buf[this.length++] = m | 26;
      this.length = this.buf.writeUInt32BE(n, this.length);
    } else {
      this.buf[this.length++] = m | 27;
      this.length = this.buf.writeBigUInt64BE(BigInt(n), this.length);
    }
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  write(value: Cbor): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${value}`);
      if (value >= 0) this.head(0, value);
      else this.head(1, -1 - value);
    } else if (typeof value === 'string') {
      const b = Buffer.from(value, 'utf8');
      this.head(3, b.length);
      this.bytes(b);
    } else if (value instanceof Uint8Array) {
      this.head(2, value.length);
      this.bytes(value);
    } else {
      this.head(4, value.length);
      for (const v of value) this.write(v);
    }
  }
  result(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

export function encodeCbor(value: Cbor): Buffer {
  const w = new Writer();
  w.write(value);
  return w.result();
}

/** The CBOR body of a `.pf_*` file (gzip, then `pagefind_dcd`, then one CBOR item). */
export function readPagefindFile(file: Uint8Array, name = 'a Pagefind file'): Cbor {
  const raw = gunzipSync(file);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${name} does not start with pagefind_dcd`);
  const { value, end } = decodeCbor(raw, MAGIC.length);
  if (end !== raw.length) throw new Error(`${name} has ${raw.length - end} bytes after its data`);
  return value;
}

/** What a `.pf_*` file holds before gzip: `pagefind_dcd`, then the CBOR item. */
export function pagefindBody(value: Cbor): Buffer {
  return Buffer.concat([MAGIC, encodeCbor(value)]);
}

export function writePagefindFile(value: Cbor): Buffer {
  return gzipSync(pagefindBody(value));
}

/** A page's `.pf_fragment` (gzip, then `pagefind_dcd`, then the page's JSON): its URL and the rest. */
export function readFragment(
  file: Uint8Array,
  name = 'a Pagefind fragment',
): { url: string } & Record<string, unknown> {
  const raw = gunzipSync(file);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${name} does not start with pagefind_dcd`);
  return JSON.parse(raw.subarray(MAGIC.length).toString('utf8')) as { url: string } & Record<string, unknown>;
}
