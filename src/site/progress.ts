/**
 * What "My progress" lists: every touchpoint and SOP with a knowledge check. A handbook with at
 * most `site.listPageSize` of them sends the list with the page; a larger one sends it as
 * /data/progress/<locale>.json, fetched by the page's island, so that the page stays small
 * (10,000 entities made it 3 MB) and the list is read once per visit, by readers who open it.
 */
import type { LocalizedText, PlainOrShown } from '../i18n/locale.ts';
import type { ProgressGroup } from '../widgets/knowledge/progress.svelte.ts';
import { SEGMENTS } from './i18n.ts';
import type { PageContext } from './page.ts';
import { listPageSize } from './paging.ts';
import { asset, href } from './routes.ts';

/** What a group needs of a touchpoint or SOP. */
interface WithQuestions {
  id: string;
  data: { title: LocalizedText; version: string; questions?: readonly unknown[] };
}

export function progressGroups(ctx: PageContext): ProgressGroup[] {
  const { model, ui, show, locale } = ctx;
  const shown = (t: LocalizedText | undefined): PlainOrShown => {
    const s = show(t);
    return s.lang === locale ? s.text : s;
  };
  const group = (
    kind: ProgressGroup['kind'],
    section: 'touchpoints' | 'sops',
    entities: Iterable<WithQuestions>,
  ): ProgressGroup => ({
    kind,
    title: ui[section],
    base: href(locale, section),
    entries: [...entities]
      .filter((e) => (e.data.questions ?? []).length > 0)
      .map((e) => ({
        owner: e.id,
        title: shown(e.data.title),
        version: e.data.version,
        questions: e.data.questions!.length,
      })),
  });
  return [
    group('touchpoint', 'touchpoints', model.touchpoints.values()),
    group('sop', 'sops', model.sops.values()),
  ].filter((g) => g.entries.length > 0);
}

/** Whether the page carries its list (true) or its island fetches it from progressDataHref(). */
export function progressInline(ctx: PageContext, groups: readonly ProgressGroup[]): boolean {
  return groups.reduce((n, g) => n + g.entries.length, 0) <= listPageSize(ctx.model.config);
}

/** Path of a locale's list, relative to the site's base (src/pages/data/progress/[lang].json.ts). */
export function progressDataPath(ctx: Pick<PageContext, 'locale'>): string {
  return `data/progress/${SEGMENTS[ctx.locale]}.json`;
}

export function progressDataHref(ctx: Pick<PageContext, 'locale'>): string {
  return asset(progressDataPath(ctx));
}
