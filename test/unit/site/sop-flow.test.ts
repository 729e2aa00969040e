import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { SOP_FLOW_LABELS } from '../../../src/i18n/sop-flow.ts';
import { ellipsize, escapeXml, sopFlowSvg, textWidthEm, type SopFlowOptions } from '../../../src/site/sop-flow.ts';
import type { Sop } from '../../../src/schema/types.generated.ts';

// ---------------------------------------------------------------------------------------------
// A tiny, strict XML reader: enough to prove the SVG is well-formed and to query it.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  parent?: XmlElement;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function decode(raw: string, at: number, inAttr: boolean): string {
  if (raw.includes('<')) throw new Error(`raw < at ${at}`);
  if (inAttr && /["]/.test(raw)) throw new Error(`raw quote in attribute at ${at}`);
  for (const ch of raw)
    if (!isXmlChar(ch.codePointAt(0)!))
      throw new Error(`character U+${ch.codePointAt(0)!.toString(16)} not allowed in XML at ${at}`);
  return raw.replace(/&([^;&\s]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & at ${at}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!m) throw new Error(`unknown entity &${ref}; at ${at}`);
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(cp)) throw new Error(`character reference ${whole} not allowed at ${at}`);
    return String.fromCodePoint(cp);
  });
}

function parseXml(src: string): XmlElement {
  let i = 0;
  const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const name = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(src);
    if (!m) fail('expected a name');
    i += m![0].length;
    return m![0];
  };
  const ws = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const element = (parent?: XmlElement): XmlElement => {
    if (src[i] !== '<') fail('expected <');
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [] };
    if (parent) el.parent = parent;
    for (;;) {
      const before = i;
      ws();
      if (src.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected white space before an attribute');
      const key = name();
      ws();
      if (src[i] !== '=') fail('expected =');
      i++;
      ws();
      const quote = src[i];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = src.indexOf(quote!, i + 1);
      if (end < 0) fail('unterminated attribute value');
      if (key in el.attrs) fail(`duplicate attribute ${key}`);
      el.attrs[key] = decode(src.slice(i + 1, end), i, true);
      i = end + 1;
    }
    for (;;) {
      if (i >= src.length) fail(`unclosed <${el.name}>`);
      if (src.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        ws();
        if (src[i] !== '>') fail('expected >');
        i++;
        return el;
      }
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
        continue;
      }
      if (src[i] === '<') {
        el.children.push(element(el));
        continue;
      }
      const end = src.indexOf('<', i);
      const raw = src.slice(i, end < 0 ? src.length : end);
      if (raw.includes('>')) fail('raw > in text');
      el.children.push(decode(raw, i, false));
      i += raw.length;
    }
  };
  const root = element();
  ws();
  if (i !== src.length) fail('content after the root element');
  return root;
}

function all(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap((c) => (typeof c === 'string' ? [] : all(c)))];
}
const hasClass = (el: XmlElement, cls: string) => (el.attrs.class ?? '').split(/\s+/).includes(cls);
const byClass = (root: XmlElement, cls: string) => all(root).filter((e) => hasClass(e, cls));
const child = (el: XmlElement, name: string, cls?: string) =>
  el.children.find(
    (c): c is XmlElement => typeof c !== 'string' && c.name === name && (cls === undefined || hasClass(c, cls)),
  );
