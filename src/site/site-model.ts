/**
 * The handbook as pages read it, built once per build (in dev, once per request so that edits
 * show), from the gate's validated model. Cases' and guides' bodies are rendered from their content
 * collections (stored from the same model), one entry per page (src/site/mdx.ts).
 * Pages look entities up here by id: no page loops over the whole handbook except the indexes,
 * which list it.
 */
import { gateModel } from '../content/gate-cache.ts';
import { mdxEntryId } from '../content/loaders.ts';
import { gradeOf, linksOf, type Backlinks, type Entry, type HandbookModel, type MdxEntry } from '../model/model.ts';
import type { CaseFrontmatter, GuideFrontmatter, Sop, Touchpoint } from '../schema/types.generated.ts';

export interface MdxDoc<T> {
  id: string;
  data: T;
  /** The collection entry of each locale's body: the original under the default locale. */
  bodies: Map<string, { entryId: string; title?: string }>;
}

/** The gate's model as pages read it: its entities, but cases and guides as their collections' entries. */
export interface SiteModel extends Pick<HandbookModel, 'config' | 'touchpoints' | 'sops' | 'checklists'> {
  cases: Map<string, MdxDoc<CaseFrontmatter>>;
  guides: Map<string, MdxDoc<GuideFrontmatter>>;
  links: Backlinks;
  grades: Map<string, string>;
  /**
   * Section sidebars, computed once per build: the first SIDEBAR_LIMIT touchpoints of each
   * industry, and the first SIDEBAR_LIMIT SOPs. A page that filtered the whole handbook for its
   * sidebar made every page O(n) and the build O(n²).
   */
  sidebars: { touchpointsByIndustry: Map<string, Entry<Touchpoint>[]>; sops: Entry<Sop>[] };
}

/** How many links a section sidebar shows (then "more" leads to the section's index). */
export const SIDEBAR_LIMIT = 40;

function sidebars(touchpoints: Map<string, Entry<Touchpoint>>, sops: Map<string, Entry<Sop>>): SiteModel['sidebars'] {
  const byIndustry = new Map<string, Entry<Touchpoint>[]>();
  for (const t of touchpoints.values()) {
    const list = byIndustry.get(t.data.industry);
    if (!list) byIndustry.set(t.data.industry, [t]);
    else if (list.length < SIDEBAR_LIMIT) list.push(t);
  }
  return { touchpointsByIndustry: byIndustry, sops: [...sops.values()].slice(0, SIDEBAR_LIMIT) };
}

let memo: Promise<SiteModel> | undefined;

/** Cases or guides as pages read them: each body (original and translations) by locale, as the
 * content collection entry that holds it rendered (src/content/loaders.ts names them). */
function docs<T>(
  entries: Map<string, MdxEntry<T>>,
  folder: 'cases' | 'guides',
  defaultLocale: string,
): Map<string, MdxDoc<T>> {
  const out = new Map<string, MdxDoc<T>>();
  for (const e of entries.values()) {
    const bodies: MdxDoc<T>['bodies'] = new Map([[defaultLocale, { entryId: mdxEntryId(folder, e.file) }]]);
    for (const [locale, t] of e.translations)
      bodies.set(locale, { entryId: mdxEntryId(folder, t.file), ...(t.title ? { title: t.title } : {}) });
    out.set(e.id, { id: e.id, data: e.data, bodies });
  }
  return out;
}

async function build(): Promise<SiteModel> {
  const gate = gateModel();
  const config = gate.config;
  const model = {
    config,
    touchpoints: gate.touchpoints,
    sops: gate.sops,
    checklists: gate.checklists,
    cases: docs(gate.cases, 'cases', config.defaultLocale),
    guides: docs(gate.guides, 'guides', config.defaultLocale),
  };
  // The gate's model: the same links the scorecards use, computed once.
  const links = linksOf(gate);
  const grades = new Map([...model.touchpoints.values()].map((t) => [t.id, gradeOf(config, t.data) ?? ''] as const));
  return { ...model, links, grades, sidebars: sidebars(model.touchpoints, model.sops) };
}

export function siteModel(): Promise<SiteModel> {
  if (!memo || import.meta.env.DEV) memo = build();
  return memo;
}
