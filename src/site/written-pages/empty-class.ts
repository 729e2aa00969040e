/**
 * Svelte's server render writes `class=""` on elements whose class is empty, and Astro's Svelte
 * renderer removes each with the whitespace before it (`html.replace(/\s+class=""/g, "")` in
 * @astrojs/svelte's server.js). Pages the build writes itself must match Astro's byte for byte,
 * so this does the same, in one pass: the regex retries a long run of whitespace from every
 * position in it, which is quadratic on user text such as a question with many spaces.
 */
const WHITESPACE = /\s/;
const EMPTY_CLASS = 'class=""';

/** `html` without each `class=""` that follows whitespace, and without that whitespace. */
export function withoutEmptyClasses(html: string): string {
  let out = '';
  /** Where the text not yet copied to `out` starts; whitespace before it was already handled. */
  let copied = 0;
  for (let at = html.indexOf(EMPTY_CLASS); at !== -1; at = html.indexOf(EMPTY_CLASS, at + 1)) {
    let start = at;
    while (start > copied && WHITESPACE.test(html[start - 1]!)) start--;
    if (start === at) continue;
    out += html.slice(copied, start);
    copied = at + EMPTY_CLASS.length;
    at = copied - 1;
  }
  return out + html.slice(copied);
}
