/**
 * The typed, indexed handbook: every entity by id, the taxonomies as lookups, backlinks, and the
 * grade of every touchpoint. Built once per load; pages, widgets and the CLI read from it.
 */
import type {
  AuditRecord,
  CaseFrontmatter,
  Checklist,
  GuideFrontmatter,
  HandbookConfig,
  StandardItem,
  Sop,
  Touchpoint,
} from '../schema/types.generated.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the handbook folder. */
  file: string;
  data: T;
}

/** An MDX document (case or guide) with its translations. */
export interface MdxEntry<T> extends Entry<T> {
  body: string;
  bodyLine: number;
  /** Translations by locale: the translated body and optional title. */
  translations: Map<string, { file: string; body: string; bodyLine: number; title?: string }>;
}

export interface HandbookModel {
  /** Absolute path of the handbook folder. */
  root: string;
  config: HandbookConfig;
  touchpoints: Map<string, Entry<Touchpoint>>;
  sops: Map<string, Entry<Sop>>;
  checklists: Map<string, Entry<Checklist>>;
  cases: Map<string, MdxEntry<CaseFrontmatter>>;
  guides: Map<string, MdxEntry<GuideFrontmatter>>;
  audits: Map<string, Entry<AuditRecord>>;
}

export type EntityKind = 'touchpoint' | 'sop' | 'checklist' | 'case' | 'guide';

/** The grade the impact × frequency matrix gives, ignoring any override. */
export function ruleGrade(config: HandbookConfig, impact: string, frequency: string): string | undefined {
  return config.grading.matrix.find((c) => c.impact === impact && c.frequency === frequency)?.grade;
}

/** The grade of a touchpoint: its override when it has one, else the matrix's. */
export function gradeOf(config: HandbookConfig, touchpoint: Touchpoint): string | undefined {
  return touchpoint.gradeOverride?.grade ?? ruleGrade(config, touchpoint.impact, touchpoint.frequency);
}

/** One section of a scorecard as the scoring engine sees it: a touchpoint and its chosen items. */
export interface ScorecardSection {
  id: string;
  touchpoint: string;
  weight?: number;
  items: StandardItem[];
}

/**
 * The sections an audit scores: the checklist's sections (each with the items it picks, all by
 * default), or one section per touchpoint for an ad-hoc audit. Unknown ids are skipped: the gate
 * reports them.
 */
export function scorecardSections(
  touchpoints: ReadonlyMap<string, Entry<Touchpoint>>,
  scope: { checklist?: Checklist; touchpoints?: readonly string[] },
): ScorecardSection[] {
  if (scope.checklist) {
    return scope.checklist.sections.flatMap((s) => {
      const tp = touchpoints.get(s.touchpoint)?.data;
      if (!tp) return [];
      const items = s.items ? tp.items.filter((i) => s.items!.includes(i.id)) : tp.items;
      const section: ScorecardSection = { id: s.id, touchpoint: s.touchpoint, items };
      if (s.weight !== undefined) section.weight = s.weight;
      return [section];
    });
  }
  return (scope.touchpoints ?? []).flatMap((id) => {
    const tp = touchpoints.get(id)?.data;
    return tp ? [{ id, touchpoint: id, items: tp.items }] : [];
  });
}

/** Entities that point at an id, by kind: who links here. */
export interface Backlinks {
  sopsOfTouchpoint: Map<string, string[]>;
  casesOfTouchpoint: Map<string, string[]>;
  checklistsOfTouchpoint: Map<string, string[]>;
  touchpointsOfSop: Map<string, string[]>;
  casesOfSop: Map<string, string[]>;
}

function add(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** What links are computed from: any model with these maps (the gate's, or the site's). */
export interface LinkSources {
  touchpoints: ReadonlyMap<string, { id: string; data: Touchpoint }>;
  sops: ReadonlyMap<string, { id: string; data: Sop }>;
  checklists: ReadonlyMap<string, { id: string; data: Checklist }>;
  cases: ReadonlyMap<string, { id: string; data: CaseFrontmatter }>;
}

/** Links in both directions, whichever side wrote them, built in one pass over the handbook. */
export function backlinks(model: LinkSources): Backlinks {
  const b: Backlinks = {
    sopsOfTouchpoint: new Map(),
    casesOfTouchpoint: new Map(),
    checklistsOfTouchpoint: new Map(),
    touchpointsOfSop: new Map(),
    casesOfSop: new Map(),
  };
  for (const { id, data } of model.touchpoints.values()) {
    for (const s of data.sops ?? []) {
      if (!model.sops.has(s)) continue;
      add(b.sopsOfTouchpoint, id, s);
      add(b.touchpointsOfSop, s, id);
    }
    for (const c of data.cases ?? []) if (model.cases.has(c)) add(b.casesOfTouchpoint, id, c);
  }
  for (const { id, data } of model.sops.values()) {
    for (const t of data.touchpoints) {
      if (!model.touchpoints.has(t)) continue;
      add(b.touchpointsOfSop, id, t);
      add(b.sopsOfTouchpoint, t, id);
    }
  }
  for (const { id, data } of model.cases.values()) {
    for (const t of data.touchpoints) if (model.touchpoints.has(t)) add(b.casesOfTouchpoint, t, id);
    for (const s of data.sops ?? []) if (model.sops.has(s)) add(b.casesOfSop, s, id);
  }
  for (const { id, data } of model.checklists.values()) {
    for (const s of data.sections)
      if (model.touchpoints.has(s.touchpoint)) add(b.checklistsOfTouchpoint, s.touchpoint, id);
  }
  return b;
}

/**
 * backlinks(), once per model object: the build asks for links per page, per scorecard and per
 * touchpoint data file, and a pass over the whole handbook each time made those O(n²). The
 * entity counts guard against a model changed after the fact.
 */
const linkCache = new WeakMap<LinkSources, { key: string; links: Backlinks }>();
export function linksOf(model: LinkSources): Backlinks {
  const key = `${model.touchpoints.size}/${model.sops.size}/${model.cases.size}/${model.checklists.size}`;
  const hit = linkCache.get(model);
  if (hit && hit.key === key) return hit.links;
  const links = backlinks(model);
  linkCache.set(model, { key, links });
  return links;
}
