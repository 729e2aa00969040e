/**
 * Properties of the lossless YAML editor (fast-check): for generated documents — block and flow
 * collections, every quoting style, block scalars, comments, 2 or 4 spaces, CRLF, with or without
 * a final line break — random sequences of set / insert / delete / move give text that parses to
 * exactly the data the same edits give when applied to the data; and diffData's edits, applied to
 * the source, give the new data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Alias, Document, isCollection, isScalar, parse, parseDocument, visit } from 'yaml';
import { applyEdit } from '../../../../src/editor/yaml-edit/apply.ts';
import { changedPaths, diffData } from '../../../../src/editor/yaml-edit/diff.ts';
import { EditError, type Edit, type Path } from '../../../../src/editor/yaml-edit/edit.ts';
import { refApply, type Obj } from '../../../helpers/yaml-edit-reference.ts';

/** Equality of parsed data: NaN equals NaN, 0 equals -0, key order does not matter. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Obj)[k], (b as Obj)[k]))
    );
  }
  return false;
}

/** Every path in the data (not the root), with what is there. */
function paths(data: unknown, at: Path = []): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = [];
  if (Array.isArray(data)) data.forEach((v, i) => out.push({ path: [...at, i], value: v }, ...paths(v, [...at, i])));
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push({ path: [...at, k], value: v }, ...paths(v, [...at, k]));
  return out;
}

// ───────── generated documents ─────────

const KEYS = [
  'id',
  'title',
  'en',
  'zh-CN',
  'items',
  'steps',
  'a',
  'b',
  'note',
  'x y',
  'true',
  '1',
  'key: colon',
  "it's",
];

const tricky = fc.constantFrom(
  'plain',
  'two words',
  'with: colon',
  '# hash',
  'a #b',
  "it's",
  'say "hi"',
  'true',
  'null',
  '123',
  '1.5',
  '0x1F',
  '',
  ' lead',
  'trail ',
  'multi\nline',
  'multi\nline\n',
  'x\n\ny\n\n',
  '  indented\nblock\n',
  '>= 300 lux',
  '- dash',
  '[x]',
  '{y}',
  'a, b',
  '中文，标点：是',
  '@at',
  '*star',
  '&amp',
  '!bang',
  '%pct',
  '`tick`',
  '---',
  '...',
  'tab\there',
  '?',
  ':',
  '-',
  'ends with colon:',
  'a long line '.repeat(12),
);

const scalar = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const { value } = fc.letrec<{ value: unknown; map: Obj; list: unknown[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('list')),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  list: fc.array(tie('value'), { maxLength: 4 }),
}));

const smallValue = fc.oneof(
  scalar,
  fc.dictionary(fc.constantFrom(...KEYS), scalar, { maxKeys: 3 }),
  fc.array(scalar, { maxLength: 3 }),
  value,
);

const rootMap = fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1, maxKeys: 5 });

const docShape = fc.record({
  data: rootMap,
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 40, 80),
  stringType: fc.constantFrom('PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  padding: fc.boolean(),
  coin: fc.array(fc.nat(9), { minLength: 64, maxLength: 64 }),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
});

type DocShape = typeof docShape extends fc.Arbitrary<infer T> ? T : never;

