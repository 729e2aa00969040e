/** Whatever bytes arrive, reading a file yields diagnostics with real positions, never an exception. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, parseSource } from '../../../src/gate/source.ts';
import { validateAgainstSchema } from '../../../src/gate/schema-validators.ts';

const yamlish = fc.stringMatching(/^[a-z:\-[\]{}&*!|>'" #\n0-9.,]{0,200}$/);

function lineCount(text: string) {
  return text.split('\n').length;
}

describe('parseSource', () => {
  it('never throws on YAML-like text, and points inside the file', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const src = parseSource('x.yaml', new TextEncoder().encode(text));
        for (const d of src.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount(text) + 1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        if (src.data !== undefined) expect(() => validateAgainstSchema('touchpoint', src)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes, as YAML or as MDX', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, frontmatter) => {
        const src = parseSource('x.mdx', bytes, { frontmatter });
        expect(src.data === undefined || typeof src.data === 'object').toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any text at all (any code point, line separators), as YAML or as MDX', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ maxLength: 300 }),
      yamlish.map((t) => `---\n${t}\n---\n`),
    );
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, frontmatter) => {
        const src = parseSource(frontmatter ? 'x.mdx' : 'x.yaml', new TextEncoder().encode(text), { frontmatter });
        expect(src.data === undefined || typeof src.data === 'object').toBe(true);
        for (const d of [...src.diagnostics, ...src.warnings]) expect(d.line).toBeLessThanOrEqual(lineCount(text) + 1);
      }),
      { numRuns: 1000, seed: 20261127 },
    );
  });

  it('never throws on nesting of any depth up to the size limit, on the fast path or the yaml library’s', () => {
    const steps = ['k:', '- k:', '-', '- - k:', 'k: [', 'k: {a: ['];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1400 }),
        fc.constantFrom(...steps),
        fc.constantFrom(0, 1, 2),
        (levels, step, extra) => {
          const lines = ['id: x', 'a:'];
          for (let i = 0; i < levels; i++) lines.push(`${' '.repeat((step.length - 1 + extra) * i + 1)}${step}`);
          const text = lines.join('\n') + '\n';
          const src = parseSource('x.yaml', new TextEncoder().encode(text));
          expect(src.data !== undefined || src.diagnostics.length > 0).toBe(true);
        },
      ),
      { numRuns: 40, seed: 20261128 },
    );
  }, 60_000);

  it('finds the first invalid UTF-8 byte exactly where the platform decoder fails', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        let ok = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          ok = false;
        }
        expect(at === -1).toBe(ok);
        if (at >= 0)
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps positions in MDX frontmatter relative to the whole file', () => {
    const text = '---\nid: x\ntitle: [unclosed\n---\n\nbody\n';
    const src = parseSource('c.mdx', new TextEncoder().encode(text), { frontmatter: true });
    expect(src.diagnostics[0]?.line).toBe(3);
  });

  it('treats CRLF files like LF files', () => {
    const src = parseSource('c.yaml', new TextEncoder().encode('id: a\r\ntitle: b\r\ntitle: c\r\n'));
    expect(src.diagnostics.map((d) => [d.code, d.line])).toEqual([['duplicate-key', 3]]);
  });
});
