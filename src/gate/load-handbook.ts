/**
 * The validation gate: reads a handbook folder, checks every file (parsing, schema, cross-file
 * rules) and builds the model. `touchstone check`, the Astro content loader and the editor all
 * go through here, so a mistake reads the same everywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compareDiagnostics, diagnostic, hasErrors, type Diagnostic } from './diagnostics.ts';
import { classify, type Classified } from './files.ts';
import type { Entry, HandbookModel, MdxEntry } from '../model/model.ts';
import { applyRules, auditRules, type CheckedFile, type RuleContext } from './rules.ts';
import type { Kind } from './schemas.ts';
import { validateAgainstSchema } from './schema-validators.ts';
import { parseSource, type ParsedSource } from './source.ts';
import type {
  AuditRecord,
  CaseFrontmatter,
  Checklist,
  GuideFrontmatter,
  HandbookConfig,
  Sop,
  Touchpoint,
  TranslationFrontmatter,
} from '../schema/types.generated.ts';

export interface LoadOptions {
  /** Today's date (YYYY-MM-DD) for overdue reviews; defaults to the real date. */
  today?: string;
}

export interface LoadResult {
  root: string;
  /** Number of files read. */
  files: number;
  diagnostics: Diagnostic[];
  /** The model, present when handbook.yaml is valid. Entities with errors are left out of it. */
  model?: HandbookModel;
  /**
   * Every id a file declared, in file order (a duplicate too), with the file's data when it passed
   * its schema: what the cross-file rules knew of the handbook, files with errors included
   * (in-browser.ts indexOfLoad builds the editor's index from it).
   */
  declared: DeclaredId[];
}

