import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PASS_MARK,
  fill,
  gradeQuiz,
  normalizePassMark,
  parseProgress,
  percent,
  progressKey,
  progressStatus,
  recordAttempt,
  type Answers,
  type GradableQuestion,
} from '../../../src/scoring/quiz.ts';

const single: GradableQuestion = { id: 'q1', options: [{ id: 'a', correct: true }, { id: 'b' }, { id: 'c' }] };
const multiple: GradableQuestion = {
  id: 'q2',
  multiple: true,
  options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c' }],
};

describe('gradeQuiz', () => {
  it('single choice is right with exactly the right option', () => {
    expect(gradeQuiz([single], { q1: 'a' }).perQuestion[0]).toEqual({
      id: 'q1',
      correct: true,
      chosen: ['a'],
      right: ['a'],
    });
    expect(gradeQuiz([single], { q1: ['a'] }).correct).toBe(1);
    expect(gradeQuiz([single], { q1: 'b' }).perQuestion[0]).toEqual({
      id: 'q1',
      correct: false,
      chosen: ['b'],
      right: ['a'],
    });
    // More than the one option (a tampered or mis-wired form) is wrong, not "contains the right one".
    expect(gradeQuiz([single], { q1: ['a', 'b'] }).correct).toBe(0);
  });

  it('multiple choice is right with exactly the set of right options, in any order', () => {
    expect(gradeQuiz([multiple], { q2: ['b', 'a'] }).perQuestion[0]).toEqual({
      id: 'q2',
      correct: true,
      chosen: ['a', 'b'],
      right: ['a', 'b'],
    });
    expect(gradeQuiz([multiple], { q2: ['a'] }).correct, 'one missing').toBe(0);
    expect(gradeQuiz([multiple], { q2: ['a', 'b', 'c'] }).correct, 'one extra').toBe(0);
    expect(gradeQuiz([multiple], { q2: ['a', 'a', 'b'] }).correct, 'duplicates do not count twice').toBe(1);
    expect(gradeQuiz([multiple], { q2: 'a' }).correct).toBe(0);
  });

  it('skipped questions and unknown option ids are wrong; answers to unknown questions are ignored', () => {
    const r = gradeQuiz([single, multiple], { q1: undefined, q2: ['a', 'b', 'zz'], nope: 'a' });
    expect(r.perQuestion.map((p) => p.correct)).toEqual([false, false]);
    expect(r.perQuestion[1]!.chosen).toEqual(['a', 'b', 'zz']);
    expect(gradeQuiz([single], {}).perQuestion[0]!.chosen).toEqual([]);
    expect(gradeQuiz([single], { q1: '' }).perQuestion[0]!.chosen).toEqual([]);
    expect(gradeQuiz([single], { q1: null }).correct).toBe(0);
  });

  it('does not read answers off the prototype', () => {
    const q: GradableQuestion = { id: 'toString', options: [{ id: 'a', correct: true }, { id: 'b' }] };
    expect(gradeQuiz([q], {}).perQuestion[0]!.chosen).toEqual([]);
  });

  it('scores correct / asked and passes at score × 100 ≥ pass mark (80 by default)', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ ...single, id: `q${i}` }));
    const answers = (right: number): Answers => Object.fromEntries(five.map((q, i) => [q.id, i < right ? 'a' : 'b']));
    expect(gradeQuiz(five, answers(4))).toMatchObject({
      correct: 4,
      asked: 5,
      score: 0.8,
      passed: true,
      passMark: DEFAULT_PASS_MARK,
    });
    expect(gradeQuiz(five, answers(3))).toMatchObject({ correct: 3, score: 0.6, passed: false });
    expect(gradeQuiz(five, answers(3), 60).passed).toBe(true);
    expect(gradeQuiz(five, answers(0), 0).passed, 'a pass mark of 0 passes anyone who took it').toBe(true);
  });

  it('one wrong answer out of two fails at the default pass mark', () => {
    const r = gradeQuiz([single, multiple], { q1: 'a', q2: ['a'] });
    expect(r).toMatchObject({ correct: 1, asked: 2, score: 0.5, passed: false });
  });

  it('compares exactly where floating point would not (57 of 100 at a pass mark of 57)', () => {
    const qs = Array.from({ length: 100 }, (_, i) => ({ ...single, id: `q${i}` }));
    const answers = Object.fromEntries(qs.map((q, i) => [q.id, i < 57 ? 'a' : 'c']));
    expect(0.57 * 100).toBeLessThan(57); // why the comparison is done in integers
    expect(gradeQuiz(qs, answers, 57).passed).toBe(true);
    expect(percent(gradeQuiz(qs, answers, 57).score)).toBe(57);
  });

  it('an empty quiz scores 0 and does not pass', () => {
    expect(gradeQuiz([], {})).toEqual({ correct: 0, asked: 0, score: 0, passed: false, passMark: 80, perQuestion: [] });
  });

  it('normalizes the pass mark', () => {
    expect(normalizePassMark(undefined)).toBe(80);
    expect(normalizePassMark(null)).toBe(80);
    expect(normalizePassMark(Number.NaN)).toBe(80);
    expect(normalizePassMark(-5)).toBe(0);
    expect(normalizePassMark(150)).toBe(100);
    expect(normalizePassMark(75)).toBe(75);
  });
});

// ───────────────────────────── properties ─────────────────────────────

const optionIds = ['a', 'b', 'c', 'd', 'e'];
const arbQuestion = (id: string) =>
  fc
    .record({
      n: fc.integer({ min: 2, max: 5 }),
      multiple: fc.boolean(),
      seed: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      one: fc.nat(4),
    })
    .map(({ n, multiple, seed, one }): GradableQuestion => {
      const ids = optionIds.slice(0, n);
      const correct = multiple ? ids.map((_, i) => seed[i]!) : ids.map((_, i) => i === one % n);
      return { id, multiple, options: ids.map((o, i) => ({ id: o, correct: correct[i] })) };
    });
