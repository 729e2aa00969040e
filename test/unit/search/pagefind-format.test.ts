/**
 * The pieces of the Pagefind bundle merge that can be checked without Pagefind: the CBOR codec on
 * RFC 8949's examples, the `.pf_*` framing, and the chunk ranges on the cases Pagefind's own tests
 * give (pagefind/src/index/mod.rs: build_chunk_meta, common_prefix). That a merged bundle answers
 * like one run is test/e2e/pagefind-merge.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  decodeCbor,
  encodeCbor,
  readPagefindFile,
  writePagefindFile,
  type Cbor,
} from '../../../src/search/pagefind-format.ts';
import { chunkRanges } from '../../../src/search/pagefind-merge.ts';
import { mentionsBody } from '../../../src/search/pagefind.ts';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('CBOR (RFC 8949, appendix A)', () => {
  test.each<[Cbor, string]>([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [1000000000000, '1b000000e8d4a51000'],
    [-1, '20'],
    [-100, '3863'],
    [-1000, '3903e7'],
    ['', '60'],
    ['a', '6161'],
    ['IETF', '6449455446'],
    ['\u00fc', '62c3bc'],
    ['\u6c34', '63e6b0b4'],
    [[], '80'],
    [[1, 2, 3], '83010203'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [Array.from({ length: 25 }, (_, i) => i + 1), '98190102030405060708090a0b0c0d0e0f101112131415161718181819'],
  ])('%j ⇄ %s', (value, bytes) => {
    expect(encodeCbor(value).toString('hex')).toBe(bytes);
    expect(decodeCbor(hex(bytes))).toEqual({ value, end: hex(bytes).length });
  });

  test('refuses what Pagefind never writes, with the byte it stopped at', () => {
    expect(() => decodeCbor(hex('a0'))).toThrow(/major type 5 at byte 0/); // a map
    expect(() => decodeCbor(hex('f97c00'))).toThrow(/at byte 0/); // a float
    expect(() => decodeCbor(hex('9f01ff'))).toThrow(/at byte 0/); // an indefinite-length array
  });

  test('Pagefind files: gzip around `pagefind_dcd` and one item; anything else is refused by name', () => {
    const value: Cbor = ['1.6.0', [['en_abc1234', 12, '']], [], [], [], ['title']];
    expect(readPagefindFile(writePagefindFile(value))).toEqual(value);
    expect(() => readPagefindFile(gzipSync(Buffer.from('not pagefind')), 'x.pf_meta')).toThrow(
      /x.pf_meta does not start with pagefind_dcd/,
    );
    expect(() =>
      readPagefindFile(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), hex('0000')])), 'y.pf_index'),
    ).toThrow(/y.pf_index has 1 bytes after its data/);
  });
});

describe('chunk ranges, as Pagefind trims them', () => {
  test('its own example: apple | apricot banana | peach', () => {
    expect(
      chunkRanges([
        { first: 'apple', last: 'apple' },
        { first: 'apricot', last: 'banana' },
        { first: 'peach', last: 'peach' },
      ]),
    ).toEqual([
      // "app" would make to < from: not trimmed.
      { from: 'apple', to: 'apple' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });

  test('prefixes count characters, not bytes, and one chunk keeps its words', () => {
    expect(
      chunkRanges([
        { first: '一', last: '三个人' },
        { first: '三位', last: '下' },
      ]),
    ).toEqual([
      { from: '一', to: '三个' },
      { from: '三位', to: '下' },
    ]);
    expect(
      chunkRanges([
        { first: 'cataraman', last: 'cataraman' },
        { first: 'yacht', last: 'zebra' },
      ]),
    ).toEqual([
      // "c" would sort before "cataraman": not trimmed.
      { from: 'cataraman', to: 'cataraman' },
      { from: 'y', to: 'zebra' },
    ]);
    expect(chunkRanges([{ first: 'a', last: 'z' }])).toEqual([{ from: 'a', to: 'z' }]);
  });
});

describe('which pages are given to Pagefind: mentionsBody reads until it finds data-pagefind-body', () => {
  test('found at the start, after 32 KB, across the boundary of two reads; not found when absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'touchstone-hasbody-'));
    try {
      const marker = '<main data-pagefind-body>';
      const page = (before: number) => `${'x'.repeat(before)}${marker}</main>`;
      const cases: [string, number, boolean][] = [
        ['start', 0, true],
        ['far', 100_000, true],
        // "data-pagefind-body" starts 5 bytes before the end of the first 32 KB read.
        ['boundary', 32 * 1024 - 5 - '<main '.length, true],
      ];
      for (const [name, before, expected] of cases) {
        writeFileSync(join(dir, `${name}.html`), page(before));
        expect(mentionsBody(join(dir, `${name}.html`)), name).toBe(expected);
      }
      writeFileSync(join(dir, 'none.html'), `${'y'.repeat(70_000)}<main data-pagefind-ignore="all"></main>`);
      expect(mentionsBody(join(dir, 'none.html'))).toBe(false);
      writeFileSync(join(dir, 'empty.html'), '');
      expect(mentionsBody(join(dir, 'empty.html'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
