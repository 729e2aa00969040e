/**
 * The placeholder texts of a new standard's starting file (src/editor/templates.ts: `touchstone
 * new` and the editor's "new"), zh-CN and en: the author rewrites them.
 */
import type { Bilingual } from './locale.ts';

export const STARTING_TEXTS = {
  title: {
    touchpoint: { 'zh-CN': '新触点（请改写标题）', en: 'New touchpoint (rewrite this title)' },
    sop: { 'zh-CN': '新标准作业程序（请改写标题）', en: 'New SOP (rewrite this title)' },
    checklist: { 'zh-CN': '新检查表（请改写标题）', en: 'New checklist (rewrite this title)' },
    case: { 'zh-CN': '新案例（请改写标题）', en: 'New case (rewrite this title)' },
    guide: { 'zh-CN': '新指南（请改写标题）', en: 'New guide (rewrite this title)' },
  },
  firstRelease: { 'zh-CN': '首次发布。', en: 'First release.' },
  owner: { 'zh-CN': '（责任部门）', en: '(owner department)' },
  touchpointSummary: {
    'zh-CN': '客户在这里接触到什么，为什么重要。',
    en: 'What the customer meets here, and why it matters.',
  },
  itemText: { 'zh-CN': '写一条可以现场检查的要求。', en: 'Write one requirement that can be checked on site.' },
  itemCheck: { 'zh-CN': '说明如何检查。', en: 'Say how to check it.' },
  sopTrigger: { 'zh-CN': '什么情况下启动本程序。', en: 'What starts this procedure.' },
  handlerRole: { 'zh-CN': '受理人', en: 'Handler' },
  firstStepAction: { 'zh-CN': '写下第一步要做的事。', en: 'Write what the first step does.' },
  /** Under each heading of a new case's body. */
  caseSectionBody: { 'zh-CN': '在此撰写。', en: 'Write this part.' },
  guideBody: { 'zh-CN': '在此撰写指南。\n', en: 'Write the guide here.\n' },
  sopNeedsTouchpoint:
    'An SOP serves at least one touchpoint: create a touchpoint first. / SOP 至少服务一个触点：请先创建触点。',
  checklistNeedsTouchpoint:
    'A checklist scores touchpoints: create a touchpoint first. / 检查表对触点评分：请先创建触点。',
} satisfies Record<string, Bilingual | Record<string, Bilingual> | string>;