const arbQuiz = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbQuestion(`q${i}`))));
const arbAnswer: fc.Arbitrary<Answers[string]> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...optionIds, 'zz', ''),
  fc.array(fc.constantFrom(...optionIds, 'zz'), { maxLength: 6 }),
);
const arbMark = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

describe('gradeQuiz properties', () => {
  it('score is within 0..1, correct ≤ asked, and passed agrees with score × 100 ≥ pass mark', () => {
    fc.assert(
      fc.property(arbQuiz, fc.array(arbAnswer, { minLength: 12, maxLength: 12 }), arbMark, (qs, raw, mark) => {
        const answers = Object.fromEntries(qs.map((q, i) => [q.id, raw[i]]));
        const r = gradeQuiz(qs, answers, mark);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.asked).toBe(qs.length);
        expect(r.correct).toBe(r.perQuestion.filter((p) => p.correct).length);
        expect(r.correct).toBeLessThanOrEqual(r.asked);
        expect(r.passed).toBe(r.correct * 100 >= mark * r.asked);
        // Away from the boundary, the float reading of the rule agrees too.
        if (Math.abs(r.score * 100 - mark) > 1e-9) expect(r.passed).toBe(r.score * 100 >= mark);
      }),
    );
  });

  it('answering every question right passes at any pass mark ≤ 100', () => {
    fc.assert(
      fc.property(arbQuiz, arbMark, fc.boolean(), (qs, mark, reversed) => {
        const answers = Object.fromEntries(
          qs.map((q) => {
            const right = q.options.filter((o) => o.correct).map((o) => o.id);
            return [q.id, q.multiple ? (reversed ? right.reverse() : right) : right[0]];
          }),
        );
        const r = gradeQuiz(qs, answers, mark);
        expect(r.correct).toBe(qs.length);
        expect(r.score).toBe(1);
        expect(r.passed).toBe(true);
      }),
    );
  });

  it('changing one right answer to a wrong one never raises the score', () => {
    fc.assert(
      fc.property(arbQuiz, fc.nat(), (qs, pick) => {
        const right = Object.fromEntries(qs.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
        const q = qs[pick % qs.length]!;
        const wrong = { ...right, [q.id]: [...right[q.id]!, 'zz'] };
        expect(gradeQuiz(qs, wrong).score).toBeLessThan(gradeQuiz(qs, right).score);
      }),
    );
  });
});

// ───────────────────────────── progress ─────────────────────────────

describe('progress records', () => {
  const pass = gradeQuiz([single], { q1: 'a' });
  const fail = gradeQuiz([single], { q1: 'b' });

  it('keeps the best score, whether ever passed, and counts attempts', () => {
    const first = recordAttempt(undefined, fail, '1.0.0', '2026-01-01T10:00:00.000Z');
    expect(first).toEqual({
      best: 0,
      passed: false,
      attempts: 1,
      lastAt: '2026-01-01T10:00:00.000Z',
      version: '1.0.0',
      last: 0,
    });
    const second = recordAttempt(first, pass, '1.0.0', '2026-01-02T10:00:00.000Z');
    expect(second).toMatchObject({ best: 1, passed: true, attempts: 2, last: 1 });
    const third = recordAttempt(second, fail, '1.0.0', '2026-01-03T10:00:00.000Z');
    expect(third).toMatchObject({ best: 1, passed: true, attempts: 3, last: 0, lastAt: '2026-01-03T10:00:00.000Z' });
  });

  it('starts best and passed afresh when the standard has a new version', () => {
    const old = recordAttempt(undefined, pass, '1.0.0', '2026-01-01T10:00:00.000Z');
    expect(recordAttempt(old, fail, '1.1.0', '2026-02-01T10:00:00.000Z')).toMatchObject({
      best: 0,
      passed: false,
      attempts: 2,
      version: '1.1.0',
    });
  });

  it('reads back what it stores and rejects anything else', () => {
    const p = recordAttempt(undefined, pass, '2.0', '2026-01-01T00:00:00.000Z');
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
    for (const bad of [null, undefined, '', 'not json', '[]', 'null', '42', '{"best":"x"}', '{}', '{"best":null}'])
      expect(parseProgress(bad), String(bad)).toBeUndefined();
    expect(parseProgress('{"best":7,"attempts":-3,"passed":"yes"}')).toEqual({
      best: 1,
      passed: false,
      attempts: 0,
      lastAt: '',
      version: '',
      last: 1,
    });
  });

  it('status for the progress page', () => {
    expect(progressStatus(undefined)).toBe('not-yet');
    expect(progressStatus(recordAttempt(undefined, fail, '1', 't'))).toBe('not-passed');
    expect(progressStatus(recordAttempt(undefined, pass, '1', 't'))).toBe('passed');
    expect(progressKey('pm-lobby')).toBe('touchstone:quiz:pm-lobby');
  });
});

describe('helpers', () => {
  it('percent rounds down', () => {
    expect(percent(0.8)).toBe(80);
    expect(percent(2 / 3)).toBe(66);
    expect(percent(0.799)).toBe(79);
    expect(percent(1)).toBe(100);
    expect(percent(0)).toBe(0);
  });

  it('fill replaces known placeholders only', () => {
    expect(fill('{correct} of {asked} right', { correct: 3, asked: 4 })).toBe('3 of 4 right');
    expect(fill('{x} {constructor}', {})).toBe('{x} {constructor}');
  });
});
