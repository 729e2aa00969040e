/**
 * The gate for one file in the browser (the editor), against the index of the rest of the
 * handbook (handbook-index.ts). A file is checked exactly as `touchstone check` checks it —
 * classify by path (files.ts), parse (source.ts), its schema (the generated standalone
 * validators), then the SAME cross-file rules (rules.ts applyRules) — with the rest of the
 * handbook known from the index.
 *
 * Only the validator of the file's kind is loaded, on demand: `await loadGateFor(file)`, then
 * checkFileInBrowser(file, …) as often as the text changes (synchronously, as the editor derives
 * its diagnostics).
 *
 * test/unit/gate/browser-gate-parity.test.ts checks, for every file of the example handbook and of
 * every bad-input fixture, that this gives the same diagnostics as loadHandbook.
 *
 * Browser-safe: no node:*, no ajv (imports of model.ts are types only).
 */
import { compareDiagnostics, diagnostic, type Diagnostic } from './diagnostics.ts';
import { classify } from './files.ts';
import type { EntityKind, Entry } from '../model/model.ts';
import { applyRules, type CheckedFile, type RuleContext } from './rules.ts';
import { checkAgainstSchema } from './schemas.ts';
import { parseSource, type Range } from './source.ts';
import type { Checklist, HandbookConfig, StandardItem, Touchpoint } from '../schema/types.generated.ts';
import { compareFiles, ENTITY_KINDS, type HandbookIndex, type IndexEntity } from './handbook-index.ts';
import { loadedValidator, loadValidator } from './validators/load-validator.ts';

/** The index checkFileInBrowser takes (the editor's components name it from here). */
export type { HandbookIndex } from './handbook-index.ts';

const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** One declaration of an id, from the index or from the file being checked. */
interface Declaration {
  id: string;
  kind: EntityKind;
  file: string;
  /** The index's entity. */
  entity?: IndexEntity;
  /** The checked file's own data, when it passed its schema. */
  data?: unknown;
}

/** Touchpoint data as the rules read it, rebuilt from the index. */
function touchpointOf(id: string, e: IndexEntity): Touchpoint {
  const items = (e.items ?? []).map((item) => ({ id: item, ...e.answers?.[item] }) as StandardItem);
  return { id, version: e.version, items } as unknown as Touchpoint;
}

/** Checklist data as the rules read it, rebuilt from the index. */
function checklistOf(id: string, e: IndexEntity): Checklist {
  return { id, version: e.version, sections: e.sections ?? [] } as unknown as Checklist;
}

/**
 * The data the rules read of a declaration: the checked file's own, else rebuilt from the index
 * (`fromIndex`), unless the index holds only part of the entity.
 */
function dataOf<T>(d: Declaration, fromIndex: (id: string, e: IndexEntity) => T): T | undefined {
  if (d.data !== undefined) return d.data as T;
  return d.entity && !d.entity.partial ? fromIndex(d.id, d.entity) : undefined;
}

function currentDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Loads what checkFileInBrowser needs to check `file`: the validator of its kind, the only one
 * fetched. Nothing to load for a file the gate ignores or does not know.
 */
export async function loadGateFor(file: string): Promise<void> {
  const c = classify(file);
  if (c !== 'ignored' && c !== 'unknown') await loadValidator(c.kind);
}

/**
 * The gate for one file in the browser: parseSource + the kind's schema + the same
 * cross-file rules, with the rest of the handbook known from the index. The file's old entry in
 * the index (by path) is replaced by what `text` declares. `text` may be the file's bytes, so
 * that an encoding problem is reported as the gate reports it. Never throws on bad content.
 *
 * `data` is the parsed data (frontmatter for MDX) when the file parsed, even with schema errors.
 * `today` (YYYY-MM-DD, default the real date) decides which reviews are overdue.
 * Throws when `loadGateFor(file)` has not loaded the file's validator yet (a mistake of the
 * caller, whatever the content).
 */
