/** The scorecard the audit rules need, built from the node gate's model (what build-scorecard.ts scorecardFor gives the widget). */
import type { AuditCard } from '../../src/gate/audit-check.ts';
import { scorecardSections, type HandbookModel } from '../../src/model/model.ts';
import type { LocalizedText } from '../../src/i18n/locale.ts';

export type TestCard = AuditCard & {
  defaultLocale: string;
  sections: { touchpoint: string; items: { id: string; text: LocalizedText }[] }[];
};

export function cardFromModel(
  model: HandbookModel,
  scope: { checklist: string } | { touchpoints: readonly string[] },
): TestCard | undefined {
  const checklist = 'checklist' in scope ? model.checklists.get(scope.checklist)?.data : undefined;
  if ('checklist' in scope && !checklist) return undefined;
  const sections = scorecardSections(
    model.touchpoints,
    checklist ? { checklist } : { touchpoints: 'touchpoints' in scope ? scope.touchpoints : [] },
  );
  return {
    scope: checklist
      ? { checklist: checklist.id, checklistVersion: checklist.version }
      : { touchpoints: 'touchpoints' in scope ? [...scope.touchpoints] : [] },
    defaultLocale: model.config.defaultLocale,
    maturity: (model.config.scoring?.maturityLevels ?? []).map((m) => ({ id: m.id })),
    sections: sections.map((s) => {
      const section: TestCard['sections'][number] & AuditCard['sections'][number] = {
        id: s.id,
        touchpoint: s.touchpoint,
        touchpointVersion: model.touchpoints.get(s.touchpoint)!.data.version,
        items: s.items,
      };
      if (s.weight !== undefined) section.weight = s.weight;
      return section;
    }),
  };
}

/** The scope a record names, when it names exactly one. */
export function scopeOf(record: {
  checklist?: string;
  touchpoints?: string[];
}): { checklist: string } | { touchpoints: string[] } | undefined {
  if ((record.checklist === undefined) === (record.touchpoints === undefined)) return undefined;
  return record.checklist !== undefined ? { checklist: record.checklist } : { touchpoints: record.touchpoints ?? [] };
}
