/**
 * merge3 (src/editor/git-host/merge.ts): the line-based three-way merge the editor uses when the file
 * changed upstream while it was being edited. Examples, then properties with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countConflictMarkers, lcs, merge3, splitLines } from '../../../src/editor/git-host/merge.ts';

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

describe('merge3: examples', () => {
  it('takes a change made on one side only', () => {
    const base = lines('a', 'b', 'c');
    expect(merge3(base, lines('a', 'B', 'c'), base)).toEqual({ clean: true, text: lines('a', 'B', 'c'), conflicts: 0 });
    expect(merge3(base, base, lines('a', 'b', 'C'))).toEqual({ clean: true, text: lines('a', 'b', 'C'), conflicts: 0 });
  });

  it('merges changes separated by an unchanged line', () => {
    const base = lines('title: x', 'a: 1', 'b: 2', 'c: 3', 'd: 4');
    const ours = lines('title: y', 'a: 1', 'b: 2', 'c: 3', 'd: 4');
    const theirs = lines('title: x', 'a: 1', 'b: 2', 'c: 30', 'd: 4', 'e: 5');
    expect(merge3(base, ours, theirs)).toEqual({
      clean: true,
      text: lines('title: y', 'a: 1', 'b: 2', 'c: 30', 'd: 4', 'e: 5'),
      conflicts: 0,
    });
  });

  it('takes an identical change on both sides once', () => {
    const base = lines('a', 'b', 'c');
    const both = lines('a', 'X', 'Y', 'c');
    expect(merge3(base, both, both)).toEqual({ clean: true, text: both, conflicts: 0 });
  });

  it('marks different changes to the same lines, ours first', () => {
    const r = merge3(lines('a', 'b', 'c'), lines('a', 'ours', 'c'), lines('a', 'theirs', 'c'));
    expect(r.clean).toBe(false);
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe(lines('a', '<<<<<<< ours', 'ours', '=======', 'theirs', '>>>>>>> theirs', 'c'));
    expect(countConflictMarkers(r.text)).toBe(1);
  });

  it('edits to adjacent lines conflict (as in diff3 and git)', () => {
    const r = merge3(lines('a', 'b', 'c', 'd'), lines('a', 'B', 'c', 'd'), lines('a', 'b', 'C', 'd'));
    expect(r.clean).toBe(false);
    expect(r.text).toBe(lines('a', '<<<<<<< ours', 'B', 'c', '=======', 'b', 'C', '>>>>>>> theirs', 'd'));
  });

  it('keeps lines both sides share at the ends of a conflict outside the markers', () => {
    const r = merge3(
      lines('a', 'b', 'z'),
      lines('a', 'same', 'ours', 'end', 'z'),
      lines('a', 'same', 'theirs', 'end', 'z'),
    );
    expect(r.text).toBe(lines('a', 'same', '<<<<<<< ours', 'ours', '=======', 'theirs', '>>>>>>> theirs', 'end', 'z'));
  });

  it('counts each conflict region', () => {
    const base = lines('1', '2', '3', '4', '5');
    const r = merge3(base, lines('1o', '2', '3', '4', '5o'), lines('1t', '2', '3', '4', '5t'));
    expect(r.conflicts).toBe(2);
    expect(countConflictMarkers(r.text)).toBe(2);
  });

  it('a delete against an edit of the same line conflicts', () => {
    const r = merge3(lines('a', 'b', 'c'), lines('a', 'c'), lines('a', 'B', 'c'));
    expect(r.text).toBe(lines('a', '<<<<<<< ours', '=======', 'B', '>>>>>>> theirs', 'c'));
  });

  it('keeps CRLF line endings and writes markers with them', () => {
    const crlf = (...l: string[]) => l.map((x) => `${x}\r\n`).join('');
    expect(merge3(crlf('a', 'b', 'c', 'd'), crlf('A', 'b', 'c', 'd'), crlf('a', 'b', 'c', 'D')).text).toBe(
      crlf('A', 'b', 'c', 'D'),
    );
    expect(merge3(crlf('a', 'b'), crlf('a', 'x'), crlf('a', 'y')).text).toBe(
      crlf('a', '<<<<<<< ours', 'x', '=======', 'y', '>>>>>>> theirs'),
    );
  });

  it('a last line without a newline still gets its markers on lines of their own', () => {
    const r = merge3('a\nb', 'a\nours', 'a\ntheirs');
    expect(r.text).toBe('a\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\n');
  });

  it('keeps a missing final newline when only one side changed', () => {
    expect(merge3('a\nb\nc', 'A\nb\nc', 'a\nb\nc')).toEqual({ clean: true, text: 'A\nb\nc', conflicts: 0 });
    expect(merge3('a\nb\nc', 'A\nb\nc', 'a\nb\nC')).toEqual({ clean: true, text: 'A\nb\nC', conflicts: 0 });
  });

  it('handles empty texts', () => {
    expect(merge3('', '', '')).toEqual({ clean: true, text: '', conflicts: 0 });
    expect(merge3('', 'a\n', '')).toEqual({ clean: true, text: 'a\n', conflicts: 0 });
    expect(merge3('a\n', '', 'a\n')).toEqual({ clean: true, text: '', conflicts: 0 });
    expect(merge3('', 'a\n', 'b\n').clean).toBe(false);
  });

  it('merges a YAML standard edited in two places (Chinese text, comments kept)', () => {
    const base = [
      '# 触点标准',
      'id: tp-lobby',
      'title:',
      '  zh-CN: 大堂迎宾',
      '  en: Lobby greeting',
      'version: 1.0.0',
      'items:',
      '  - id: greet',
      '    text: 三米内主动问候',
      '  - id: smile',
      '    text: 微笑',
      '',
    ].join('\n');
    const ours = base.replace('三米内主动问候', '五米内主动问候，并称呼姓氏');
    const theirs = base
      .replace('  en: Lobby greeting', '  en: Greeting in the lobby')
      .replace('version: 1.0.0', 'version: 1.1.0');
    const r = merge3(base, ours, theirs);
    expect(r.clean).toBe(true);
    expect(r.text).toBe(
      ours.replace('  en: Lobby greeting', '  en: Greeting in the lobby').replace('version: 1.0.0', 'version: 1.1.0'),
    );
  });

  it('is fast on large files', () => {
    const n = 20_000;
    const base = Array.from({ length: n }, (_, i) => `line ${i}\n`);
    const ours = base.map((l, i) => (i % 100 === 10 ? `ours ${i}\n` : l));
    const theirs = base.map((l, i) => (i % 100 === 60 ? `theirs ${i}\n` : l));
    const started = performance.now();
    const r = merge3(base.join(''), ours.join(''), theirs.join(''));
    expect(r.clean).toBe(true);
    expect(r.text).toBe(base.map((l, i) => (i % 100 === 10 ? ours[i] : i % 100 === 60 ? theirs[i] : l)).join(''));
    expect(performance.now() - started).toBeLessThan(2000);
    // Nothing in common at all: the diff is all insertions and deletions, still quick.
    const t0 = performance.now();
    const other = Array.from({ length: 3000 }, (_, i) => `x ${i}\n`).join('');
    expect(merge3(base.slice(0, 3000).join(''), other, base.slice(0, 3000).join('')).text).toBe(other);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('splitLines and lcs', () => {
  it('splitLines keeps terminators and loses nothing', () => {
    expect(splitLines('a\nb\r\n\nc')).toEqual(['a\n', 'b\r\n', '\n', 'c']);
    expect(splitLines('')).toEqual([]);
    fc.assert(fc.property(fc.string(), (s) => splitLines(s).join('') === s));
  });

  it('lcs is a longest common subsequence (checked against dynamic programming)', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 25 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const pairs = lcs(a, b);
        for (let i = 0; i < pairs.length; i++) {
          const [x, y] = pairs[i]!;
          expect(a[x]).toBe(b[y]);
          if (i > 0) {
            expect(x).toBeGreaterThan(pairs[i - 1]![0]);
            expect(y).toBeGreaterThan(pairs[i - 1]![1]);
          }
        }
        const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = a.length - 1; i >= 0; i--)
          for (let j = b.length - 1; j >= 0; j--)
            dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
        expect(pairs.length).toBe(dp[0]![0]);
      }),
      { numRuns: 500 },
    );
  });
});

// Texts made of few distinct lines (so that lines repeat and diffs are ambiguous), with or
// without a final newline, sometimes CRLF; and arbitrary strings.
const lineText = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', 'c', '', '  - id: x', 'key: 值', 'a\r'), { maxLength: 30 }), fc.boolean())
  .map(([ls, finalNewline]) => ls.join('\n') + (finalNewline && ls.length > 0 ? '\n' : ''));
const anyText = fc.oneof(lineText, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('merge3: properties', () => {
  // Each law: the merge of a base `b` and a text `x` on one side or both is `x`, cleanly.
  it.each([
    ['merge3(b, b, t) = t', (b: string, x: string) => merge3(b, b, x)],
    ['merge3(b, o, b) = o', (b: string, x: string) => merge3(b, x, b)],
    ['merge3(b, x, x) = x', (b: string, x: string) => merge3(b, x, x)],
  ])('%s', (_law, merged) => {
    fc.assert(
      fc.property(anyText, anyText, (b, x) => {
        expect(merged(b, x)).toEqual({ clean: true, text: x, conflicts: 0 });
      }),
      { numRuns: 1000 },
    );
  });

  it('swapping the sides changes neither cleanliness nor a clean result', () => {
    fc.assert(
      fc.property(lineText, lineText, lineText, (b, o, t) => {
        const ot = merge3(b, o, t);
        const to = merge3(b, t, o);
        expect(ot.clean).toBe(to.clean);
        expect(ot.conflicts).toBe(to.conflicts);
        if (ot.clean) expect(ot.text).toBe(to.text);
        expect(countConflictMarkers(ot.text)).toBe(ot.conflicts);
      }),
      { numRuns: 1000 },
    );
  });

  it('every line of the result is a line of an input (or a marker)', () => {
    fc.assert(
      fc.property(lineText, lineText, lineText, (b, o, t) => {
        const r = merge3(b, o, t);
        const known = new Set([...splitLines(b), ...splitLines(o), ...splitLines(t)]);
        for (const line of splitLines(r.text)) {
          const bare = line.replace(/\r?\n$/, '');
          const marker = ['<<<<<<< ours', '=======', '>>>>>>> theirs'].includes(bare);
          // In a conflict, a side's last line without a newline gets one before the marker.
          const withoutAddedEol = [line.slice(0, -1), line.slice(0, -2)].some((l) => known.has(l));
          expect(marker || known.has(line) || (!r.clean && withoutAddedEol), JSON.stringify(line)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('edits separated by at least one unchanged line merge cleanly into both edits', () => {
    // Base: unique lines. Each region [start, start + length) of base lines is replaced (or, with
    // length 0, lines are inserted) by one side; regions are kept apart by ≥ 1 untouched line.
    const region = fc.record({
      start: fc.nat({ max: 40 }),
      length: fc.nat({ max: 3 }),
      side: fc.constantFrom('ours' as const, 'theirs' as const),
      replacement: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(region, { maxLength: 8 }), fc.boolean(), (n, raw, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const base = Array.from({ length: n }, (_, i) => `line ${i}${eol}`);
        const regions: { start: number; end: number; side: 'ours' | 'theirs'; lines: string[] }[] = [];
        let next = 0;
        for (const [idx, r] of [...raw].sort((x, y) => x.start - y.start).entries()) {
          const start = Math.max(r.start, next);
          const end = Math.min(start + r.length, n);
          if (start > n) break;
          regions.push({
            start,
            end,
            side: r.side,
            lines: Array.from({ length: r.replacement }, (_, k) => `${r.side} ${idx}.${k}${eol}`),
          });
          next = end + 1; // one untouched line before the next region
        }
        const apply = (which: (side: 'ours' | 'theirs') => boolean) => {
          const out: string[] = [];
          let i = 0;
          for (const r of regions) {
            if (!which(r.side)) continue;
            out.push(...base.slice(i, r.start), ...r.lines);
            i = r.end;
          }
          out.push(...base.slice(i));
          return out.join('');
        };
        const ours = apply((s) => s === 'ours');
        const theirs = apply((s) => s === 'theirs');
        const expected = apply(() => true);
        expect(merge3(base.join(''), ours, theirs)).toEqual({ clean: true, text: expected, conflicts: 0 });
      }),
      { numRuns: 1000 },
    );
  });
});
