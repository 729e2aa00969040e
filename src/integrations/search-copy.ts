/**
 * The search copy of a reading page: the page as Pagefind reads it, with what Pagefind would
 * skip already taken out, so that indexing it gives the same index as indexing the page.
 *
 * Pagefind's time per page grows with the markup it walks, not only with the words it keeps:
 * on 2,500 touchpoint pages it spent ~1.8× the bare-Astro floor's CPU for ~9 % more words, and
 * about a third less on copies like these (ARCHITECTURE.md, "Performance at scale"). A copy
 * keeps the `<html>` tag (its lang), the head's `<title>` and `<meta>` tags and the element with
 * `data-pagefind-body`, without
 *   - `<script>` and `<style>` elements;
 *   - elements marked `data-pagefind-ignore="all"`;
 *   - elements marked `data-pagefind-ignore`, or matching SEARCH_EXCLUDE, when nothing inside
 *     them carries an id or a `data-pagefind-*` attribute (which Pagefind could still read).
 * A page of another shape (no body element, Pagefind attributes outside it, markup this reader
 * does not follow) gets no copy: Pagefind reads the page itself, with SEARCH_EXCLUDE.
 * Everything it looks for is ASCII and whitespace is HTML's (ASCII), so it works as well on a
 * page decoded as latin1, byte for byte, which is how the index step reads and writes them
 * (several times faster than decoding UTF-8).
 * test/e2e/search-copy.test.ts indexes the example handbook both ways and compares the indexes.
 */

/** An element Pagefind leaves out, as a simple selector: tag and/or class, under a class. */
export interface ExcludeRule {
  tag?: string;
  cls?: string;
  /** The parent has this class (`.parent > x`). */
  parentCls?: string;
  /** An ancestor has this class (`.ancestor x`). */
  ancestorCls?: string;
}

/**
 * Parts of reading pages that are not searched, besides those marked data-pagefind-ignore: the
 * labels of definition lists (owner, version, how to check, weight …), item ids and each item's
 * tier badge (basic / value-added / emergency: a facet already), repeated on every page. As
 * rules here rather than attributes on each element, they cost no HTML.
 */
export const SEARCH_EXCLUDE_RULES: readonly ExcludeRule[] = [
  { tag: 'dt', parentCls: 'meta-list' },
  { tag: 'dt', ancestorCls: 'item' },
  { cls: 'item__id' },
  { cls: 'badge--tier', ancestorCls: 'item' },
];

export function selectorOf(rule: ExcludeRule): string {
  const self = `${rule.tag ?? ''}${rule.cls ? `.${rule.cls}` : ''}`;
  if (rule.parentCls) return `.${rule.parentCls} > ${self}`;
  if (rule.ancestorCls) return `.${rule.ancestorCls} ${self}`;
  return self;
}

