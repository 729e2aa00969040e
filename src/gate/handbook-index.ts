/**
 * The index of the handbook that the editor's gate (in-browser.ts) checks one file against: the
 * rest of the handbook as the gate's rules need it, without its files. Every entity's id, kind and
 * file (so references resolve and duplicates are found), its title and version, and what the
 * rules read of other files' data: a touchpoint's item ids (a checklist's items) and its items'
 * answer sets (audit responses), a checklist's sections. The build emits it, made from the
 * model, as /data/handbook-index.json (handbookIndex); indexOfLoad indexes a handbook as the gate
 * saw it, errors included.
 *
 * Browser-safe: its imports are types only.
 */
import type { DeclaredId, LoadResult } from './load-handbook.ts';
import type { LocalizedText } from '../i18n/locale.ts';
import type { EntityKind, HandbookModel } from '../model/model.ts';
import type { Kind } from './schemas.ts';
import type { Checklist, HandbookConfig, Touchpoint } from '../schema/types.generated.ts';

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

/** The kinds that declare an entity (an id other files refer to). */
export const ENTITY_KINDS: ReadonlySet<Kind> = new Set<Kind>(['touchpoint', 'sop', 'checklist', 'case', 'guide']);

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
    entity.sections = (data as Checklist).sections.map((s) =>
      s.items ? { touchpoint: s.touchpoint, items: [...s.items] } : { touchpoint: s.touchpoint },
    );
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
function indexOf(
  config: HandbookConfig,
  declarations: readonly { id: string; kind: EntityKind; file: string; data: unknown }[],
): HandbookIndex {
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