/** Writes the data as YAML with the shape's styles, flow collections and comments here and there. */
function render(shape: DocShape, aliases = false): string {
  const doc = new Document(shape.data);
  let k = 0;
  const coin = () => shape.coin[k++ % shape.coin.length]!;
  // With `aliases`: some value nodes get an anchor, and later scalars become aliases of them. An alias
  // is made from the anchor's name, as doc.createAlias does for a node that has one: the anchored node
  // may itself be an alias (visited again once it replaced a scalar), which createAlias's type refuses.
  const anchored: { anchor: string; inside: Set<unknown> }[] = [];
  visit(doc, {
    Node(key, node): Alias | undefined {
      if (key === 'key') return undefined;
      if (aliases) {
        const open = anchored.filter((a) => !a.inside.has(node));
        if (isScalar(node) && open.length > 0 && coin() >= 7) return new Alias(open[k % open.length]!.anchor);
        if (coin() >= 7) {
          const anchor = `a${anchored.length}`;
          node.anchor = anchor;
          const inside = new Set<unknown>([node]);
          if (isCollection(node)) visit(node, { Node: (_, n) => void inside.add(n) });
          anchored.push({ anchor, inside });
        }
      }
      if (isCollection(node) && node.items.length > 0 && coin() === 0) node.flow = true;
      if (isScalar(node) && typeof node.value === 'string' && coin() === 1) node.type = 'BLOCK_LITERAL';
      if (isScalar(node) && typeof node.value === 'string' && coin() === 2) node.type = 'BLOCK_FOLDED';
      if (coin() === 3) node.commentBefore = ' a comment above';
      if (coin() === 4) node.comment = ' a comment after';
      return undefined;
    },
  });
  let text: string;
  try {
    text = doc.toString({
      indent: shape.indent,
      indentSeq: shape.indentSeq,
      lineWidth: shape.lineWidth,
      defaultStringType: shape.stringType as 'PLAIN',
      flowCollectionPadding: shape.padding,
    });
  } catch {
    return ''; // an alias written before its anchor
  }
  // The library's own writer can produce text it cannot read (comments in odd places): write it plainly then.
  if (parseDocument(text).errors.length > 0)
    text = aliases ? '' : new Document(shape.data).toString({ indent: shape.indent });
  if (!shape.finalNewline) text = text.replace(/\n+$/, '');
  if (shape.crlf) text = text.replace(/\n/g, '\r\n');
  return text;
}

const editShape = fc.record({
  kind: fc.constantFrom('set', 'set', 'setNew', 'insert', 'insert', 'delete', 'delete', 'move'),
  pick: fc.nat(),
  pick2: fc.nat(),
  value: smallValue,
  key: fc.constantFrom(...KEYS, 'new key', 'ja'),
});

type EditShape = typeof editShape extends fc.Arbitrary<infer T> ? T : never;

/** A concrete edit for the current data, or undefined when the data has no place for this kind. */
function concrete(data: unknown, s: EditShape): Edit | undefined {
  const all = paths(data);
  const pickFrom = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
  switch (s.kind) {
    case 'set': {
      const at = pickFrom(all, s.pick);
      return at && { op: 'set', path: at.path, value: s.value };
    }
    case 'setNew': {
      const maps = [{ path: [] as Path, value: data }, ...all].filter(
        (x) => x.value && typeof x.value === 'object' && !Array.isArray(x.value),
      );
      const at = pickFrom(maps, s.pick);
      return at && { op: 'set', path: [...at.path, s.key], value: s.value };
    }
    case 'insert': {
      const lists = all.filter((x) => Array.isArray(x.value));
      const at = pickFrom(lists, s.pick);
      return (
        at && { op: 'insert', path: at.path, index: s.pick2 % ((at.value as unknown[]).length + 1), value: s.value }
      );
    }
    case 'delete': {
      const at = pickFrom(all, s.pick);
      return at && { op: 'delete', path: at.path };
    }
    case 'move': {
      const lists = all.filter((x) => Array.isArray(x.value) && (x.value as unknown[]).length >= 2);
      const at = pickFrom(lists, s.pick);
      if (!at) return undefined;
      const n = (at.value as unknown[]).length;
      return { op: 'move', path: at.path, from: s.pick2 % n, to: s.pick % n };
    }
  }
}

