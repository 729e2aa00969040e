/**
 * Scorecards built from the gate's model (build-scorecard.ts).
 * Every expected number in this file was worked out by hand (in the comment beside it), not
 * copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import type { HandbookModel } from '../../../src/model/model.ts';
import { scoreAudit } from '../../../src/scoring/score.ts';
import { itemFingerprint } from '../../../src/scoring/fingerprints.ts';
import { scorecardFor } from '../../../src/scoring/build-scorecard.ts';
import { versionChanges } from '../../../src/scoring/version-changes.ts';
import { MINIMAL } from '../../helpers/fixtures.ts';

describe('scorecardFor', () => {
  const minimal = loadHandbook(MINIMAL, { today: '2026-11-22' }).model!;
  const example = loadHandbook('standards', { today: '2026-11-22' }).model!;

  it('builds a checklist scorecard with defaults applied, versions, fingerprints and handbook settings', () => {
    const c = scorecardFor(minimal, { checklist: 'cl-gate' })!;
    expect(c.scope).toEqual({ checklist: 'cl-gate', checklistVersion: '1.0.0' });
    expect(c.kind).toBe('mystery-shopper');
    expect(c.handbookVersion).toBe('1.0.0');
    expect(c.defaultLocale).toBe('zh-CN');
    expect(c.passMark).toBe(75);
    expect(c.bands.map((b) => [b.id, b.min])).toEqual([
      ['green', 90],
      ['amber', 75],
      ['red', 0],
    ]);
    expect(c.maturity).toEqual([
      { id: 'none', label: '无', value: 0 },
      { id: 'full', label: '完善', value: 1 },
    ]);
    const [s] = c.sections;
    expect(s).toMatchObject({
      id: 'gate',
      touchpoint: 'tp-gate',
      touchpointVersion: '1.0.0',
      title: { 'zh-CN': '大门', en: 'Gate' },
    });
    expect(s!.sopLimit).toBeUndefined(); // sop-reply has no priorities
    expect(s!.items.map((i) => [i.id, i.weight, i.answers, i.critical, i.naAllowed])).toEqual([
      ['uniform', 1, 'graded', 'none', true],
      ['greeting', 2, 'graded', 'none', true],
    ]);
    expect(s!.items[0]!.fingerprint).toBe(itemFingerprint(minimal.touchpoints.get('tp-gate')!.data.items[0]!));
    expect(scorecardFor(minimal, { checklist: 'nope' })).toBeUndefined();
  });

  it('builds an ad-hoc scorecard of touchpoints, one section each, titled in every locale', () => {
    const c = scorecardFor(example, { touchpoints: ['pm-pedestrian-gate', 'pm-elevator-car'] })!;
    expect(c.scope).toEqual({ touchpoints: ['pm-pedestrian-gate', 'pm-elevator-car'] });
    expect(c.kind).toBeUndefined();
    expect(c.title).toEqual({ 'zh-CN': '人行出入口、电梯轿厢', en: 'Pedestrian entrance · Elevator car' });
    expect(c.sections.map((s) => [s.id, s.items.length])).toEqual([
      ['pm-pedestrian-gate', 9],
      ['pm-elevator-car', example.touchpoints.get('pm-elevator-car')!.data.items.length],
    ]);
    const lux = c.sections[1]!.items.find((i) => i.threshold === '>= 300 lux')!;
    expect(lux.answers).toBe('measured');
    expect(scorecardFor(example, { touchpoints: ['pm-pedestrian-gate', 'nope'] })).toBeUndefined();
    expect(scorecardFor(example, { touchpoints: [] })).toBeUndefined();
  });

  it('takes the shortest resolve limit of the touchpoint’s SOPs (PT2H from the complaint classes)', () => {
    const c = scorecardFor(example, { touchpoints: ['pm-elevator-car', 'pm-roads-squares'] })!;
    expect(c.sections[0]!.sopLimit).toBe('PT2H');
    expect(c.sections[1]!.sopLimit).toBeUndefined();
  });

  it('follows SOP links written on either side', () => {
    const sop = minimal.sops.get('sop-reply')!;
    const tp = minimal.touchpoints.get('tp-gate')!;
    const { sops: _s, ...tpNoLink } = tp.data;
    const priorities = [
      { id: 'slow', label: 'slow', resolve: 'P2D' },
      { id: 'fast', label: 'fast', resolve: 'PT24H' },
      { id: 'none', label: 'none' },
    ];
    // Only the SOP names the touchpoint.
    const fromSop: HandbookModel = {
      ...minimal,
      sops: new Map([['sop-reply', { ...sop, data: { ...sop.data, priorities } }]]),
      touchpoints: new Map([['tp-gate', { ...tp, data: tpNoLink }]]),
    };
    expect(scorecardFor(fromSop, { checklist: 'cl-gate' })!.sections[0]!.sopLimit).toBe('PT24H');
    // Only the touchpoint names the SOP.
    const fromTp: HandbookModel = {
      ...minimal,
      sops: new Map([['sop-reply', { ...sop, data: { ...sop.data, touchpoints: ['other'], priorities } }]]),
    };
    expect(scorecardFor(fromTp, { checklist: 'cl-gate' })!.sections[0]!.sopLimit).toBe('PT24H');
  });

  it('uses the checklist’s bands over the handbook’s', () => {
    const cl = minimal.checklists.get('cl-gate')!;
    const bands: [{ id: string; min: number; label: string }, ...{ id: string; min: number; label: string }[]] = [
      { id: 'pass', min: 60, label: '合格' },
      { id: 'fail', min: 0, label: '不合格' },
    ];
    const model: HandbookModel = {
      ...minimal,
      checklists: new Map([['cl-gate', { ...cl, data: { ...cl.data, bands } }]]),
    };
    expect(scorecardFor(model, { checklist: 'cl-gate' })!.bands.map((b) => b.id)).toEqual(['pass', 'fail']);
  });

  it('scores the example audit record: 27 / 33 = 81.8, amber, pass, fingerprints current', () => {
    const record = example.audits.get('2026-11-pm-entrance-east-gate')!.data;
    const c = scorecardFor(example, { checklist: record.checklist! })!;
    const res = scoreAudit(c, record.responses, { date: record.date });
    // Pedestrian 8.5 / 11, vehicle 12.5 / 14, roads 6 / 8.
    expect(res.sections.map((s) => [s.id, s.earned, s.possible])).toEqual([
      ['pedestrian-gate', 8.5, 11],
      ['vehicle-gate', 12.5, 14],
      ['roads-squares', 6, 8],
    ]);
    expect(res.overall).toBeCloseTo((27 / 33) * 100, 10);
    expect(res.band?.id).toBe('amber');
    expect(res.verdict).toBe('pass');
    expect(res.problems).toEqual([]);
    expect(res.actions.map((a) => [a.item, a.due ?? null])).toEqual([
      ['friendly-greeting', null],
      ['clean-ground', null],
      ['night-lighting', '2026-11-19'],
      ['traffic-signs', '2026-11-21'],
      ['green-surroundings', null],
      ['suspicious-and-uncivil', null],
      ['surface-and-kerbs', '2026-11-21'],
    ]);
    expect(versionChanges(record, c)).toEqual({ added: [], removed: [], changed: [], exact: true, touchpoints: [] });
  });
});
