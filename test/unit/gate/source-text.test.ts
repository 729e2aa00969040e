/**
 * Text enters the gate through one decoder (src/gate/source-text.ts): the CLI's parseSource and the
 * audit widget's import give the same verdict on the same bytes, and bytes that are not UTF-8 are
 * refused at the first bad byte, never read as mojibake. Generated inputs, fixed seeds; more runs
 * with TOUCHSTONE_FUZZ_RUNS.
 */
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAudit } from '../../../src/gate/audit-check.ts';
import { importRecord } from '../../../src/scoring/audit-io.ts';
import { parseSource } from '../../../src/gate/source.ts';
import { decodeSource } from '../../../src/gate/source-text.ts';
import { encodeGbk } from '../../helpers/gbk.ts';

const SEED = 20261215;
const RUNS = Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 300);

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Text without NUL (a NUL makes a file binary, another verdict), any code point. */
const codePoint = fc
  .integer({ min: 1, max: 0x10ffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));
const text = fc.string({ unit: fc.oneof(fc.constantFrom('\n', ' ', ':', '-', 'a', '中'), codePoint), maxLength: 60 });

/** A sequence no UTF-8 decoder may accept, of every kind: stray continuation, bad lead, overlong, surrogate, past U+10FFFF, cut short. */
const invalid = fc
  .oneof(
    fc.integer({ min: 0x80, max: 0xbf }).map((b) => [b]),
    fc.integer({ min: 0xf5, max: 0xff }).map((b) => [b]),
    fc.tuple(fc.constantFrom(0xc0, 0xc1), fc.integer({ min: 0x80, max: 0xbf })).map(([a, b]) => [a, b]),
    fc.tuple(fc.integer({ min: 0xa0, max: 0xbf }), fc.integer({ min: 0x80, max: 0xbf })).map(([b, c]) => [0xed, b, c]),
    fc.tuple(fc.integer({ min: 0x80, max: 0x9f }), fc.integer({ min: 0x80, max: 0xbf })).map(([b, c]) => [0xe0, b, c]),
    fc
      .tuple(
        fc.integer({ min: 0x90, max: 0xbf }),
        fc.integer({ min: 0x80, max: 0xbf }),
        fc.integer({ min: 0x80, max: 0xbf }),
      )
      .map(([b, c, d]) => [0xf4, b, c, d]),
    fc.integer({ min: 0xc2, max: 0xf4 }).map((b) => [b]), // a lead byte with nothing after it
    fc.tuple(fc.integer({ min: 0xe1, max: 0xec }), fc.integer({ min: 0x80, max: 0xbf })).map(([a, b]) => [a, b, 0x20]), // cut short before a space
  )
  .map((b) => new Uint8Array(b));

/** Where the text ends: the line and column a diagnostic right after it names. */
function endOf(before: string): { line: number; column: number } {
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

describe('decodeSource', () => {
  it('agrees with Node’s isUtf8 on any bytes, and gives back exactly the bytes it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 80 }),
          text.map(utf8),
          fc.tuple(text, invalid, text).map(([a, b, c]) => concat(utf8(a), b, utf8(c))),
        ),
        (bytes) => {
          const decoded = decodeSource('f.yaml', bytes);
          if (bytes.includes(0)) expect('diagnostic' in decoded && decoded.diagnostic.code).toBe('binary-file');
          else if (isUtf8(bytes)) {
            expect('text' in decoded).toBe(true);
            const back = utf8((decoded as { text: string }).text);
            const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
            expect(back).toEqual(bytes.subarray(bom));
          } else expect('diagnostic' in decoded && decoded.diagnostic.code).toBe('not-utf8');
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('refuses an invalid sequence at the line and column where it starts, in the CLI and the browser import alike', async () => {
    await fc.assert(
      fc.asyncProperty(text, invalid, text, async (before, bad, after) => {
        const bytes = concat(utf8(before), bad, utf8(after));
        const at = endOf(before.replace(/^\uFEFF/, ''));
        const cli = parseSource('audits/a.yaml', bytes, { kind: 'audit' }).diagnostics;
        expect(cli.map((d) => [d.code, d.line, d.column])).toEqual([['not-utf8', at.line, at.column]]);
        expect(checkAudit(bytes, 'audits/a.yaml').diagnostics).toEqual(cli);
        const imported = await importRecord(bytes, 'audits/a.yaml', async () => undefined, 'en');
        expect(imported).toEqual({
          errors: [expect.stringContaining(`audits/a.yaml:${at.line}:${at.column}  error  not-utf8`)],
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

const RECORD = `checklist: cl-gate
checklistVersion: 1.0.0
handbookVersion: 1.0.0
site: 一号门
auditor: 张三
date: 2026-01-15
kind: mystery-shopper
responses:
  - { touchpoint: tp-gate, item: greeting, value: partly, note: 未问候 }
`;

describe('importing a record that is not UTF-8', () => {
  it('refuses a GBK file with the gate’s message in the reader’s language, on the line of its first Chinese text', async () => {
    for (const [locale, words] of [
      ['en', 'not valid UTF-8'],
      ['zh-CN', '不是 UTF-8'],
    ] as const) {
      const result = await importRecord(encodeGbk(RECORD), 'gbk.yaml', async () => undefined, locale);
      // 一 is D2 BB in GBK, which UTF-8 reads as one character (U+04BB): the first bad byte comes after it.
      expect(result).toEqual({ errors: [expect.stringContaining('gbk.yaml:4:8  ')] });
      expect((result as { errors: string[] }).errors[0]).toContain('not-utf8');
      expect((result as { errors: string[] }).errors[0]).toContain(words);
    }
  });

  it('refuses UTF-16 with or without a byte order mark, as the CLI does', async () => {
    const le = Uint8Array.from(Buffer.from(RECORD, 'utf16le'));
    const be = Uint8Array.from(Buffer.from(RECORD, 'utf16le').swap16());
    for (const bytes of [le, be, concat(new Uint8Array([0xff, 0xfe]), le), concat(new Uint8Array([0xfe, 0xff]), be)]) {
      const cli = parseSource('u16.yaml', bytes, { kind: 'audit' }).diagnostics.map((d) => d.code);
      expect(cli).toEqual(['binary-file']);
      const result = await importRecord(bytes, 'u16.yaml', async () => undefined, 'en');
      expect(result).toEqual({ errors: [expect.stringContaining('binary-file')] });
    }
  });

  it('still reads the same record in UTF-8, with or without a byte order mark', async () => {
    for (const bytes of [utf8(RECORD), concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(RECORD))]) {
      const result = await importRecord(bytes, 'ok.yaml', async () => undefined, 'en');
      expect(
        'errors' in result ? result.errors.filter((e) => e.includes('not-utf8') || e.includes('binary-file')) : [],
      ).toEqual([]);
      expect(checkAudit(bytes, 'ok.yaml').data?.auditor).toBe('张三');
    }
  });
});
