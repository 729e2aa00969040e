/**
 * The scorecard for a checklist, or for an ad-hoc audit of chosen touchpoints, built from the
 * gate's model: what the site's /data/scorecards/ files, `touchstone score` and the audit widget
 * score against.
 */
import { durationToMinutes } from '../model/duration.ts';
import { isLocale, localize, type LocalizedText } from '../i18n/locale.ts';
import { ADHOC_TITLE_SEPARATOR } from '../i18n/scoring.ts';
import { linksOf, scorecardSections, type HandbookModel } from '../model/model.ts';
import type { Checklist, StandardItem } from '../schema/types.generated.ts';
import { itemFingerprint } from './fingerprints.ts';
import {
  DEFAULT_BANDS,
  DEFAULT_PASS_MARK,
  type Scorecard,
  type ScorecardItem,
  type ScorecardSection,
} from './scorecard.ts';

function scorecardItem(touchpoint: string, item: StandardItem): ScorecardItem {
  const out: ScorecardItem = {
    id: item.id,
    touchpoint,
    text: item.text,
    weight: item.weight ?? 1,
    answers: item.answers ?? 'graded',
    critical: item.critical ?? 'none',
    naAllowed: item.naAllowed ?? true,
    fingerprint: itemFingerprint(item),
  };
  if (item.check !== undefined) out.check = item.check;
  if (item.threshold !== undefined) out.threshold = item.threshold;
  if (item.timeLimit !== undefined) out.timeLimit = item.timeLimit;
  return out;
}

/** The shortest of some durations (by length in minutes), or undefined. */
function shortest(limits: readonly string[]): string | undefined {
  let best: { limit: string; minutes: number } | undefined;
  for (const limit of limits) {
    const minutes = durationToMinutes(limit);
    if (minutes !== undefined && (best === undefined || minutes < best.minutes)) best = { limit, minutes };
  }
  return best?.limit;
}

/**
 * The scorecard for a checklist, or for an ad-hoc audit of chosen touchpoints, from the gate's
 * model: defaults applied, versions and fingerprints filled in, each section's fallback time limit
 * taken from the SOPs linked to its touchpoint (whichever side wrote the link). Undefined when the
 * checklist, or one of the touchpoints, is not in the model.
 */
export function scorecardFor(
  model: HandbookModel,
  scope: { checklist: string } | { touchpoints: string[] },
): Scorecard | undefined {
  const { config } = model;
  let checklist: Checklist | undefined;
  if ('checklist' in scope) {
    checklist = model.checklists.get(scope.checklist)?.data;
    if (!checklist) return undefined;
  } else if (scope.touchpoints.length === 0 || scope.touchpoints.some((id) => !model.touchpoints.has(id))) {
    return undefined;
  }
  const links = linksOf(model);
  const sopLimit = (touchpoint: string) =>
    shortest(
      (links.sopsOfTouchpoint.get(touchpoint) ?? []).flatMap((id) =>
        (model.sops.get(id)?.data.priorities ?? []).flatMap((p) => (p.resolve !== undefined ? [p.resolve] : [])),
      ),
    );
  const titles = checklist
    ? new Map(checklist.sections.map((s) => [s.id, s.title] as const))
    : new Map<string, LocalizedText | undefined>();
  const parts = checklist
    ? scorecardSections(model.touchpoints, { checklist })
    : scorecardSections(model.touchpoints, { touchpoints: 'touchpoints' in scope ? scope.touchpoints : [] });
  const sections = parts.map((part) => {
    const tp = model.touchpoints.get(part.touchpoint)!.data;
    const section: ScorecardSection = {
      id: part.id,
      touchpoint: part.touchpoint,
      touchpointVersion: tp.version,
      title: titles.get(part.id) ?? tp.title,
      items: part.items.map((i) => scorecardItem(part.touchpoint, i)),
    };
    if (part.weight !== undefined) section.weight = part.weight;
    const limit = sopLimit(part.touchpoint);
    if (limit !== undefined) section.sopLimit = limit;
    return section;
  });
  const card: Scorecard = {
    scope: checklist
      ? { checklist: checklist.id, checklistVersion: checklist.version }
      : { touchpoints: [...(scope as { touchpoints: string[] }).touchpoints] },
    title: checklist ? checklist.title : adhocTitle(model, sections),
    handbookVersion: config.version,
    defaultLocale: config.defaultLocale,
    sections,
    bands: (checklist?.bands ?? config.scoring?.bands ?? DEFAULT_BANDS).map((b) => ({ ...b })),
    passMark: config.scoring?.passMark ?? DEFAULT_PASS_MARK,
    maturity: (config.scoring?.maturityLevels ?? []).map((l) => ({ id: l.id, label: l.label, value: l.value })),
  };
  if (checklist) card.kind = checklist.purpose;
  return card;
}

/** An ad-hoc scorecard's title: its touchpoints' titles, in every locale of the handbook. */
function adhocTitle(model: HandbookModel, sections: readonly ScorecardSection[]): LocalizedText {
  const { defaultLocale, locales } = model.config;
  const out: Record<string, string> = {};
  for (const locale of locales)
    out[locale] = sections
      .map((s) => localize(s.title, locale, defaultLocale).text)
      .join(ADHOC_TITLE_SEPARATOR[isLocale(locale) ? locale : 'en']);
  return out;
}
