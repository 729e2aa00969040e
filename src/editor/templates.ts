/**
 * Starting files for `touchstone new` (and the editor's "new" flows): valid against the schemas
 * and the given handbook, so an author starts from a file that passes the gate.
 */
import { Document } from 'yaml';
import type { HandbookModel } from '../model/model.ts';
import { CASE_SECTIONS } from '../gate/rules.ts';
import type { Bilingual } from '../i18n/locale.ts';
import { trimEnd } from '../text/trim.ts';

export const NEW_KINDS = ['touchpoint', 'sop', 'checklist', 'case', 'guide'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

const PLACEHOLDER: Record<string, Bilingual> = {
  touchpoint: { 'zh-CN': '新触点（请改写标题）', en: 'New touchpoint (rewrite this title)' },
  sop: { 'zh-CN': '新标准作业程序（请改写标题）', en: 'New SOP (rewrite this title)' },
  checklist: { 'zh-CN': '新检查表（请改写标题）', en: 'New checklist (rewrite this title)' },
  case: { 'zh-CN': '新案例（请改写标题）', en: 'New case (rewrite this title)' },
  guide: { 'zh-CN': '新指南（请改写标题）', en: 'New guide (rewrite this title)' },
};

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) + years}-${m}-${day}`;
}

/** A text in every locale the handbook publishes. */
function text(model: HandbookModel, value: Bilingual): Record<string, string> {
  return Object.fromEntries(model.config.locales.map((l) => [l, value[l as keyof Bilingual] ?? value.en]));
}

function first(list: readonly { id: string }[]): string {
  return list[0]?.id ?? '';
}

/** The data of a new entity of `kind`, or an Error when the handbook lacks what it needs. */
export function templateData(kind: NewKind, id: string, model: HandbookModel, today: string): Record<string, unknown> | Error {
  const t = (v: Bilingual) => text(model, v);
  const tx = model.config.taxonomies;
  const versioning = {
    version: '1.0.0',
    effective: today,
    reviewBy: addYears(today, 1),
    changelog: [{ version: '1.0.0', date: today, reason: t({ 'zh-CN': '首次发布。', en: 'First release.' }) }],
  };
  const owner = t({ 'zh-CN': '（责任部门）', en: '(owner department)' });
  const aTouchpoint = [...model.touchpoints.keys()][0];
  switch (kind) {
    case 'touchpoint':
      return {
        id,
        code: trimEnd(id.toUpperCase().slice(0, 20), '-'),
        title: t(PLACEHOLDER.touchpoint!),
        summary: t({ 'zh-CN': '客户在这里接触到什么，为什么重要。', en: 'What the customer meets here, and why it matters.' }),
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
            text: t({ 'zh-CN': '写一条可以现场检查的要求。', en: 'Write one requirement that can be checked on site.' }),
            dimension: first(tx.dimensions),
            tier: first(tx.tiers),
            check: t({ 'zh-CN': '说明如何检查。', en: 'Say how to check it.' }),
          },
        ],
      };
    case 'sop':
      if (!aTouchpoint) return new Error('An SOP serves at least one touchpoint: create a touchpoint first. / SOP 至少服务一个触点：请先创建触点。');
      return {
        id,
        title: t(PLACEHOLDER.sop!),
        touchpoints: [aTouchpoint],
        tier: first(tx.tiers),
        trigger: t({ 'zh-CN': '什么情况下启动本程序。', en: 'What starts this procedure.' }),
        owner,
        ...versioning,
        roles: [{ id: 'handler', name: t({ 'zh-CN': '受理人', en: 'Handler' }) }],
        steps: [
          {
            id: 'first-step',
            actor: 'handler',
            action: t({ 'zh-CN': '写下第一步要做的事。', en: 'Write what the first step does.' }),
            timeLimit: 'PT15M',
          },
        ],
      };
    case 'checklist':
      if (!aTouchpoint) return new Error('A checklist scores touchpoints: create a touchpoint first. / 检查表对触点评分：请先创建触点。');
      return {
        id,
        title: t(PLACEHOLDER.checklist!),
        purpose: 'self-assessment',
        owner,
        ...versioning,
        sections: [{ id: aTouchpoint, touchpoint: aTouchpoint }],
      };
    case 'case':
      return {
        id,
        code: trimEnd(id.toUpperCase().slice(0, 20), '-'),
        title: t(PLACEHOLDER.case!),
        industry: first(tx.industries),
        touchpoints: aTouchpoint ? [aTouchpoint] : [],
        tags: [],
        date: today,
      };
    case 'guide':
      return { id, title: t(PLACEHOLDER.guide!), order: 100 };
  }
}

/** The file text of a new entity: YAML with the schema modeline, or MDX with frontmatter. */
export function templateFile(kind: NewKind, id: string, model: HandbookModel, today: string, schemaPath: string): string | Error {
  const data = templateData(kind, id, model, today);
  if (data instanceof Error) return data;
  const doc = new Document(data);
  if (kind === 'case' || kind === 'guide') {
    const locale = model.config.defaultLocale === 'en' ? 'en' : 'zh-CN';
    const body =
      kind === 'case'
        ? CASE_SECTIONS.map((s) => `## ${s[locale]}\n\n${locale === 'en' ? 'Write this part.' : '在此撰写。'}\n`).join('\n')
        : locale === 'en'
          ? 'Write the guide here.\n'
          : '在此撰写指南。\n';
    return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body}`;
  }
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}`;
  return doc.toString({ lineWidth: 0 });
}
