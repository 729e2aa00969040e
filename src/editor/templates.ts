/**
 * Starting files for `touchstone new` (and the editor's "new" flows): valid against the schemas
 * and the given handbook, so an author starts from a file that passes the gate.
 */
import { Document } from 'yaml';
import type { HandbookModel } from '../model/model.ts';
import { CASE_SECTIONS } from '../gate/messages.ts';
import type { Bilingual } from '../i18n/locale.ts';
import { STARTING_TEXTS as TEXTS } from '../i18n/templates.ts';
import { trimEnd } from '../text/trim.ts';

export const NEW_KINDS = ['touchpoint', 'sop', 'checklist', 'case', 'guide'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) + years}-${m}-${day}`;
}

/** A text in every locale the handbook publishes. */
function text(model: HandbookModel, value: Bilingual): Record<string, string> {
  return Object.fromEntries(model.config.locales.map((l) => [l, value[l as keyof Bilingual] ?? value.en]));
}

/** A new entity's code, as its schema's pattern wants it: the id in capitals, at most 20 characters, no hyphen at the end. */
function codeOf(id: string): string {
  return trimEnd(id.toUpperCase().slice(0, 20), '-');
}

function first(list: readonly { id: string }[]): string {
  return list[0]?.id ?? '';
}

/** The data of a new entity of `kind`, or an Error when the handbook lacks what it needs. */
export function templateData(
  kind: NewKind,
  id: string,
  model: HandbookModel,
  today: string,
): Record<string, unknown> | Error {
  const t = (v: Bilingual) => text(model, v);
  const tx = model.config.taxonomies;
  const versioning = {
    version: '1.0.0',
    effective: today,
    reviewBy: addYears(today, 1),
    changelog: [{ version: '1.0.0', date: today, reason: t(TEXTS.firstRelease) }],
  };
  const owner = t(TEXTS.owner);
  const aTouchpoint = [...model.touchpoints.keys()][0];
  switch (kind) {
    case 'touchpoint':
      return {
        id,
        code: codeOf(id),
        title: t(TEXTS.title.touchpoint),
        summary: t(TEXTS.touchpointSummary),
        industry: first(tx.industries),
        category: first(tx.categories),
        journeyStage: first(tx.journeyStages),
        channel: first(tx.channels),
        impact: first(model.config.grading.levels),
        frequency: first(model.config.grading.levels),
        owner,
        ...versioning,
        items: [
          {
            id: 'first-item',
            text: t(TEXTS.itemText),
            dimension: first(tx.dimensions),
            tier: first(tx.tiers),
            check: t(TEXTS.itemCheck),
          },
        ],
      };
    case 'sop':
      if (!aTouchpoint) return new Error(TEXTS.sopNeedsTouchpoint);
      return {
        id,
        title: t(TEXTS.title.sop),
        touchpoints: [aTouchpoint],
        tier: first(tx.tiers),
        trigger: t(TEXTS.sopTrigger),
        owner,
        ...versioning,
        roles: [{ id: 'handler', name: t(TEXTS.handlerRole) }],
        steps: [
          {
            id: 'first-step',
            actor: 'handler',
            action: t(TEXTS.firstStepAction),
            timeLimit: 'PT15M',
          },
        ],
      };
    case 'checklist':
      if (!aTouchpoint) return new Error(TEXTS.checklistNeedsTouchpoint);
      return {
        id,
        title: t(TEXTS.title.checklist),
        purpose: 'self-assessment',
        owner,
        ...versioning,
        sections: [{ id: aTouchpoint, touchpoint: aTouchpoint }],
      };
    case 'case':
      return {
        id,
        code: codeOf(id),
        title: t(TEXTS.title.case),
        industry: first(tx.industries),
        touchpoints: aTouchpoint ? [aTouchpoint] : [],
        tags: [],
        date: today,
      };
    case 'guide':
      return { id, title: t(TEXTS.title.guide), order: 100 };
  }
}

/** The file text of a new entity: YAML with the schema modeline, or MDX with frontmatter. */
export function templateFile(
  kind: NewKind,
  id: string,
  model: HandbookModel,
  today: string,
  schemaPath: string,
): string | Error {
  const data = templateData(kind, id, model, today);
  if (data instanceof Error) return data;
  const doc = new Document(data);
  if (kind === 'case' || kind === 'guide') {
    const locale = model.config.defaultLocale === 'en' ? 'en' : 'zh-CN';
    const body =
      kind === 'case'
        ? CASE_SECTIONS.map((s) => `## ${s[locale]}\n\n${TEXTS.caseSectionBody[locale]}\n`).join('\n')
        : TEXTS.guideBody[locale];
    return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body}`;
  }
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}`;
  return doc.toString({ lineWidth: 0 });
}
