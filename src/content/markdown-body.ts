/**
 * Which MDX bodies are plain Markdown, so that the content layer renders them to HTML once (as it
 * renders .md files) instead of compiling each into a module: at 10,000 entities the 2,000 case
 * files as MDX modules cost ~4 s of bundling, ~2.7 ms per page to render and ~0.8 GB of memory.
 *
 * A body is plain when Markdown and MDX read it the same: no `<`, `{` or `}` (JSX, expressions,
 * HTML, autolinks), no `import`/`export` lines, no indented or fenced code (MDX has no indented
 * code), and embeds only as `<Touchpoint id="…" />`, `<SopTimeline id="…" />` or `<Sop id="…" />`
 * alone on a line between blank lines. Those become `<!--touchstone-embed:Name:id-->`, which the
 * page replaces with the same HTML the MDX components write (src/site/fragments.ts). Anything
 * else goes through MDX as before.
 *
 * Both paths use the project's Markdown settings (mdx() extends them by default): remark or
 * rehype plugins given to mdx() alone would make them differ. test/e2e/mdx-bodies.test.ts builds
 * one body both ways and compares the pages.
 */

const EMBED = /^<(Touchpoint|SopTimeline|Sop) id="([a-z0-9][a-z0-9-]*)" ?\/>$/;

/** The placeholder a plain body's embed becomes in the rendered HTML. */
export const EMBED_PLACEHOLDER = /<!--touchstone-embed:(Touchpoint|SopTimeline|Sop):([a-z0-9][a-z0-9-]*)-->/g;

/** The body as Markdown with embeds as placeholders, or undefined when it needs MDX. */
export function plainMarkdown(body: string): string | undefined {
  const lines = body.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const embed = EMBED.exec(line);
    if (embed) {
      if ((lines[i - 1] ?? '').trim() !== '' || (lines[i + 1] ?? '').trim() !== '') return undefined;
      out.push(`<!--touchstone-embed:${embed[1]}:${embed[2]}-->`);
      continue;
    }
    if (/[<{}]/.test(line)) return undefined;
    if (/^(import|export)\b/.test(line)) return undefined;
    if (/^( {4}|\t)/.test(line)) return undefined;
    if (/^ {0,3}(```|~~~)/.test(line)) return undefined;
    out.push(line);
  }
  return out.join('\n');
}