/** The same rules as CSS selectors, for Pagefind's `exclude_selectors` (pages without a copy). */
export const SEARCH_EXCLUDE: readonly string[] = SEARCH_EXCLUDE_RULES.map(selectorOf);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const DROPPED_RAW = new Set(['script', 'style']);
const KEPT_RAW = new Set(['textarea', 'title']);
/** Where a raw-text element ends (its content is not markup). */
const RAW_END = { script: /<\/script[\t\n\f\r ]*>/gi, style: /<\/style[\t\n\f\r ]*>/gi, textarea: /<\/textarea[\t\n\f\r ]*>/gi, title: /<\/title[\t\n\f\r ]*>/gi };
/** A comment, an end tag, or a start tag whose attribute values may hold any character but their quote. */
const TOKEN = /<!--[\s\S]*?-->|<\/([a-zA-Z][^\t\n\f\r />]*)[\t\n\f\r ]*>|<([a-zA-Z][^\t\n\f\r />]*)((?:[\t\n\f\r ]+[^\t\n\f\r "'>/=]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?)*)[\t\n\f\r ]*(\/?)>/g;
const CLASS = /(?:^|[\t\n\f\r ])class[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'=<>`]+))/;
const IGNORE = /(?:^|[\t\n\f\r ])data-pagefind-ignore(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'=<>`]+)))?/;
/** What makes an element's subtree matter to Pagefind even where its text does not. */
const READ_ANYWAY = /(?:^|[\t\n\f\r ])(?:id|data-pagefind-[a-z-]+)[\t\n\f\r ]*(?:=|[\t\n\f\r ]|$)/;

interface Frame {
  tag: string;
  classes: string[];
  /** Output length when it opened: where to cut back to if it is dropped. */
  start: number;
  /** Dropped on close unless something inside must stay (READ_ANYWAY). */
  dropIfPlain: boolean;
  /** Dropped on close, whatever is inside. */
  dropAll: boolean;
  /** Something inside (or the element itself) is read by Pagefind besides text. */
  readAnyway: boolean;
}

function attrValue(m: RegExpExecArray | null): string | undefined {
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

const RULE_TAGS = new Set(SEARCH_EXCLUDE_RULES.flatMap((r) => (r.tag && !r.cls ? [r.tag] : [])));
const RULE_CLASSES = new Set(SEARCH_EXCLUDE_RULES.flatMap((r) => (r.cls ? [r.cls] : [])));

function excluded(tag: string, classes: readonly string[], stack: readonly Frame[]): boolean {
  if (!RULE_TAGS.has(tag) && !classes.some((c) => RULE_CLASSES.has(c))) return false;
  return SEARCH_EXCLUDE_RULES.some(
    (r) =>
      (r.tag === undefined || r.tag === tag) &&
      (r.cls === undefined || classes.includes(r.cls)) &&
      (r.parentCls === undefined || (stack.at(-1)?.classes.includes(r.parentCls) ?? false)) &&
      (r.ancestorCls === undefined || stack.some((f) => f.classes.includes(r.ancestorCls!))),
  );
}

/** The search copy of a page (see above), or undefined when the page should be indexed as it is. */
export function searchCopy(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const bodyStart = html.lastIndexOf('<', marker);
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const headEnd = html.indexOf('</head>');
  if (bodyStart < 0 || !htmlTag || headEnd < 0 || headEnd > bodyStart) return undefined;
  if (html.lastIndexOf('data-pagefind-', bodyStart) >= 0) return undefined;

  const out: string[] = [];
  const stack: Frame[] = [];
  TOKEN.lastIndex = bodyStart;
  let at = bodyStart;
  let end = -1;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m.index !== at) {
      // Text up to the token; a '<' in it is markup this does not read.
      if (at === bodyStart || html.indexOf('<', at) < m.index) return undefined;
      out.push(html.slice(at, m.index));
    }
    at = TOKEN.lastIndex;
    const [token, closing, opening, attrs = '', selfClosing] = m;
    if (closing !== undefined) {
      const frame = stack.pop();
      if (!frame || frame.tag !== closing.toLowerCase()) return undefined;
      const drop = frame.dropAll || (frame.dropIfPlain && !frame.readAnyway);
      if (drop) out.length = frame.start;
      else {
        out.push(token);
        if (frame.readAnyway && stack.length > 0) stack.at(-1)!.readAnyway = true;
      }
      if (stack.length === 0) {
        end = at;
        break;
      }
      continue;
    }
    if (opening === undefined) continue; // a comment: Pagefind reads no text from it
    const tag = opening.toLowerCase();
    if (stack.length === 0 && at - token.length !== bodyStart) return undefined;
    if (DROPPED_RAW.has(tag) || KEPT_RAW.has(tag)) {
      const closer = RAW_END[tag as keyof typeof RAW_END];
      closer.lastIndex = at;
      const close = closer.exec(html);
      if (!close) return undefined;
      const closeEnd = close.index + close[0].length - 1;
      if (KEPT_RAW.has(tag)) out.push(token, html.slice(at, closeEnd + 1));
      at = closeEnd + 1;
      TOKEN.lastIndex = at;
      continue;
    }
    if (VOID.has(tag) || selfClosing) {
      if (stack.length === 0) return undefined;
      out.push(token);
      if (attrs !== '' && READ_ANYWAY.test(attrs)) stack.at(-1)!.readAnyway = true;
      continue;
    }
    const classes = attrs === '' ? [] : (attrValue(CLASS.exec(attrs)) ?? '').split(/[\t\n\f\r ]+/).filter(Boolean);
    const ignore = attrs === '' ? undefined : attrValue(IGNORE.exec(attrs));
    stack.push({
      tag,
      classes,
      start: out.length,
      dropAll: ignore === 'all' && stack.length > 0,
      dropIfPlain: stack.length > 0 && ((ignore !== undefined && ignore !== 'all') || excluded(tag, classes, stack)),
      // The element's own id or data-pagefind-* (other than the ignore itself) is read too.
      readAnyway: attrs !== '' && READ_ANYWAY.test(ignore === undefined ? attrs : attrs.replace(IGNORE, ' ')),
    });
    out.push(token);
  }
  if (end < 0) return undefined;
  if (html.indexOf('data-pagefind-', end) >= 0) return undefined;
  const head = html.slice(htmlTag.index + htmlTag[0].length, headEnd).match(/<meta\b[^>]*>|<title\b[^>]*>[\s\S]*?<\/title>/gi) ?? [];
  return `<!DOCTYPE html>${htmlTag[0]}<head>${head.join('')}</head><body>${out.join('')}</body></html>`;
}
