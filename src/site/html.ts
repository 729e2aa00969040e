/**
 * HTML as strings, for the parts of reading pages that repeat per item, step or link.
 *
 * A page of 15 items is ~150 Astro component instances when each badge, text and item is a
 * component, and Astro renders each instance through its own async machinery: at 10,000
 * touchpoints that was most of the build (docs/performance.md). These
 * fragments are plain functions returning `Html`, which pages insert with `set:html`. The output
 * is the markup the components wrote, escaped the way Astro escapes: text `& < > ' "`, attribute
 * values `& "`.
 *
 * `html` is a tagged template: interpolated strings and numbers are escaped as text, `Html` is
 * inserted as is, arrays are joined, and `false`, `null`, `undefined` and '' insert nothing. Inside
 * an attribute value use `attr()` (or a plain value: text escaping is also safe there).
 *
 * A line break in the template, with the indentation after it, is dropped (as JSX does), so markup
 * is written one element per line and the page still comes out as Astro writes it, without white
 * space between elements. Text that needs a space keeps it on one line: `<strong> · ${x}</strong>`.
 */

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | false | null | undefined | readonly Child[];

const TEXT = /[&<>'"]/;
const TEXT_ALL = /[&<>'"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content, escaped as Astro escapes expressions: & < > ' ". */
export function escapeText(text: string): string {
  return TEXT.test(text) ? text.replace(TEXT_ALL, (c) => ENTITY[c]!) : text;
}

/** An attribute value, escaped as Astro escapes attributes: & and ". */
export function escapeAttr(value: string): string {
  return value.includes('&') || value.includes('"') ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value;
}

function append(out: string, child: Child): string {
  if (child === false || child === null || child === undefined) return out;
  if (child instanceof Html) return out + child.value;
  if (typeof child === 'string') return out + escapeText(child);
  if (typeof child === 'number') return out + String(child);
  for (const c of child) out = append(out, c);
  return out;
}

/** A line break and the indentation after it: source layout, not page content. */
const LINE_BREAK = /\n[ \t]*/g;

/** Each template's text without its line breaks, made once: a template's strings are the same object on every call. */
const withoutLineBreaks = new WeakMap<TemplateStringsArray, readonly string[]>();

function templateText(strings: TemplateStringsArray): readonly string[] {
  let text = withoutLineBreaks.get(strings);
  if (!text) {
    text = strings.map((s) => s.replace(LINE_BREAK, ''));
    withoutLineBreaks.set(strings, text);
  }
  return text;
}

export function html(strings: TemplateStringsArray, ...values: Child[]): Html {
  const text = templateText(strings);
  let out = text[0]!;
  for (let i = 0; i < values.length; i++) out = append(out, values[i]!) + text[i + 1]!;
  return new Html(out);
}

/** Markup that is already HTML (generated SVG, for instance). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/**
 * ` name="value"`, or nothing when the value is undefined, null or false; ` name` alone when it
 * is true or '' (as Astro writes attributes).
 */
export function attr(name: string, value: string | number | boolean | null | undefined): Html {
  if (value === undefined || value === null || value === false) return new Html('');
  if (value === true || value === '') return new Html(` ${name}`);
  return new Html(` ${name}="${escapeAttr(String(value))}"`);
}