describe('applyEdit on generated documents', () => {
  it('parse(applyEdits(src, edits)) equals the edits applied to the data; line endings kept', () => {
    fc.assert(
      fc.property(docShape, fc.array(editShape, { minLength: 1, maxLength: 6 }), (shape, shapes) => {
        let text = render(shape);
        fc.pre(text !== '');
        let data: unknown = parse(text);
        fc.pre(data !== null && typeof data === 'object' && !Array.isArray(data));
        for (const s of shapes) {
          const e = concrete(data, s);
          if (!e) continue;
          if (e.op === 'delete' && e.path.length === 1 && Object.keys(data as Obj).length === 1) continue;
          const expected = refApply(data, e);
          let out: string;
          try {
            out = applyEdit(text, e);
          } catch (err) {
            throw new Error(`${String(err)}\nedit: ${JSON.stringify(e)}\nsource:\n${text}`, { cause: err });
          }
          const got = parse(out);
          if (!same(got, expected))
            throw new Error(`data differs\nedit: ${JSON.stringify(e)}\nsource:\n${text}\nresult:\n${out}`);
          if (text.includes('\r\n')) expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
          // No final line break stays so — unless a final `|+` block scalar now needs one.
          if (!text.endsWith('\n') && out.endsWith('\n'))
            expect(same(parse(out.replace(/(\r?\n)+$/, '')), expected)).toBe(false);
          text = out;
          data = expected;
        }
      }),
      { numRuns: Number(process.env.YAML_EDIT_RUNS ?? 400) },
    );
  });

  it('with anchors and aliases: each edit either gives exactly the intended data or throws EditError', () => {
    let refused = 0;
    let made = 0;
    fc.assert(
      fc.property(docShape, fc.array(editShape, { minLength: 1, maxLength: 6 }), (shape, shapes) => {
        let text = render(shape, true);
        fc.pre(text !== '' && text.includes('*'));
        let data: unknown = parse(text);
        fc.pre(data !== null && typeof data === 'object' && !Array.isArray(data));
        for (const s of shapes) {
          const e = concrete(data, s);
          if (!e) continue;
          let out: string;
          try {
            out = applyEdit(text, e);
          } catch (err) {
            if (!(err instanceof EditError)) throw err;
            refused++;
            continue;
          }
          made++;
          const expected = refApply(data, e);
          if (!same(parse(out), expected))
            throw new Error(`data differs\nedit: ${JSON.stringify(e)}\nsource:\n${text}\nresult:\n${out}`);
          text = out;
          data = parse(out);
        }
      }),
      { numRuns: Number(process.env.YAML_EDIT_RUNS ?? 300) },
    );
    expect(refused).toBeGreaterThan(0);
    expect(made).toBeGreaterThan(refused);
  });

  it('a scalar set changes only the lines of that scalar', () => {
    fc.assert(
      fc.property(docShape, fc.nat(), scalar, (shape, pick, next) => {
        const text = render({ ...shape, crlf: false });
        fc.pre(text !== '');
        const data = parse(text);
        const leaves = paths(data).filter((x) => x.value === null || typeof x.value !== 'object');
        fc.pre(leaves.length > 0);
        const { path } = leaves[pick % leaves.length]!;
        const out = applyEdit(text, { op: 'set', path, value: next });
        const a = text.split('\n');
        const b = out.split('\n');
        let pre = 0;
        while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
        let suf = 0;
        while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
        // The old scalar spans at most its own lines; the new one is at most one line, or a block scalar.
        const removed = a.length - pre - suf;
        const added = b.length - pre - suf;
        const oldLines =
          typeof leaves[pick % leaves.length]!.value === 'string'
            ? String(leaves[pick % leaves.length]!.value).split('\n').length + 2
            : 1;
        const newLines = typeof next === 'string' ? next.split('\n').length + 2 : 1;
        expect(removed).toBeLessThanOrEqual(Math.max(oldLines, 1) + (shape.lineWidth ? 20 : 0));
        expect(added).toBeLessThanOrEqual(newLines);
      }),
      { numRuns: Number(process.env.YAML_EDIT_RUNS ?? 300) },
    );
  });
});

describe('diffData on generated data', () => {
  const listOfItems = fc
    .array(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), text: scalar, n: fc.integer({ min: 0, max: 3 }) }),
      { maxLength: 6 },
    )
    .map((items) => items.filter((x, i) => items.findIndex((y) => y.id === x.id) === i));
  const docData = fc.record({
    items: listOfItems,
    tags: fc.array(fc.constantFrom('x', 'y', 'z', 'w'), { maxLength: 5 }),
    meta: fc.dictionary(fc.constantFrom(...KEYS), scalar, { maxKeys: 3 }),
  });

  it('the edits turn before into after, on data and on YAML source', () => {
    fc.assert(
      fc.property(docData, docData, fc.boolean(), (before, after, flow) => {
        const edits = diffData(before, after);
        expect(same(edits.reduce(refApply, before), after)).toBe(true);
        expect(changedPaths(before, after).length === 0).toBe(same(before, after));
        const doc = new Document(before);
        if (flow)
          visit(doc, { Seq: (_, s) => void (s.flow = s.items.length > 0 && s.items.every((x) => isScalar(x))) });
        let text = doc.toString();
        for (const e of edits) text = applyEdit(text, e);
        expect(same(parse(text), after)).toBe(true);
      }),
      { numRuns: Number(process.env.YAML_EDIT_RUNS ?? 300) },
    );
  });
});
