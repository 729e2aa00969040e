/**
 * Built pages read as HTML, by an HTML parser (parse5, the WHATWG algorithm browsers follow),
 * never by regular expressions: an attribute value may hold `>`, `<`, `</script>` or `</head>`
 * (the handbook's texts do, in `<meta content>` and `title`), which only a parser reads right.
 * Elements carry their source offsets, so a page can be rewritten by slicing its own text.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** A page, parsed with each element's source location (offsets into `html`). */
export function parsePage(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** Markup that is not a whole page (a part of one), parsed as a `<body>` child list would be. */
export function parsePart(html: string): DefaultTreeAdapterTypes.DocumentFragment {
  return parseFragment(html, { sourceCodeLocationInfo: true });
}

/** Every element under `root`, in document order (template contents included). */
export function* elements(root: Node): Generator<Element> {
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if ('tagName' in node) yield node;
    const children =
      'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
}

/** The element's attribute, or undefined. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text directly inside an element (a `<script>`'s or `<style>`'s source). */
export function ownText(element: Element): string {
  return element.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}
