// ESLint: the recommended rules of ESLint, typescript-eslint, eslint-plugin-svelte and
// eslint-plugin-astro, nothing more. Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', '.astro/', 'coverage/', 'scratch/', 'test/.output/', '**/*.generated.*'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    rules: {
      // A leading underscore names a value left out on purpose (a destructured field dropped).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      // Astro's own way to type a client directive is `declare global { namespace Astro … }`.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // Control characters in patterns are on purpose here: the gate, the editor and the CLI find,
      // refuse or escape them in user text (and in a terminal's colour codes).
      'no-control-regex': 'off',
      // It flags every Date, URL and Set made in a .svelte.ts file; here they are values read
      // once (a timestamp, a parsed address, ids made unique), never state that changes.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