export function checkFileInBrowser(
  file: string,
  text: string | Uint8Array,
  index: HandbookIndex,
  today: string = currentDate(),
): { data: unknown; diagnostics: Diagnostic[] } {
  const c = classify(file);
  if (c === 'ignored') return { data: undefined, diagnostics: [] };
  if (c === 'unknown')
    return { data: undefined, diagnostics: [diagnostic(file, { start: { line: 1, column: 1 } }, '', 'unknown-file')] };
  const validate = loadedValidator(c.kind);
  if (!validate) throw new Error(`checkFileInBrowser: await loadGateFor(${JSON.stringify(file)}) first`);

  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const source = parseSource(file, bytes, { frontmatter: c.frontmatter, kind: c.kind });
  const report: Diagnostic[] = [...source.warnings];
  let valid = false;
  if (source.diagnostics.length > 0 || source.data === undefined) report.push(...source.diagnostics);
  else {
    const problems = checkAgainstSchema(c.kind, validate, source);
    report.push(...problems);
    valid = problems.length === 0;
  }

  // The handbook's ids, this file's old entry replaced by what it declares now (load-handbook.ts
  // loadHandbook registers ids the same way: even from files with schema errors, and the name's
  // id from a file that did not parse).
  const declarations: Declaration[] = [];
  for (const [id, entity] of Object.entries(index.entities)) {
    if (entity.file !== file) declarations.push({ id, kind: entity.kind, file: entity.file, entity });
    for (const d of entity.duplicates ?? [])
      if (d.file !== file) declarations.push({ id, kind: d.kind, file: d.file, entity: d });
  }
  const ownId = (source.data as { id?: unknown } | undefined)?.id;
  const id = typeof ownId === 'string' ? ownId : source.data === undefined ? c.stem : undefined;
  if (ENTITY_KINDS.has(c.kind) && id !== undefined) {
    const own: Declaration = valid
      ? { id, kind: c.kind as EntityKind, file, data: source.data }
      : { id, kind: c.kind as EntityKind, file };
    const same = [...declarations.filter((d) => d.id === id), own].sort((a, b) => compareFiles(a.file, b.file));
    const at = source.locate(['id']);
    if (same[0] === own) {
      if (id !== c.stem)
        report.push(
          diagnostic(file, at, '/id', 'id-file-mismatch', { id, name: c.stem, ext: file.slice(file.lastIndexOf('.')) }),
        );
      if (same[1]) report.push(diagnostic(file, at, '/id', 'duplicate-id', { id, other: same[1].file }));
    } else {
      report.push(diagnostic(file, at, '/id', 'duplicate-id', { id, other: same[0]!.file }));
    }
    declarations.push(own);
  }
  if (!valid) return { data: source.data, diagnostics: report.sort(compareDiagnostics) };

  // What the rules know of the handbook, as loadHandbook builds it: ids in file order (the
  // first of a duplicated id holds it); touchpoints and checklists whose data is known, unless
  // their id is duplicated.
  declarations.sort((a, b) => compareFiles(a.file, b.file));
  const ids: RuleContext['ids'] = new Map();
  const holders = new Map<string, Declaration>();
  for (const d of declarations) {
    const first = ids.get(d.id);
    if (first) first.duplicated = true;
    else {
      ids.set(d.id, {
        kind: d.kind,
        file: d.file,
        at: d.file === file ? source.locate(['id']) : NOWHERE,
        duplicated: false,
      });
      holders.set(d.id, d);
    }
  }
  const touchpoints = new Map<string, Entry<Touchpoint>>();
  const checklists = new Map<string, Entry<Checklist>>();
  for (const [key, d] of holders) {
    if (ids.get(key)!.duplicated) continue;
    if (d.kind === 'touchpoint') {
      const data = dataOf(d, touchpointOf);
      if (data) touchpoints.set(key, { id: key, file: d.file, data });
    } else if (d.kind === 'checklist') {
      const data = dataOf(d, checklistOf);
      if (data) checklists.set(key, { id: key, file: d.file, data });
    }
  }

  const config = c.kind === 'handbook' ? (source.data as HandbookConfig) : index.config;
  const ctx: RuleContext = { config, today, ids, touchpoints, report };
  const checked: CheckedFile = { kind: c.kind, source, data: source.data, stem: c.stem };
  if (c.locale !== undefined) checked.locale = c.locale;
  applyRules(ctx, checked, checklists);
  return { data: source.data, diagnostics: report.sort(compareDiagnostics) };
}
