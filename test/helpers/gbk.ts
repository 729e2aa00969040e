/**
 * GBK bytes for a text, for tests of files that are not UTF-8 (what a Windows editor in a Chinese
 * locale saves). The encoder is the platform's GBK decoder run backwards: every two-byte code is
 * decoded once and the table inverted, so no list of characters is written by hand.
 */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let char: string;
      try {
        char = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** The text in GBK; throws on a character GBK cannot write. */
export function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable().get(char);
      if (!bytes) throw new Error(`GBK has no code for ${char}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
