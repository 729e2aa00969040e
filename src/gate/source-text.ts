/**
 * The bytes of a standards file → its text, or the gate's diagnostic saying why they are not text
 * the gate reads: too large, binary (a NUL byte: also UTF-16 and UTF-32 files, whose ASCII
 * characters carry zero bytes), or not UTF-8 (GBK, GB2312, Latin-1 …, at the first bad byte).
 *
 * One function wherever text enters the gate: source.ts (`touchstone check`, `touchstone score`,
 * the build), the audit widget's import and the editor's loads in the browser. The browser's own
 * decoding (`File.text()`, `Response.text()`) replaces bad bytes with U+FFFD and would let a GBK
 * file in as mojibake. Browser-safe: TextDecoder only.
 */
import { diagnostic, type Diagnostic } from './diagnostics.ts';

/** Largest file read, in bytes. A standard that large should be split. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** How far binary detection looks for a NUL byte, as git does. */
const BINARY_SNIFF_BYTES = 8000;

const FILE_START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Line and column (1-based, in UTF-16 units as every other position) just after `before`. */
function endOf(before: string) {
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  const at = { line, column: before.length - lineStart + 1 };
  return { start: at, end: at };
}

/** The diagnostic for bytes that are not UTF-8: at the first bad byte, counted in the text before it. */
function notUtf8(file: string, bytes: Uint8Array): Diagnostic {
  const bad = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(bad, 0)));
  return diagnostic(file, endOf(before), '', 'not-utf8');
}

/**
 * The text of a file's bytes (a UTF-8 byte order mark dropped), or the diagnostic that rejects
 * them: file-too-large, binary-file or not-utf8. `file` names the file in the diagnostic.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      diagnostic: diagnostic(file, FILE_START, '', 'file-too-large', { size: bytes.length, limit: MAX_FILE_BYTES }),
    };
  }
  if (looksBinary(bytes)) return { diagnostic: diagnostic(file, FILE_START, '', 'binary-file') };
  try {
    // The decoder checks UTF-8 natively; the byte loop runs only to say where a bad byte is.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { diagnostic: notUtf8(file, bytes) };
  }
}
