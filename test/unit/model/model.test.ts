import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { backlinks, gradeOf, ruleGrade, scorecardSections } from '../../../src/model/model.ts';
import { localize } from '../../../src/i18n/locale.ts';
import { MINIMAL } from '../../helpers/fixtures.ts';

const example = loadHandbook('standards', { today: '2026-11-22' });
const model = example.model!;

describe('the example handbook model', () => {
  it('loads with no diagnostics and covers what the handbook promises', () => {
    expect(example.diagnostics).toEqual([]);
    expect(model.touchpoints.size).toBeGreaterThanOrEqual(12);
    expect(new Set([...model.touchpoints.values()].map((t) => t.data.industry)).size).toBeGreaterThanOrEqual(4);
    expect(model.sops.size).toBeGreaterThanOrEqual(4);
    expect(model.checklists.size).toBeGreaterThanOrEqual(2);
    expect(model.cases.size).toBeGreaterThanOrEqual(6);
    for (const c of model.cases.values()) expect([...c.translations.keys()]).toEqual(['en']);
  });

  it('has the seed item counts for the property entrances and roads', () => {
    expect(model.touchpoints.get('pm-pedestrian-gate')!.data.items).toHaveLength(9);
    expect(model.touchpoints.get('pm-vehicle-gate')!.data.items).toHaveLength(10);
    expect(model.touchpoints.get('pm-roads-squares')!.data.items).toHaveLength(5);
    const elevator = model.touchpoints
      .get('pm-elevator-car')!
      .data.items.map((i) => i.threshold)
      .filter(Boolean);
    expect(elevator).toEqual(expect.arrayContaining(['>= 300 lux', '<= 55 dB', 'every 15 days']));
  });

  it('derives grades from impact × frequency, and honours an override', () => {
    const { config } = model;
    expect(ruleGrade(config, 'high', 'high')).toBe('key');
    expect(ruleGrade(config, 'low', 'high')).toBe('important');
    const notice = model.touchpoints.get('bk-transfer-notice')!.data;
    expect(ruleGrade(config, notice.impact, notice.frequency)).toBe('important');
    expect(gradeOf(config, notice)).toBe('key');
  });

  it('links touchpoints, SOPs and cases both ways, whichever side wrote the link', () => {
    const b = backlinks(model);
    for (const [sop, tps] of b.touchpointsOfSop)
      for (const tp of tps) expect(b.sopsOfTouchpoint.get(tp)).toContain(sop);
    expect(b.casesOfTouchpoint.get('pm-pedestrian-gate')).toContain('case-pm-twenty-touchpoints');
    expect(b.checklistsOfTouchpoint.get('pm-vehicle-gate')).toContain('cl-pm-entrance-mystery');
  });
});

describe('scorecard sections', () => {
  const minimal = loadHandbook(MINIMAL, { today: '2026-11-22' }).model!;
  it("take the checklist's chosen items, or every item for an ad-hoc audit", () => {
    const checklist = minimal.checklists.get('cl-gate')!.data;
    expect(scorecardSections(minimal.touchpoints, { checklist }).map((s) => s.items.map((i) => i.id))).toEqual([
      ['uniform', 'greeting'],
    ]);
    expect(scorecardSections(minimal.touchpoints, { touchpoints: ['tp-gate'] })[0]!.items.map((i) => i.id)).toEqual([
      'uniform',
      'greeting',
      'lighting',
    ]);
  });
});

describe('localize', () => {
  it('falls back to the default locale and says which locale it returned', () => {
    expect(localize({ 'zh-CN': '大门', en: 'Gate' }, 'en', 'zh-CN')).toEqual({ text: 'Gate', lang: 'en' });
    expect(localize({ 'zh-CN': '大门' }, 'en', 'zh-CN')).toEqual({ text: '大门', lang: 'zh-CN' });
    expect(localize('大门', 'en', 'zh-CN')).toEqual({ text: '大门', lang: 'zh-CN' });
  });
});
