/**
 * The flow diagram of an SOP as a self-contained SVG string, made at build time: no DOM, no
 * dependencies, the same string for the same input.
 *
 * Layout: a start node, the steps in document order in one column and an end node. Plain arrows
 * run down the column from each step to the next (none after a step with `end: true`). Branches
 * leave a step's right edge, run in a lane of their own to the right of the column (their label
 * sits just above where they leave) and come back into the right edge of the target step; a step
 * with `end: true` that is not the last one reaches the end node the same way. Escalations are
 * dashed boxes to the left of their step.
 *
 * Colours come from `currentColor` (so the diagram follows the page's text colour, dark mode and
 * print); boxes are tinted with `fill-opacity`. Every drawing attribute is a presentation attribute,
 * which any stylesheet rule overrides: style `.flow-step`, `.flow-branch`, `.flow-escalation`,
 * `.flow-terminal`, `.flow-arrow` to taste.
 */
import { formatDuration } from '../model/duration.ts';
import { localize, type Locale, type LocalizedText } from '../i18n/locale.ts';
import { SOP_FLOW_LABELS, type SopFlowLabels } from '../i18n/sop-flow.ts';
import type { Sop, SopStep, Text } from '../schema/types.generated.ts';
import { trimEnd } from '../text/trim.ts';

export interface SopFlowOptions {
  /** The locale to show text in. */
  locale: Locale;
  /** The handbook's default locale, used for text not written in `locale`. */
  fallback: string;
  /** Overrides of `SOP_FLOW_LABELS[locale]`. */
  labels?: Partial<SopFlowLabels>;
  /**
   * Prefix of every id in the SVG (default `sop-flow-<sop id>`). Give another one when the same SOP
   * is drawn twice on one page, such as in two locales.
   */
  idPrefix?: string;
}

// ---------------------------------------------------------------------------------------------
// Text: escaping, approximate measuring, ellipsis

const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML (and HTML) text and attribute values: & < > " ' escaped, characters XML forbids replaced by U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Wide (CJK, Hangul, full-width forms, emoji) characters take about 1em; the rest about 0.55em. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function charEm(ch: string): number {
  return isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.55;
}

/** Approximate width of `text` in em: CJK characters ≈ 1em, others ≈ 0.55em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

const ELLIPSIS = '…';
const ELLIPSIS_EM = 1;

/** `text` cut to at most `maxEm` wide, ending in "…" when cut. */
export function ellipsize(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charEm(ch);
    if (w + cw + ELLIPSIS_EM > maxEm) break;
    out += ch;
    w += cw;
  }
  return trimEnd(out, /[\s,，、;；:：.。·—-]/u) + ELLIPSIS;
}

/** One line: runs of white space (including newlines from YAML block text) become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Fills `{name}` placeholders in one pass (a value containing `{x}` is not filled again). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// ---------------------------------------------------------------------------------------------
// Geometry

const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const SIZE = { title: 14, meta: 12, number: 12, label: 11, escalation: 12, terminal: 13 } as const;
/** Bold text is a little wider than the estimate. */
const BOLD = 1.15;
/** Text limits in em: ~18 CJK or ~34 latin characters for a step title. */
const MAX_EM = { title: 19.8, role: 16, label: 20, escalation: 20, terminal: 12 } as const;

const MARGIN = 16;
/** Vertical space between nodes in the column (the length of the plain arrows). */
const GAP = 32;
const STEP_MIN_W = 200;
const STEP_MIN_H = 52;
/** Vertical distance between two lines leaving or entering the same step box on the right. */
const PORT_GAP = 18;
const END_PORT_GAP = 12;
const BADGE_R = 11;
/** Left inset of a step's text (after the number badge) and right padding. */
const TEXT_X = 36;
const PAD_R = 16;
const TERMINAL_H = 32;
const TERMINAL_MIN_W = 96;
/** Horizontal space between an escalation box and its step. */
const ESC_GAP = 28;
const ESC_LINE = 15;
/** Space between the column and the first lane (branch labels are written there). */
const GUTTER_MIN = 20;
const LANE_GAP = 12;
const ARROW_LEN = 7;
const ARROW_HALF = 4;

