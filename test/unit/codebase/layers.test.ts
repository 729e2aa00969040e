/**
 * Data flows one way through src/: a folder imports only from the folders before it in LAYERS
 * (and from its own layer), never from one after it. The gate does not import the site, the
 * model does not import the gate, the catalogs import nothing but each other; a newcomer reads
 * the folders in this order and meets nothing that is explained only later.
 *
 * How: every import of every file of src/ (static, `import type`, `export … from`, dynamic
 * `import()`, `import('…').Type`) is found with the TypeScript compiler, in .ts/.js files as
 * written and in .svelte and .astro files from their scripts as written (their compilers' output
 * drops `import type`). An import of a path inside src/ is an edge from the importing file's
 * folder (the first folder under src/) to the imported file's; imports of packages and of files
 * outside src/ (schemas/*.json) are not edges.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { scriptsAsWritten, sourceFiles } from '../../helpers/source-scripts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

/**
 * The folders of src/ in pipeline order (ARCHITECTURE.md, "What enforces what", states the same
 * order). A folder may import from its own layer and the layers above it. Folders share a layer
 * only where they import each other: site, widgets and integrations do (site's written pages
 * render the knowledge widget and register with the integration that runs them, whose /data/
 * files come from site/data-files.ts; the editor's preview draws site/sop-flow.ts's SOP diagram).
 * `.` is the files directly in src/ (content.config.ts, where Astro wants it).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['text'],
  ['i18n'],
  ['schema'],
  ['model'],
  ['gate'],
  ['scoring'],
  ['content'],
  ['editor'],
  ['built-pages'],
  ['site', 'widgets', 'integrations'],
  ['search'],
  ['cli'],
  ['styles'],
  ['layouts'],
  ['components'],
  ['pages'],
  ['.'],
];

/** The folder of src/ a path inside src/ belongs to: its first folder, or `.` for a file directly in src/. */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(/[\\/]/);
  return parts.length === 1 ? '.' : parts[0]!;
}

const layerOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** The module specifiers one script imports, of every kind, as written. */
function specifiersOf(fileName: string, code: string): string[] {
  const kind = /\.(js|mjs)$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const literal = (n: ts.Node | undefined) => {
    if (n && ts.isStringLiteralLike(n)) found.push(n.text);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) literal(n.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference))
      literal(n.moduleReference.expression);
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) literal(n.arguments[0]);
    else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) literal(n.argument.literal);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

interface Edge {
  /** Paths relative to the repository. */
  from: string;
  to: string;
}

/** The imports of one file (`path`, its content `text`) that land inside src/. */
function importsOf(path: string, text: string): Edge[] {
  return scriptsAsWritten(path, text)
    .flatMap((code) => specifiersOf(path, code))
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
    .map((s) => resolve(dirname(path), s.split('?')[0]!))
    .filter((target) => target.startsWith(SRC + '/'))
    .map((target) => ({ from: relative(ROOT, path), to: relative(ROOT, target) }));
}

/** The edges that run against the order: into a folder of a later layer (or of none). */
function backwardImports(edges: readonly Edge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const a = folderOf(join(ROOT, from));
    const b = folderOf(join(ROOT, to));
    const later = layerOf(b) === -1 || layerOf(a) === -1 || layerOf(b) > layerOf(a);
    return later ? [`${from} → ${to} (${a} imports ${b}, which comes after it)`] : [];
  });
}

describe('dependencies run one way along the pipeline', () => {
  const edges = sourceFiles(SRC).flatMap((path) => importsOf(path, readFileSync(path, 'utf8')));

  test('the order names every folder of src/, once, and no folder that is gone', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    const hasRootFiles = readdirSync(SRC).some((name) => statSync(join(SRC, name)).isFile());
    const named = LAYERS.flat();
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...folders, ...(hasRootFiles ? ['.'] : [])].sort());
  });

  test('the scan reads every kind of import, in .ts, .svelte and .astro files (it is not vacuous)', () => {
    const ts = importsOf(
      join(SRC, 'gate', 'probe.ts'),
      [
        "import { a } from '../model/a.ts';",
        "import type { B } from '../schema/b.ts';",
        "export { c } from './c.ts';",
        "export * from '../text/d.ts';",
        "const e = await import('../i18n/e.ts');",
        "let f: import('../scoring/f.ts').F;",
        "import g from 'yaml';",
        "import h from '../../schemas/h.json' with { type: 'json' };",
      ].join('\n'),
    );
    expect(ts.map((e) => e.to)).toEqual([
      'src/model/a.ts',
      'src/schema/b.ts',
      'src/gate/c.ts',
      'src/text/d.ts',
      'src/i18n/e.ts',
      'src/scoring/f.ts',
    ]);
    const svelte = importsOf(
      join(SRC, 'widgets', 'Probe.svelte'),
      '<script lang="ts" module>import type { M } from "../model/m.ts";</script>\n<script lang="ts">import type { G } from "../gate/g.ts";\nlet g: G | undefined;</script>\n<p>{g}</p>',
    );
    expect(svelte.map((e) => e.to)).toEqual(['src/model/m.ts', 'src/gate/g.ts']);
    const astro = importsOf(
      join(SRC, 'pages', 'probe.astro'),
      '---\nimport type { S } from "../site/s.ts";\nconst s: S | undefined = undefined;\n---\n<p>{s}</p>\n<script>import { w } from "../widgets/w.ts"; w();</script>',
    );
    expect(astro.map((e) => e.to)).toEqual(['src/site/s.ts', 'src/widgets/w.ts']);
    expect(edges.length).toBeGreaterThan(300);
  });

  test('an import against the order is found', () => {
    // The two this test was written for: the model and the schemas took types from the gate.
    const probes: Edge[] = [
      { from: 'src/model/threshold.ts', to: 'src/gate/messages.ts' },
      { from: 'src/schema/schema-data.ts', to: 'src/gate/schema-errors.ts' },
      { from: 'src/gate/rules.ts', to: 'src/nowhere/x.ts' },
    ];
    expect(backwardImports(probes)).toHaveLength(3);
    const allowed: Edge[] = [
      { from: 'src/gate/rules.ts', to: 'src/model/model.ts' },
      { from: 'src/widgets/editor/Preview.svelte', to: 'src/site/sop-flow.ts' },
      { from: 'src/site/knowledge.ts', to: 'src/widgets/knowledge/knowledge.svelte.ts' },
      { from: 'src/content.config.ts', to: 'src/content/loaders.ts' },
    ];
    expect(backwardImports(allowed)).toEqual([]);
  });

  test('no folder imports from a folder after it', () => {
    expect(backwardImports(edges)).toEqual([]);
  });
});