/** One id declared by a touchpoint, SOP, checklist, case or guide file. */
export interface DeclaredId {
  id: string;
  kind: Kind;
  file: string;
  /** The file's data, when it passed its schema. */
  data?: unknown;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

/** Every file below `dir`, as paths relative to it with forward slashes, in a stable order. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(abs, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

const DECLARES_ID: ReadonlySet<Kind> = new Set(['touchpoint', 'sop', 'checklist', 'case', 'guide']);

function parse(file: string, bytes: Uint8Array, c: Classified): ParsedSource {
  return parseSource(file, bytes, { frontmatter: c.frontmatter, kind: c.kind });
}

/** Checks one parsed source against its schema and returns it as a checked file (or undefined). */
function schemaCheck(kind: Kind, source: ParsedSource, report: Diagnostic[]): boolean {
  if (source.diagnostics.length > 0 || source.data === undefined) {
    report.push(...source.diagnostics);
    return false;
  }
  const problems = validateAgainstSchema(kind, source);
  report.push(...problems);
  return problems.length === 0;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads, validates and models the handbook in `dir`. Never throws on bad content. */
export function loadHandbook(dir: string, options: LoadOptions = {}): LoadResult {
  const root = resolve(dir);
  const report: Diagnostic[] = [];
  let files: string[];
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a directory');
    files = listFiles(root);
  } catch {
    report.push(diagnostic('handbook.yaml', { start: { line: 1, column: 1 } }, '', 'missing-handbook', { dir }));
    return { root, files: 0, diagnostics: report, declared: [] };
  }

  const checked: CheckedFile[] = [];
  const ids: RuleContext['ids'] = new Map();
  const declared: DeclaredId[] = [];
  let handbook: CheckedFile | undefined;
  let read = 0;

  for (const file of files) {
    const c = classify(file);
    if (c === 'ignored') continue;
    read++;
    if (c === 'unknown') {
      report.push(diagnostic(file, { start: { line: 1, column: 1 } }, '', 'unknown-file'));
      continue;
    }
    const source = parse(file, readFileSync(join(root, file)), c);
    report.push(...source.warnings);
    const valid = schemaCheck(c.kind, source, report);
    // Register ids even from files with schema errors, so that other files do not report
    // cascading "no such touchpoint" errors for a file that is merely misspelt.
    // A file that did not parse at all is taken to declare the id of its name (the convention).
    const ownId = (source.data as { id?: unknown } | undefined)?.id;
    const id = typeof ownId === 'string' ? ownId : source.data === undefined ? c.stem : undefined;
    if (DECLARES_ID.has(c.kind) && id !== undefined) {
      declared.push(valid ? { id, kind: c.kind, file, data: source.data } : { id, kind: c.kind, file });
      const first = ids.get(id);
      if (first) {
        report.push(diagnostic(file, source.locate(['id']), '/id', 'duplicate-id', { id, other: first.file }));
        if (!first.duplicated) {
          first.duplicated = true;
          report.push(diagnostic(first.file, first.at, '/id', 'duplicate-id', { id, other: file }));
        }
      } else {
        // Where the id is written is needed only if another file declares it too: found then.
        ids.set(id, {
          kind: c.kind,
          file,
          get at() {
            return source.locate(['id']);
          },
          duplicated: false,
        });
        if (id !== c.stem) {
          const ext = file.slice(file.lastIndexOf('.'));
          report.push(diagnostic(file, source.locate(['id']), '/id', 'id-file-mismatch', { id, name: c.stem, ext }));
        }
      }
    }
    if (!valid) continue;
    const entry: CheckedFile = { kind: c.kind, source, data: source.data, stem: c.stem };
    if (c.locale !== undefined) entry.locale = c.locale;
    if (c.kind === 'handbook') handbook = entry;
    checked.push(entry);
  }

  if (!files.includes('handbook.yaml') && !files.includes('handbook.yml')) {
    report.push(diagnostic('handbook.yaml', { start: { line: 1, column: 1 } }, '', 'missing-handbook', { dir }));
  }

  const config = handbook?.data as HandbookConfig | undefined;
  const byKind = <T>(kind: Kind) =>
    new Map(
      checked
        // A duplicated id names no entity reliably: leave both out (the duplicate is reported).
        .filter(
          (f) =>
            f.kind === kind &&
            ids.get((f.data as { id: string }).id)?.file === f.source.file &&
            !ids.get((f.data as { id: string }).id)?.duplicated,
        )
        .map(
          (f) =>
            [
              (f.data as { id: string }).id,
              { id: (f.data as { id: string }).id, file: f.source.file, data: f.data as T },
            ] as const,
        ),
    );
  const touchpoints = byKind<Touchpoint>('touchpoint');
  const checklists = byKind<Checklist>('checklist');
  const ctx: RuleContext = { config, today: options.today ?? today(), ids, touchpoints, report };
  for (const file of checked) applyRules(ctx, file, checklists);

  report.sort(compareDiagnostics);
  const result: LoadResult = { root, files: read, diagnostics: report, declared };
  if (!config) return result;

  // Files with errors of their own are left out of the model; the build stops on errors anyway.
  const failed = new Set(report.filter((d) => d.severity === 'error').map((d) => d.file));
  const keep = <T>(map: Map<string, Entry<T>>) => new Map([...map].filter(([, e]) => !failed.has(e.file)));
  // Sources by file, so that each case finds its body in O(1) (a search of every file per case was O(n²)).
  const sourceOf = new Map(checked.map((f) => [f.source.file, f.source] as const));
  const mdx = <T>(kind: 'case' | 'guide'): Map<string, MdxEntry<T>> => {
    const out = new Map<string, MdxEntry<T>>();
    for (const [id, e] of byKind<T>(kind)) {
      if (failed.has(e.file)) continue;
      const source = sourceOf.get(e.file)!;
      out.set(id, { ...e, body: source.body ?? '', bodyLine: source.bodyLine ?? 1, translations: new Map() });
    }
    for (const f of checked) {
      if (
        f.kind !== 'translation' ||
        failed.has(f.source.file) ||
        !f.source.file.startsWith(kind === 'case' ? 'cases/' : 'guides/')
      )
        continue;
      const t = f.data as TranslationFrontmatter;
      const parent = out.get(t.translationOf);
      if (!parent || !f.locale) continue;
      const translation: { file: string; body: string; bodyLine: number; title?: string } = {
        file: f.source.file,
        body: f.source.body ?? '',
        bodyLine: f.source.bodyLine ?? 1,
      };
      if (t.title !== undefined) translation.title = t.title;
      parent.translations.set(f.locale, translation);
    }
    return out;
  };
  const audits = new Map(
    checked
      .filter((f) => f.kind === 'audit' && !failed.has(f.source.file))
      .map((f) => [f.stem, { id: f.stem, file: f.source.file, data: f.data as AuditRecord }] as const),
  );
  result.model = {
    root,
    config,
    touchpoints: keep(touchpoints),
    sops: keep(byKind<Sop>('sop')),
    checklists: keep(checklists),
    cases: mdx<CaseFrontmatter>('case'),
    guides: mdx<GuideFrontmatter>('guide'),
    audits,
  };
  return result;
}

/** What checkAuditFile found: the gate's diagnostics, and the record when it has no errors. */
export interface AuditCheck {
  /** Diagnostics with `file` relative to `cwd` (forward slashes). */
  diagnostics: Diagnostic[];
  /** The record, present when it has no errors (warnings allowed). */
  record?: AuditRecord;
}

/**
 * Checks an audit record kept anywhere (not necessarily inside the handbook) with the same gate
 * pieces a record inside it goes through: parsing, the audit schema and the audit rules, against
 * `model`. Never throws on bad content; throws (as readFileSync does) when the file cannot be read.
 */
export function checkAuditFile(
  model: HandbookModel,
  absolutePath: string,
  options: { cwd?: string; today?: string } = {},
): AuditCheck {
  const file =
    relative(options.cwd ?? process.cwd(), absolutePath)
      .split(sep)
      .join('/') || absolutePath;
  const source = parseSource(file, readFileSync(absolutePath), { kind: 'audit' });
  const report: Diagnostic[] = [];
  if (!schemaCheck('audit', source, report)) return { diagnostics: report.sort(compareDiagnostics) };
  const ids: RuleContext['ids'] = new Map();
  const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const register = (kind: Kind, map: ReadonlyMap<string, { file: string }>) => {
    for (const [id, e] of map) ids.set(id, { kind, file: e.file, at, duplicated: false });
  };
  register('touchpoint', model.touchpoints);
  register('sop', model.sops);
  register('checklist', model.checklists);
  register('case', model.cases);
  register('guide', model.guides);
  const ctx: RuleContext = {
    config: model.config,
    today: options.today ?? today(),
    ids,
    touchpoints: model.touchpoints,
    report,
  };
  const stem = file.slice(file.lastIndexOf('/') + 1).replace(/\.(ya?ml|json)$/, '');
  auditRules(ctx, { kind: 'audit', source, data: source.data, stem }, model.checklists);
  report.sort(compareDiagnostics);
  const result: AuditCheck = { diagnostics: report };
  if (!hasErrors(report)) result.record = source.data as AuditRecord;
  return result;
}

export { hasErrors };