/** Coordinates rounded to 0.1 and printed without "-0" or float noise, so output is stable. */
function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

function points(ps: readonly (readonly [number, number])[]): string {
  return ps.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)},${num(y)}`).join(' ');
}

type Attrs = Readonly<Record<string, string | number | undefined>>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`;
  }
  return out;
}

function el(name: string, a: Attrs, content?: string): string {
  return content === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${content}</${name}>`;
}

/** A filled arrowhead with its tip at (x, y), pointing down or left. */
function arrowhead(x: number, y: number, dir: 'down' | 'left'): string {
  const d =
    dir === 'down'
      ? `M${num(x)},${num(y)} L${num(x - ARROW_HALF)},${num(y - ARROW_LEN)} L${num(x + ARROW_HALF)},${num(y - ARROW_LEN)} Z`
      : `M${num(x)},${num(y)} L${num(x + ARROW_LEN)},${num(y - ARROW_HALF)} L${num(x + ARROW_LEN)},${num(y + ARROW_HALF)} Z`;
  return el('path', { class: 'flow-arrowhead', d, fill: 'currentColor', stroke: 'none' });
}

// ---------------------------------------------------------------------------------------------
// The diagram

/** A line that runs in a lane right of the column: a branch, or a jump to the end node. */
interface LaneEdge {
  kind: 'branch' | 'end';
  /** Row of the source step. */
  from: number;
  /** Row of the target: a step, or `steps.length` for the end node. */
  to: number;
  /** Position in document order, for stable sorting. */
  order: number;
  when: string;
  lane: number;
  fromY: number;
  toY: number;
}

interface StepView {
  step: SopStep;
  n: number;
  fullTitle: string;
  shortTitle: string;
  /** The step's title in full, or the start of its action when it has no title. */
  descTitle: string;
  role: string;
  limit: string;
  meta: string;
  width: number;
  escalation?: { role: string; lines: string[]; title: string; width: number; height: number };
}

function text(value: Text | undefined, locale: Locale, fallback: string): string {
  if (value === undefined) return '';
  let localized: LocalizedText;
  if (typeof value === 'string') localized = value;
  else {
    const map: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map[k] = v;
    localized = map;
  }
  return oneLine(localize(localized, locale, fallback).text);
}

function ids(prefix: string | undefined, sopId: string): string {
  const raw = prefix ?? `sop-flow-${sopId}`;
  const clean = raw.replace(/[^A-Za-z0-9_-]+/g, '-');
  return /^[A-Za-z_]/.test(clean) ? clean : `sop-flow-${clean}`;
}

/**
 * The SOP's flow diagram as an `<svg>` string (see the module comment for the layout). Marked up as
 * `role="img"`, named by its `<title>` (`aria-labelledby`) and described by a `<desc>`
 * (`aria-describedby`) that lists the steps, branches and escalations in plain language.
 */
export function sopFlowSvg(sop: Sop, options: SopFlowOptions): string {
  const { locale, fallback } = options;
  const labels: SopFlowLabels = { ...SOP_FLOW_LABELS[locale], ...definedOnly(options.labels) };
  const t = (value: Text | undefined) => text(value, locale, fallback);
  const prefix = ids(options.idPrefix, sop.id);
  const steps: readonly SopStep[] = sop.steps;
  const count = steps.length;

  const roleNames = new Map<string, string>();
  for (const role of sop.roles) if (!roleNames.has(role.id)) roleNames.set(role.id, t(role.name) || role.id);
  const roleName = (id: string) => roleNames.get(id) ?? id;

  const rowOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!rowOf.has(s.id)) rowOf.set(s.id, i);
  });

  // Texts and widths of the steps and their escalations.
  const views: StepView[] = steps.map((step, i) => {
    const title = t(step.title);
    const fullTitle = title || t(step.action);
    const role = roleName(step.actor);
    const limit = step.timeLimit ? formatDuration(step.timeLimit, locale) : '';
    const meta = limit ? `${ellipsize(role, MAX_EM.role)} · ${limit}` : ellipsize(role, MAX_EM.role);
    const shortTitle = ellipsize(fullTitle, MAX_EM.title);
    const width = TEXT_X + Math.max(textWidthEm(shortTitle) * SIZE.title * BOLD, textWidthEm(meta) * SIZE.meta) + PAD_R;
    const descTitle = title || shortTitle;
    const view: StepView = { step, n: i + 1, fullTitle, shortTitle, descTitle, role, limit, meta, width };
    if (step.escalation) {
      const to = roleName(step.escalation.to);
      const after = step.escalation.after ? formatDuration(step.escalation.after, locale) : '';
      const full = [fill(labels.escalateTo, { role: to }), ...(after ? [fill(labels.escalateAfter, { after })] : [])];
      const lines = full.map((l) => ellipsize(oneLine(l), MAX_EM.escalation));
      const action = t(step.escalation.action);
      view.escalation = {
        role: to,
        lines,
        title: oneLine(full.join(' ')) + (action ? `: ${action}` : ''),
        width: Math.max(...lines.map((l) => textWidthEm(l) * SIZE.escalation)) + 20,
        height: lines.length * ESC_LINE + 12,
      };
    }
    return view;
  });

  // Lines that run in lanes: every branch with a known target, and every early end.
  const edges: LaneEdge[] = [];
  steps.forEach((step, i) => {
    for (const b of step.branches ?? []) {
      const to = rowOf.get(b.goto);
      if (to !== undefined)
        edges.push({ kind: 'branch', from: i, to, order: edges.length, when: t(b.when), lane: 0, fromY: 0, toY: 0 });
    }
    if (step.end === true && i < count - 1)
      edges.push({ kind: 'end', from: i, to: count, order: edges.length, when: '', lane: 0, fromY: 0, toY: 0 });
  });

  // Lanes: shortest spans first, each in the lowest lane free over its rows (ends included), so
  // nested lines do not cross and no two lines share a stretch of lane.
  const taken: [number, number][][] = [];
  const bySpan = [...edges].sort(
    (a, b) =>
      Math.abs(a.to - a.from) - Math.abs(b.to - b.from) ||
      Math.min(a.from, a.to) - Math.min(b.from, b.to) ||
      a.order - b.order,
  );
  for (const e of bySpan) {
    const lo = Math.min(e.from, e.to);
    const hi = Math.max(e.from, e.to);
    let lane = 0;
    while ((taken[lane] ?? []).some(([a, b]) => a <= hi && lo <= b)) lane++;
    (taken[lane] ??= []).push([lo, hi]);
    e.lane = lane;
  }
  const laneCount = taken.length;

  // Ports on the right edge of each row (steps, then the end node): lines to rows above at the top,
  // inner lanes first; lines to rows below at the bottom, inner lanes last. Then nothing crosses
  // at the box.
  interface Port {
    edge: LaneEdge;
    side: 'from' | 'to';
  }
  const ports: Port[][] = Array.from({ length: count + 1 }, () => []);
  for (let row = 0; row <= count; row++) {
    const up: Port[] = [];
    const self: Port[] = [];
    const down: Port[] = [];
    for (const edge of edges) {
      if (edge.from === row && edge.to === row) self.push({ edge, side: 'from' }, { edge, side: 'to' });
      else if (edge.from === row) (edge.to < row ? up : down).push({ edge, side: 'from' });
      else if (edge.to === row) (edge.from < row ? up : down).push({ edge, side: 'to' });
    }
    up.sort((a, b) => a.edge.lane - b.edge.lane || a.edge.order - b.edge.order);
    down.sort((a, b) => b.edge.lane - a.edge.lane || a.edge.order - b.edge.order);
    ports[row] = [...up, ...self, ...down];
  }

  // Horizontal layout: escalations | column | gutter with branch labels | lanes.
  const escWidth = Math.max(0, ...views.map((v) => v.escalation?.width ?? 0));
  const colX = MARGIN + (escWidth > 0 ? escWidth + ESC_GAP : 0);
  const terminalW = (label: string) =>
    Math.max(TERMINAL_MIN_W, textWidthEm(ellipsize(label, MAX_EM.terminal)) * SIZE.terminal * BOLD + 32);
  const colW = Math.ceil(
    Math.max(STEP_MIN_W, terminalW(labels.start), terminalW(labels.end), ...views.map((v) => v.width)),
  );
  const colRight = colX + colW;
  const centerX = colX + colW / 2;
  const branchLabels = new Map(edges.map((e) => [e, ellipsize(e.when, MAX_EM.label)] as const));
  const labelWidth = Math.max(0, ...[...branchLabels.values()].map((l) => textWidthEm(l) * SIZE.label));
  const gutter = laneCount > 0 ? Math.max(GUTTER_MIN, labelWidth + 16) : 0;
  const laneX = (lane: number) => colRight + gutter + lane * LANE_GAP;
  const width = Math.ceil((laneCount > 0 ? laneX(laneCount - 1) : colRight) + MARGIN);

  // Vertical layout.
  const startY = MARGIN;
  const tops: number[] = [];
  const heights: number[] = [];
  let y = startY + TERMINAL_H + GAP;
  for (let row = 0; row <= count; row++) {
    const m = ports[row]?.length ?? 0;
    const h = row < count ? Math.max(STEP_MIN_H, (m + 1) * PORT_GAP) : Math.max(TERMINAL_H, (m + 1) * END_PORT_GAP);
    tops.push(y);
    heights.push(h);
    y += h + GAP;
  }
  const height = Math.ceil(y - GAP + MARGIN);
  const top = (row: number) => tops[row] ?? 0;
  const bottom = (row: number) => top(row) + (heights[row] ?? 0);
  ports.forEach((list, row) => {
    list.forEach((port, i) => {
      const py = top(row) + ((heights[row] ?? 0) * (i + 1)) / (list.length + 1);
      if (port.side === 'from') port.edge.fromY = py;
      else port.edge.toY = py;
    });
  });
  const endW = terminalW(labels.end);
  const endRight = centerX + endW / 2;

  const out: string[] = [];
  const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 } as const;

  // Title and description.
  const sopTitle = t(sop.title) || sop.id;
  const titleText = oneLine(fill(labels.diagramTitle, { title: sopTitle }));
  out.push(el('title', { id: `${prefix}-title` }, escapeXml(titleText)));
  out.push(el('desc', { id: `${prefix}-desc` }, escapeXml(describe(views, edges, labels, locale, count))));

  // Start node.
  const terminal = (kind: 'start' | 'end', label: string, cy: number, w: number, h: number) =>
    el(
      'g',
      { class: `flow-terminal flow-${kind}`, id: `${prefix}-${kind}` },
      el('rect', {
        x: centerX - w / 2,
        y: cy - h / 2,
        width: w,
        height: h,
        rx: TERMINAL_H / 2,
        fill: 'currentColor',
        'fill-opacity': '0.12',
        stroke: 'currentColor',
        'stroke-width': 1.5,
      }) +
        el(
          'text',
          {
            x: centerX,
            y: cy + SIZE.terminal * 0.35,
            'text-anchor': 'middle',
            'font-size': SIZE.terminal,
            'font-weight': 600,
          },
          escapeXml(ellipsize(oneLine(label), MAX_EM.terminal)),
        ),
    );
  out.push(terminal('start', labels.start, startY + TERMINAL_H / 2, terminalW(labels.start), TERMINAL_H));

  // Plain arrows down the column.
  const arrowDown = (from: number, to: number, data: Attrs) =>
    el(
      'g',
      { class: 'flow-arrow', ...data },
      el('path', {
        class: 'flow-edge',
        d: points([
          [centerX, from],
          [centerX, to],
        ]),
        ...stroke,
      }) + arrowhead(centerX, to, 'down'),
    );
  out.push(arrowDown(startY + TERMINAL_H, top(0), { 'data-to': steps[0]?.id }));
  views.forEach((v, i) => {
    const last = i === count - 1;
    if (last) out.push(arrowDown(bottom(i), top(count), { 'data-from': v.step.id }));
    else if (v.step.end !== true)
      out.push(arrowDown(bottom(i), top(i + 1), { 'data-from': v.step.id, 'data-to': steps[i + 1]?.id }));
  });

  // Steps and their escalations.
  views.forEach((v, i) => {
    const y0 = top(i);
    const h = heights[i] ?? STEP_MIN_H;
    const cy = y0 + h / 2;
    const block = SIZE.title + 6 + SIZE.meta;
    const blockTop = cy - block / 2;
    const tip = [`${v.n}. ${v.fullTitle}`, v.role + (v.limit ? ` · ${v.limit}` : '')].join(' — ');
    out.push(
      el(
        'g',
        { class: 'flow-step', id: `${prefix}-step-${v.n}`, 'data-step': v.step.id },
        el('title', {}, escapeXml(tip)) +
          el('rect', {
            x: colX,
            y: y0,
            width: colW,
            height: h,
            rx: 8,
            fill: 'currentColor',
            'fill-opacity': '0.06',
            stroke: 'currentColor',
            'stroke-width': 1.5,
          }) +
          el('circle', {
            class: 'flow-step-badge',
            cx: colX + 18,
            cy,
            r: BADGE_R,
            fill: 'none',
            stroke: 'currentColor',
            'stroke-width': 1.25,
          }) +
          el(
            'text',
            {
              class: 'flow-step-number',
              x: colX + 18,
              y: cy + SIZE.number * 0.35,
              'text-anchor': 'middle',
              'font-size': SIZE.number,
              'font-weight': 700,
            },
            String(v.n),
          ) +
          el(
            'text',
            {
              class: 'flow-step-title',
              x: colX + TEXT_X,
              y: blockTop + SIZE.title * 0.85,
              'font-size': SIZE.title,
              'font-weight': 600,
            },
            escapeXml(v.shortTitle),
          ) +
          el(
            'text',
            {
              class: 'flow-step-meta',
              x: colX + TEXT_X,
              y: blockTop + SIZE.title + 6 + SIZE.meta * 0.85,
              'font-size': SIZE.meta,
              'fill-opacity': '0.8',
            },
            escapeXml(v.meta),
          ),
      ),
    );
    const esc = v.escalation;
    if (esc) {
      const right = colX - ESC_GAP;
      const ey = cy - esc.height / 2;
      const lines = esc.lines
        .map((line, k) =>
          el(
            'text',
            {
              x: right - esc.width + 10,
              y: ey + 6 + k * ESC_LINE + SIZE.escalation * 0.9,
              'font-size': SIZE.escalation,
            },
            escapeXml(line),
          ),
        )
        .join('');
      out.push(
        el(
          'g',
          { class: 'flow-escalation', 'data-step': v.step.id },
          el('title', {}, escapeXml(esc.title)) +
            el('path', {
              class: 'flow-edge',
              d: points([
                [colX, cy],
                [right, cy],
              ]),
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': 1.25,
              'stroke-dasharray': '3 3',
            }) +
            arrowhead(right, cy, 'left') +
            el('rect', {
              x: right - esc.width,
              y: ey,
              width: esc.width,
              height: esc.height,
              rx: 6,
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': 1.25,
              'stroke-dasharray': '4 3',
            }) +
            lines,
        ),
      );
    }
  });

  // Branches and early ends, in their lanes.
  for (const e of edges) {
    const x = laneX(e.lane);
    const targetX = e.kind === 'end' ? endRight : colRight;
    const d = points([
      [colRight, e.fromY],
      [x, e.fromY],
      [x, e.toY],
      [targetX, e.toY],
    ]);
    if (e.kind === 'branch') {
      out.push(
        el(
          'g',
          { class: 'flow-branch', 'data-from': steps[e.from]?.id, 'data-to': steps[e.to]?.id },
          el('title', {}, escapeXml(e.when)) +
            el('path', {
              class: 'flow-edge',
              d,
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': 1.25,
              'stroke-dasharray': '5 3',
              'stroke-linejoin': 'round',
            }) +
            arrowhead(targetX, e.toY, 'left') +
            el(
              'text',
              { class: 'flow-branch-label', x: colRight + 6, y: e.fromY - 4, 'font-size': SIZE.label },
              escapeXml(branchLabels.get(e) ?? ''),
            ),
        ),
      );
    } else {
      out.push(
        el(
          'g',
          { class: 'flow-arrow flow-to-end', 'data-from': steps[e.from]?.id },
          el('path', { class: 'flow-edge', d, ...stroke, 'stroke-width': 1.25, 'stroke-linejoin': 'round' }) +
            arrowhead(targetX, e.toY, 'left'),
        ),
      );
    }
  }

  // End node.
  out.push(
    terminal('end', labels.end, top(count) + (heights[count] ?? TERMINAL_H) / 2, endW, heights[count] ?? TERMINAL_H),
  );

  const root: Attrs = {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'sop-flow',
    id: prefix,
    viewBox: `0 0 ${width} ${height}`,
    // Natural size; the page's CSS (max-width: 100%; height: auto) scales it down on small screens.
    width,
    height,
    role: 'img',
    'aria-labelledby': `${prefix}-title`,
    'aria-describedby': `${prefix}-desc`,
    'font-family': FONT_FAMILY,
    'font-size': SIZE.title,
    fill: 'currentColor',
  };
  return `<svg${attrs(root)}>${out.join('')}</svg>`;
}

function definedOnly(labels: Partial<SopFlowLabels> | undefined): Partial<SopFlowLabels> {
  const out: Partial<SopFlowLabels> = {};
  for (const [k, v] of Object.entries(labels ?? {})) if (typeof v === 'string') out[k as keyof SopFlowLabels] = v;
  return out;
}

/** The plain-language summary in `<desc>`: every step with its actor, limit, escalation, branches and what follows. */
function describe(
  views: readonly StepView[],
  edges: readonly LaneEdge[],
  labels: SopFlowLabels,
  locale: Locale,
  count: number,
): string {
  const sentences: string[] = [fill(labels.descIntro, { count: String(count) })];
  const titleOf = (row: number) => views[row]?.descTitle ?? '';
  views.forEach((v, i) => {
    sentences.push(fill(labels.descStep, { n: String(v.n), title: v.descTitle, role: v.role }));
    if (v.limit) sentences.push(fill(labels.descTimeLimit, { limit: v.limit }));
    const esc = v.step.escalation;
    if (esc) {
      const role = v.escalation?.role ?? esc.to;
      const after = esc.after ? formatDuration(esc.after, locale) : '';
      sentences.push(after ? fill(labels.descEscalateAfter, { role, after }) : fill(labels.descEscalateTo, { role }));
    }
    for (const e of edges) {
      if (e.kind === 'branch' && e.from === i)
        sentences.push(fill(labels.descBranch, { when: e.when, n: String(e.to + 1), title: titleOf(e.to) }));
    }
    if (v.step.end === true || i === count - 1) sentences.push(labels.descEnd);
    else sentences.push(fill(labels.descNext, { n: String(i + 2), title: titleOf(i + 1) }));
  });
  return sentences.map(oneLine).join(locale === 'zh-CN' ? '' : ' ');
}
