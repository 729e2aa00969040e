/**
 * Due dates of corrective actions (due-dates.ts), alone and as scoreAudit fills them in.
 * Every expected number in this file was worked out by hand (in the comment beside it), not
 * copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { addDuration } from '../../../src/scoring/due-dates.ts';
import { scoreAudit } from '../../../src/scoring/score.ts';
import { card, item, r, section } from '../../helpers/scorecards.ts';

describe('due dates', () => {
  it('adds durations exactly, months and years calendar-wise', () => {
    expect(addDuration('2026-11-18', 'PT24H')).toBe('2026-11-19');
    expect(addDuration('2026-11-18', 'PT2H')).toBe('2026-11-18');
    expect(addDuration('2026-11-18', 'PT23H59M59S')).toBe('2026-11-18');
    expect(addDuration('2026-11-18', 'PT25H')).toBe('2026-11-19');
    expect(addDuration('2026-11-18', 'PT48H')).toBe('2026-11-20');
    expect(addDuration('2026-11-18', 'P3D')).toBe('2026-11-21');
    expect(addDuration('2026-12-31', 'P1D')).toBe('2027-01-01');
    expect(addDuration('2026-12-25', 'P1W')).toBe('2027-01-01');
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addDuration('2028-01-31', 'P1M')).toBe('2028-02-29');
    expect(addDuration('2026-03-31', 'P1M')).toBe('2026-04-30');
    expect(addDuration('2026-11-30', 'P3M')).toBe('2027-02-28');
    expect(addDuration('2026-10-15', 'P14M')).toBe('2027-12-15');
    expect(addDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
    expect(addDuration('2026-01-31', 'P1M1D')).toBe('2026-03-01');
    expect(addDuration('2026-03-28', 'P1DT24H')).toBe('2026-03-30');
    expect(addDuration('2026-02-30', 'P1D')).toBeUndefined();
    expect(addDuration('2026-11-18', '3 days')).toBeUndefined();
  });

  it('due = audit date + item time limit, else + the section SOP limit, else none', () => {
    const c = card([
      section('a', [item('a', 'own', { timeLimit: 'P1M' }), item('a', 'sop'), item('a', 'ok')], { sopLimit: 'PT2H' }),
      section('b', [item('b', 'none')]),
    ]);
    const res = scoreAudit(
      c,
      [
        r('a', 'own', 'fails', { note: 'n', evidence: ['p.jpg'] }),
        r('a', 'sop', 'partly'),
        r('a', 'ok', 'conforms'),
        r('b', 'none', 'fails'),
      ],
      { date: '2026-01-31' },
    );
    expect(res.actions).toEqual([
      {
        touchpoint: 'a',
        item: 'own',
        section: 'a',
        value: 0,
        note: 'n',
        evidence: ['p.jpg'],
        due: '2026-02-28',
        limit: 'P1M',
        redLine: false,
      },
      { touchpoint: 'a', item: 'sop', section: 'a', value: 0.5, due: '2026-01-31', limit: 'PT2H', redLine: false },
      { touchpoint: 'b', item: 'none', section: 'b', value: 0, redLine: false },
    ]);
  });

  it('counts from today when no date is given', () => {
    const c = card([section('a', [item('a', 'x', { timeLimit: 'P1D' })])]);
    const due = scoreAudit(c, [r('a', 'x', 'fails')]).actions[0]!.due!;
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(due).toBe(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`);
  });
});
