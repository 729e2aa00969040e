/**
 * The gate for one file in the browser (the editor), and the index of the handbook it checks
 * against. A file is checked exactly as `touchstone check` checks it — classify by path
 * (files.ts), parse (source.ts), its schema (the generated standalone validators), then the SAME
 * cross-file rules (rules.ts applyRules) — with the rest of the handbook known from the index:
 * every entity's id, kind and file (so references resolve and duplicates are found), its title
 * and version, and what the rules read of other files' data: a touchpoint's item ids (a
 * checklist's items) and its items' answer sets (audit responses), a checklist's sections.
 *
 * test/unit/gate/browser-gate-parity.test.ts checks, for every file of the example handbook and of
 * every bad-input fixture, that this gives the same diagnostics as loadHandbook.
 *
 * Browser-safe: no node:*, no ajv (imports of load-handbook.ts and model.ts are types only).
 */
import { compareDiagnostics, diagnostic, type Diagnostic } from './diagnostics.ts';
import { classify } from './files.ts';
import type { DeclaredId, LoadResult } from './load-handbook.ts';
import type { LocalizedText } from '../i18n/locale.ts';
import type { EntityKind, Entry, HandbookModel } from '../model/model.ts';
import { applyRules, type CheckedFile, type RuleContext } from './rules.ts';
import { validateAgainstSchema, type Kind } from './schemas.ts';
import { parseSource, type Range } from './source.ts';
import type { Checklist, HandbookConfig, StandardItem, Touchpoint } from '../schema/types.generated.ts';

/** What the audit rules read of an item whose answers are not the defaults (graded, n/a allowed). */
export interface IndexItemAnswers {
  answers?: 'binary' | 'maturity' | 'measured';
  naAllowed?: false;
  /** A measured item's threshold (its message quotes it). */
  threshold?: string;
}

export interface IndexEntity {
  kind: EntityKind;
  /** Path relative to the handbook folder. */
  file: string;
  /** The entity's title; its id when the file has schema errors. */
  title: LocalizedText;
  /** Touchpoints, SOPs and checklists. */
  version?: string;
  /** Touchpoint: its item ids, in order. */
  items?: string[];
  /** Touchpoint: the items whose answers differ from the defaults, by item id (for audit records). */
  answers?: Record<string, IndexItemAnswers>;
  /** Checklist: the touchpoint and the item ids (all when absent) of each section. */
  sections?: { touchpoint: string; items?: string[] }[];
  /**
   * The file did not pass its schema (or did not parse): its id is known, so references to it
   * resolve, but not its data. Absent from an index of a handbook without errors.
   */
  partial?: true;
  /** Other files that declare the same id, in file order (an error the gate reports in each). */
  duplicates?: IndexEntity[];
}

export interface HandbookIndex {
  /** The handbook's handbook.yaml: taxonomies, locales, repository. */
  config: HandbookConfig;
  /** By id. */
  entities: Record<string, IndexEntity>;
}

const ENTITY_KINDS: ReadonlySet<Kind> = new Set<Kind>(['touchpoint', 'sop', 'checklist', 'case', 'guide']);

/** The entity of a declaration: what the index keeps of the file's data (undefined: not schema-valid). */
function entityOf(id: string, kind: EntityKind, file: string, data: unknown): IndexEntity {
  if (data === undefined) return { kind, file, title: id, partial: true };
  const d = data as { title: LocalizedText; version?: string };
  const entity: IndexEntity = { kind, file, title: d.title };
  if (d.version !== undefined) entity.version = d.version;
  if (kind === 'touchpoint') {
    const items = (data as Touchpoint).items;
    entity.items = items.map((i) => i.id);
    const answers: Record<string, IndexItemAnswers> = {};
    for (const item of items) {
      const a: IndexItemAnswers = {};
      if (item.answers !== undefined && item.answers !== 'graded') a.answers = item.answers;
      if (item.naAllowed === false) a.naAllowed = false;
      if (item.answers === 'measured' && item.threshold !== undefined) a.threshold = item.threshold;
      if (Object.keys(a).length > 0) answers[item.id] = a;
    }
    if (Object.keys(answers).length > 0) entity.answers = answers;
  } else if (kind === 'checklist') {
    entity.sections = (data as Checklist).sections.map((s) => (s.items ? { touchpoint: s.touchpoint, items: [...s.items] } : { touchpoint: s.touchpoint }));
  }
  return entity;
}

/**
 * Compares two paths relative to the handbook folder in the order the gate reads files
 * (load-handbook.ts listFiles: each folder's entries sorted by name, depth first). The gate's
 * "first" of two files declaring one id, and the order of "did you mean" candidates, follow it.
 */
