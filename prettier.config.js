// Prettier: its defaults, single quotes and lines of up to 120 characters, with the Astro and
// Svelte plugins. `npm run format` rewrites the tree; `npm test` checks it.
export default {
  singleQuote: true,
  printWidth: 120,
  plugins: ['prettier-plugin-astro', 'prettier-plugin-svelte'],
  overrides: [
    // Markup keeps its white space as written: Prettier may not add a line break between two
    // elements or inside a text, since Svelte and Astro keep it (a space between <dt> and <dd>,
    // "Remove\n 1" for "Remove 1"), and the pages must not change with the layout of the source.
    { files: '*.astro', options: { parser: 'astro', htmlWhitespaceSensitivity: 'strict' } },
    { files: '*.svelte', options: { parser: 'svelte', htmlWhitespaceSensitivity: 'strict' } },
    // Page markup in html`` templates (src/site) is laid out by hand, one element per line; the
    // `html` tag drops those line breaks. Prettier's HTML printer would break lines inside text
    // and tags, which changes the page.
    { files: '*.ts', options: { embeddedLanguageFormatting: 'off' } },
  ],
};