const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const box = (rect: XmlElement | undefined): Box => {
  if (!rect) throw new Error('no rect');
  return {
    x: Number(rect.attrs.x),
    y: Number(rect.attrs.y),
    w: Number(rect.attrs.width),
    h: Number(rect.attrs.height),
  };
};
const pathPoints = (d: string | undefined): [number, number][] =>
  [...(d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const close = (a: number, b: number) => Math.abs(a - b) < 0.11;
const onRightEdge = (p: [number, number], b: Box) => close(p[0], b.x + b.w) && p[1] > b.y && p[1] < b.y + b.h;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// ---------------------------------------------------------------------------------------------

const handbook = loadHandbook('standards', { today: '2026-11-22' });
const model = handbook.model!;
const sops = [...model.sops.values()].map((e) => e.data);
const fallback = model.config.defaultLocale;
const LOCALES = ['zh-CN', 'en'] as const;

function render(sop: Sop, locale: 'zh-CN' | 'en', extra: Partial<SopFlowOptions> = {}) {
  const svg = sopFlowSvg(sop, { locale, fallback, labels: SOP_FLOW_LABELS[locale], ...extra });
  return { svg, root: parseXml(svg) };
}

function stepBox(root: XmlElement, stepId: string): Box {
  const g = byClass(root, 'flow-step').find((e) => e.attrs['data-step'] === stepId);
  return box(child(g!, 'rect'));
}

describe('the example handbook', () => {
  it('loads, with the four SOPs, both kinds of jump and early ends', () => {
    expect(handbook.diagnostics).toEqual([]);
    expect(sops.length).toBeGreaterThanOrEqual(4);
    const jumps = sops.flatMap((s) =>
      s.steps.flatMap((st, i) => (st.branches ?? []).map((b) => s.steps.findIndex((t) => t.id === b.goto) - i)),
    );
    expect(jumps.some((d) => d > 0)).toBe(true);
    expect(jumps.some((d) => d < 0)).toBe(true);
    expect(sops.some((s) => s.steps.some((st, i) => st.end === true && i < s.steps.length - 1))).toBe(true);
  });
});

describe.each(sops.flatMap((sop) => LOCALES.map((locale) => [sop.id, locale, sop] as const)))(
  '%s (%s)',
  (id, locale, sop) => {
    const { svg, root } = render(sop, locale);
    const [vx, vy, vw, vh] = (root.attrs.viewBox ?? '').split(' ').map(Number) as [number, number, number, number];
    const steps = byClass(root, 'flow-step');
    const branches = byClass(root, 'flow-branch');

    it('is a well-formed, accessible SVG', () => {
      expect(root.name).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attrs.role).toBe('img');
      // Natural size from the viewBox, no inline style: the page's CSS scales it down.
      expect(root.attrs.width).toBe(root.attrs.viewBox?.split(' ')[2]);
      expect(root.attrs.height).toBe(root.attrs.viewBox?.split(' ')[3]);
      expect(root.attrs.style).toBeUndefined();
      const title = all(root).find((e) => e.attrs.id === root.attrs['aria-labelledby']);
      const desc = all(root).find((e) => e.attrs.id === root.attrs['aria-describedby']);
      expect(title?.name).toBe('title');
      expect(title?.parent).toBe(root);
      expect(root.children[0]).toBe(title);
      expect(desc?.name).toBe('desc');
      expect(desc?.parent).toBe(root);
      expect(textOf(title!)).toContain(typeof sop.title === 'string' ? sop.title : sop.title[locale]!);
    });

    it('has one .flow-step per step, in order, and one .flow-branch per branch', () => {
      expect(steps.map((s) => s.attrs['data-step'])).toEqual(sop.steps.map((s) => s.id));
      expect(branches).toHaveLength(sop.steps.reduce((n, s) => n + (s.branches?.length ?? 0), 0));
      expect(byClass(root, 'flow-escalation')).toHaveLength(sop.steps.filter((s) => s.escalation).length);
      expect(byClass(root, 'flow-terminal')).toHaveLength(2);
      steps.forEach((g, i) => expect(textOf(child(g, 'text', 'flow-step-number')!)).toBe(String(i + 1)));
    });

    it('shows each step’s title, role and time limit', () => {
      sop.steps.forEach((step, i) => {
        const g = steps[i]!;
        const title = textOf(child(g, 'text', 'flow-step-title')!);
        const wanted = typeof step.title === 'object' ? step.title[locale] : undefined;
        if (wanted && textWidthEm(wanted) < 18) expect(title).toBe(wanted);
        const meta = textOf(child(g, 'text', 'flow-step-meta')!);
        const role = sop.roles.find((r) => r.id === step.actor)!;
        expect(meta).toContain(typeof role.name === 'string' ? role.name : role.name[locale]!);
        if (step.timeLimit) expect(meta).toMatch(locale === 'en' ? /\d+ (min|h|d)$/ : /\d+ (分钟|小时|天)$/);
      });
    });

    it('has unique ids, all starting with the SOP’s prefix', () => {
      const ids = all(root).flatMap((e) => (e.attrs.id ? [e.attrs.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of ids) expect(i.startsWith(`sop-flow-${id}`)).toBe(true);
      expect(svg).not.toMatch(/url\(#/);
    });

    it('routes every branch from its step’s box to its target step’s box', () => {
      for (const g of branches) {
        const from = stepBox(root, g.attrs['data-from']!);
        const to = stepBox(root, g.attrs['data-to']!);
        const line = pathPoints(child(g, 'path', 'flow-edge')?.attrs.d);
        expect(line.length).toBeGreaterThanOrEqual(4);
        expect(onRightEdge(line[0]!, from)).toBe(true);
        expect(onRightEdge(line.at(-1)!, to)).toBe(true);
        const tip = pathPoints(child(g, 'path', 'flow-arrowhead')?.attrs.d)[0]!;
        expect(tip).toEqual(line.at(-1));
        // The lane is right of the column, and every segment is horizontal or vertical.
        expect(line[1]![0]).toBeGreaterThan(from.x + from.w);
        for (let k = 1; k < line.length; k++)
          expect(line[k]![0] === line[k - 1]![0] || line[k]![1] === line[k - 1]![1]).toBe(true);
        const step = sop.steps.find((s) => s.id === g.attrs['data-from'])!;
        const branch = step.branches!.find((b) => b.goto === g.attrs['data-to'])!;
        const when = typeof branch.when === 'string' ? branch.when : branch.when[locale]!;
        expect(textOf(child(g, 'title')!)).toBe(when.replace(/\s+/g, ' ').trim());
        const label = textOf(child(g, 'text', 'flow-branch-label')!);
        expect(label.length).toBeGreaterThan(0);
        expect(when.startsWith(label.replace(/…$/, ''))).toBe(true);
      }
    });

    it('draws plain arrows to the next step except after an end, and every end reaches the end node', () => {
      const end = box(child(byClass(root, 'flow-end')[0]!, 'rect'));
      const start = box(child(byClass(root, 'flow-start')[0]!, 'rect'));
      const plain = byClass(root, 'flow-arrow').filter((g) => !hasClass(g, 'flow-to-end'));
      const toEnd = byClass(root, 'flow-to-end');
      const expectedPlain = 1 + sop.steps.filter((s, i) => i === sop.steps.length - 1 || s.end !== true).length;
      expect(plain).toHaveLength(expectedPlain);
      expect(toEnd.map((g) => g.attrs['data-from'])).toEqual(
        sop.steps.filter((s, i) => s.end === true && i < sop.steps.length - 1).map((s) => s.id),
      );
      for (const g of plain) {
        const [a, b] = pathPoints(child(g, 'path')?.attrs.d) as [[number, number], [number, number]];
        const fromBox = g.attrs['data-from'] ? stepBox(root, g.attrs['data-from']) : start;
        const toBox = g.attrs['data-to'] ? stepBox(root, g.attrs['data-to']) : end;
        expect(close(a[1], fromBox.y + fromBox.h)).toBe(true);
        expect(close(b[1], toBox.y)).toBe(true);
        expect(a[0]).toBe(b[0]);
      }
      for (const g of toEnd) {
        const line = pathPoints(child(g, 'path', 'flow-edge')?.attrs.d);
        expect(onRightEdge(line[0]!, stepBox(root, g.attrs['data-from']!))).toBe(true);
        expect(onRightEdge(line.at(-1)!, end)).toBe(true);
      }
    });

    it('gives each line its own stretch of lane', () => {
      const verticals = [...branches, ...byClass(root, 'flow-to-end')].flatMap((g) => {
        const p = pathPoints(child(g, 'path', 'flow-edge')?.attrs.d);
        return p
          .slice(1)
          .flatMap((q, k) =>
            q[0] === p[k]![0] && q[1] !== p[k]![1]
              ? [{ x: q[0], lo: Math.min(q[1], p[k]![1]), hi: Math.max(q[1], p[k]![1]) }]
              : [],
          );
      });
      for (const [i, a] of verticals.entries())
        for (const b of verticals.slice(i + 1)) if (a.x === b.x) expect(a.hi <= b.lo || b.hi <= a.lo).toBe(true);
    });

    it('puts escalations left of their step, and no two boxes overlap', () => {
      for (const g of byClass(root, 'flow-escalation')) {
        const esc = box(child(g, 'rect'));
        const step = stepBox(root, g.attrs['data-step']!);
        expect(esc.x + esc.w).toBeLessThan(step.x);
        expect(esc.y).toBeGreaterThanOrEqual(step.y);
        expect(esc.y + esc.h).toBeLessThanOrEqual(step.y + step.h);
        const s = sop.steps.find((st) => st.id === g.attrs['data-step'])!;
        const role = sop.roles.find((r) => r.id === s.escalation!.to)!.name;
        expect(textOf(g)).toContain((typeof role === 'string' ? role : role[locale]!).slice(0, 4));
      }
      const boxes = all(root)
        .filter((e) => e.name === 'rect')
        .map(box);
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    });

    it('has a viewBox that contains every box and line', () => {
      expect([vx, vy]).toEqual([0, 0]);
      for (const e of all(root)) {
        if (e.name === 'rect') {
          const b = box(e);
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(vw);
          expect(b.y + b.h).toBeLessThanOrEqual(vh);
        }
        if (e.name === 'path') {
          for (const [x, y] of pathPoints(e.attrs.d)) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(vw);
            expect(y).toBeLessThanOrEqual(vh);
          }
        }
        if (e.name === 'text') {
          const x = Number(e.attrs.x);
          const size = Number(e.attrs['font-size'] ?? 14);
          const w = textWidthEm(textOf(e)) * size;
          const left = e.attrs['text-anchor'] === 'middle' ? x - w / 2 : x;
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left + w).toBeLessThanOrEqual(vw);
          expect(Number(e.attrs.y)).toBeLessThanOrEqual(vh);
        }
      }
    });

    it('describes the steps and branches in plain language', () => {
      const desc = textOf(all(root).find((e) => e.name === 'desc')!);
      sop.steps.forEach((step, i) => {
        expect(desc).toContain(locale === 'en' ? `Step ${i + 1}: ` : `第 ${i + 1} 步：`);
        if (typeof step.title === 'object' && step.title[locale]) expect(desc).toContain(step.title[locale]);
        for (const b of step.branches ?? []) {
          const target = sop.steps.findIndex((s) => s.id === b.goto) + 1;
          const when = typeof b.when === 'string' ? b.when : b.when[locale]!;
          expect(desc).toContain(when);
          expect(desc).toContain(locale === 'en' ? `go to step ${target}.` : `转到第 ${target} 步`);
        }
      });
    });

    it('is deterministic', () => {
      expect(render(sop, locale).svg).toBe(svg);
      expect(render(structuredClone(sop), locale).svg).toBe(svg);
    });
  },
);

describe('sopFlowSvg', () => {
  const base = sops.find((s) => s.id === 'sop-complaint-loop')!;

  it('escapes text in content and attributes', () => {
    const sop = structuredClone(base);
    sop.title = { 'zh-CN': 'A & B <i>', en: 'A & B <i>' };
    const first = sop.steps[0];
    delete first.title;
    first.action = `<script>&"'`;
    first.branches = [{ when: `x < y & "z" 'w' </title>`, goto: first.id }];
    sop.roles[0].name = `Role <b>&"'`;
    const { svg, root } = render(sop, 'en', { idPrefix: `p"'<>&` });
    expect(svg).not.toMatch(/<script|<b>|<i>|&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    const step = byClass(root, 'flow-step')[0]!;
    expect(textOf(child(step, 'text', 'flow-step-title')!)).toBe(`<script>&"'`);
    expect(textOf(child(step, 'text', 'flow-step-meta')!)).toContain(`Role <b>&"'`);
    expect(textOf(child(byClass(root, 'flow-branch')[0]!, 'title')!)).toBe(`x < y & "z" 'w' </title>`);
    expect(textOf(all(root).find((e) => e.name === 'title')!)).toBe('Flow diagram: A & B <i>');
    for (const e of all(root)) if (e.attrs.id) expect(e.attrs.id).toMatch(/^[A-Za-z_][-A-Za-z0-9_]*$/);
  });

  it('replaces characters XML forbids and keeps the output well-formed', () => {
    const sop = structuredClone(base);
    sop.steps[0].title = 'bad \u0001 \uFFFF \uD800 char';
    const { root } = render(sop, 'en');
    expect(textOf(child(byClass(root, 'flow-step')[0]!, 'text', 'flow-step-title')!)).toBe(
      'bad \uFFFD \uFFFD \uFFFD char',
    );
  });

  it('shortens long titles and labels, keeping the full text in a <title>', () => {
    const sop = structuredClone(base);
    const cjk = '这是一个非常非常长的步骤标题用于测试截断是否正确处理中文字符';
    delete sop.steps[0].title;
    sop.steps[0].action = {
      'zh-CN': cjk,
      en: 'A very long action text that goes on and on about what the agent must do first',
    };
    for (const locale of LOCALES) {
      const { root } = render(sop, locale);
      const step = byClass(root, 'flow-step')[0]!;
      const title = textOf(child(step, 'text', 'flow-step-title')!);
      expect(title.endsWith('…')).toBe(true);
      if (locale === 'zh-CN') expect(title).toBe(`${cjk.slice(0, 18)}…`);
      else expect(title.length).toBeGreaterThanOrEqual(30);
      expect(textOf(child(step, 'title')!)).toContain(
        locale === 'zh-CN' ? cjk : 'goes on and on about what the agent must do first',
      );
    }
  });

  it('draws a jump to the same step and leaves out a branch to an unknown step', () => {
    const sop = structuredClone(base);
    const third = sop.steps[2]!;
    third.branches = [
      { when: 'again', goto: third.id },
      { when: 'nowhere', goto: 'no-such-step' },
    ];
    const { root } = render(sop, 'en');
    const loops = byClass(root, 'flow-branch').filter((g) => g.attrs['data-from'] === third.id);
    expect(loops).toHaveLength(1);
    const b = stepBox(root, third.id);
    const line = pathPoints(child(loops[0]!, 'path', 'flow-edge')?.attrs.d);
    expect(onRightEdge(line[0]!, b) && onRightEdge(line.at(-1)!, b)).toBe(true);
    expect(line[0]![1]).not.toBe(line.at(-1)![1]);
  });

  it('keeps ids apart for two diagrams on one page', () => {
    const idsOf = (svg: string) => [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    const a = idsOf(render(sops[0]!, 'en').svg);
    const b = idsOf(render(sops[1]!, 'en').svg);
    const c = idsOf(render(sops[0]!, 'zh-CN', { idPrefix: `${sops[0]!.id}-zh` }).svg);
    expect(new Set([...a, ...b, ...c]).size).toBe(a.length + b.length + c.length);
  });

  it('uses the labels given, and fills placeholders once', () => {
    const sop = structuredClone(base);
    sop.roles.find((r) => r.id === sop.steps[1]!.escalation!.to)!.name = '{after}';
    const { root } = render(sop, 'en', { labels: { start: 'Go', end: 'Done' } });
    expect(textOf(byClass(root, 'flow-start')[0]!)).toBe('Go');
    expect(textOf(byClass(root, 'flow-end')[0]!)).toBe('Done');
    const esc = byClass(root, 'flow-escalation')[0]!;
    expect(
      all(esc)
        .filter((e) => e.name === 'text')
        .map(textOf),
    ).toEqual(['Escalate to {after}', 'after 15 min']);
  });

  it('falls back to the default locale and to ids for unknown roles', () => {
    const sop = structuredClone(base);
    sop.steps[0].title = { 'zh-CN': '只有中文' };
    sop.steps[0].actor = 'ghost';
    const { root } = render(sop, 'en');
    const step = byClass(root, 'flow-step')[0]!;
    expect(textOf(child(step, 'text', 'flow-step-title')!)).toBe('只有中文');
    expect(textOf(child(step, 'text', 'flow-step-meta')!)).toBe('ghost');
  });

  it('draws a one-step SOP without escalations or lanes', () => {
    const sop = structuredClone(base);
    sop.steps = [{ id: 'only', actor: sop.roles[0].id, action: 'Do it', end: true }];
    const { root } = render(sop, 'en');
    expect(byClass(root, 'flow-step')).toHaveLength(1);
    expect(byClass(root, 'flow-arrow')).toHaveLength(2);
    expect(byClass(root, 'flow-branch')).toHaveLength(0);
    expect(Number(root.attrs.viewBox!.split(' ')[2])).toBeLessThan(300);
  });
});

describe('text helpers', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('measures CJK as 1em and latin as 0.55em', () => {
    expect(textWidthEm('中文')).toBe(2);
    expect(textWidthEm('ab')).toBeCloseTo(1.1);
    expect(textWidthEm('한글Ａ😀')).toBe(4);
    expect(textWidthEm('ｶ')).toBeCloseTo(0.55); // half-width katakana
  });

  it('ellipsizes by width, never splitting a surrogate pair', () => {
    expect(ellipsize('short', 10)).toBe('short');
    expect(ellipsize('一二三四五六七八九十', 5)).toBe('一二三四…');
    expect(ellipsize('😀😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(ellipsize('one, two, three, four', 6)).toBe('one, two…');
  });
});