export function compareFiles(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Builds the index from declarations in any order: the first (in file order) of each id holds it. */
function indexOf(config: HandbookConfig, declarations: readonly { id: string; kind: EntityKind; file: string; data: unknown }[]): HandbookIndex {
  const entities: Record<string, IndexEntity> = {};
  for (const d of [...declarations].sort((x, y) => compareFiles(x.file, y.file))) {
    const first = entities[d.id];
    if (first) (first.duplicates ??= []).push(entityOf(d.id, d.kind, d.file, d.data));
    else entities[d.id] = entityOf(d.id, d.kind, d.file, d.data);
  }
  return { config, entities };
}

/**
 * The index of a handbook's model (node side, at build time: the site emits it as
 * /data/handbook-index.json). The model holds the entities without errors; the build only
 * succeeds when that is all of them.
 */
export function handbookIndex(model: HandbookModel): HandbookIndex {
  const declarations: { id: string; kind: EntityKind; file: string; data: unknown }[] = [];
  const add = (kind: EntityKind, map: ReadonlyMap<string, { id: string; file: string; data: unknown }>) => {
    for (const e of map.values()) declarations.push({ id: e.id, kind, file: e.file, data: e.data });
  };
  add('touchpoint', model.touchpoints);
  add('sop', model.sops);
  add('checklist', model.checklists);
  add('case', model.cases);
  add('guide', model.guides);
  return indexOf(model.config, declarations);
}

/**
 * The index of everything the gate knew while checking (loadHandbook's result): also the ids of
 * files with errors, so a handbook with errors is indexed as its rules saw it. Undefined when
 * handbook.yaml is missing or invalid. For a handbook without errors it equals handbookIndex(model).
 */
export function indexOfLoad(result: LoadResult): HandbookIndex | undefined {
  if (!result.model) return undefined;
  const declarations = result.declared
    .filter((d): d is DeclaredId & { kind: EntityKind } => ENTITY_KINDS.has(d.kind))
    .map((d) => ({ id: d.id, kind: d.kind, file: d.file, data: d.data }));
  return indexOf(result.model.config, declarations);
}

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

function currentDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The gate for one file in the browser: parseSource + validateAgainstSchema + the same
 * cross-file rules, with the rest of the handbook known from the index. The file's old entry in
 * the index (by path) is replaced by what `text` declares. `text` may be the file's bytes, so
 * that an encoding problem is reported as the gate reports it. Never throws on bad content.
 *
 * `data` is the parsed data (frontmatter for MDX) when the file parsed, even with schema errors.
 * `today` (YYYY-MM-DD, default the real date) decides which reviews are overdue.
 */
export function checkFileInBrowser(file: string, text: string | Uint8Array, index: HandbookIndex, today: string = currentDate()): { data: unknown; diagnostics: Diagnostic[] } {
  const c = classify(file);
  if (c === 'ignored') return { data: undefined, diagnostics: [] };
  if (c === 'unknown') return { data: undefined, diagnostics: [diagnostic(file, { start: { line: 1, column: 1 } }, '', 'unknown-file')] };

  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const source = parseSource(file, bytes, { frontmatter: c.frontmatter, kind: c.kind });
  const report: Diagnostic[] = [...source.warnings];
  let valid = false;
  if (source.diagnostics.length > 0 || source.data === undefined) report.push(...source.diagnostics);
  else {
    const problems = validateAgainstSchema(c.kind, source);
    report.push(...problems);
    valid = problems.length === 0;
  }

  // The handbook's ids, this file's old entry replaced by what it declares now (load-handbook.ts
  // loadHandbook registers ids the same way: even from files with schema errors, and the name's
  // id from a file that did not parse).
  const declarations: Declaration[] = [];
  for (const [id, entity] of Object.entries(index.entities)) {
    if (entity.file !== file) declarations.push({ id, kind: entity.kind, file: entity.file, entity });
    for (const d of entity.duplicates ?? []) if (d.file !== file) declarations.push({ id, kind: d.kind, file: d.file, entity: d });
  }
  const ownId = (source.data as { id?: unknown } | undefined)?.id;
  const id = typeof ownId === 'string' ? ownId : source.data === undefined ? c.stem : undefined;
  if (ENTITY_KINDS.has(c.kind) && id !== undefined) {
    const own: Declaration = valid ? { id, kind: c.kind as EntityKind, file, data: source.data } : { id, kind: c.kind as EntityKind, file };
    const same = [...declarations.filter((d) => d.id === id), own].sort((a, b) => compareFiles(a.file, b.file));
    const at = source.locate(['id']);
    if (same[0] === own) {
      if (id !== c.stem) report.push(diagnostic(file, at, '/id', 'id-file-mismatch', { id, name: c.stem, ext: file.slice(file.lastIndexOf('.')) }));
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
      ids.set(d.id, { kind: d.kind, file: d.file, at: d.file === file ? source.locate(['id']) : NOWHERE, duplicated: false });
      holders.set(d.id, d);
    }
  }
  const touchpoints = new Map<string, Entry<Touchpoint>>();
  const checklists = new Map<string, Entry<Checklist>>();
  for (const [key, d] of holders) {
    if (ids.get(key)!.duplicated) continue;
    if (d.kind === 'touchpoint') {
      const data = d.data !== undefined ? (d.data as Touchpoint) : d.entity && !d.entity.partial ? touchpointOf(key, d.entity) : undefined;
      if (data) touchpoints.set(key, { id: key, file: d.file, data });
    } else if (d.kind === 'checklist') {
      const data = d.data !== undefined ? (d.data as Checklist) : d.entity && !d.entity.partial ? checklistOf(key, d.entity) : undefined;
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
