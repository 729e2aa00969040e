/**
 * checkAuditText is the gate for one audit record in the browser: it must say exactly what
 * `touchstone check` says about the same file in standards/audits/ — codes, positions, pointers,
 * parameters, so the same messages in both languages.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAudit, checkAuditText, type AuditCard } from '../../../src/gate/audit-check.ts';
import type { Diagnostic } from '../../../src/gate/diagnostics.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import type { HandbookModel } from '../../../src/model/model.ts';
import type { Scorecard } from '../../../src/scoring/scorecard.ts';
import { cardFromModel, scopeOf } from '../../helpers/audit-card.ts';
import { snapshotOf } from '../../helpers/diagnostic-snapshot.ts';
import { BAD, buildFixture, FIXTURES, MINIMAL, REPO } from '../../helpers/fixtures.ts';

const TODAY = '2026-11-22';

const EMPTY: AuditCard = { scope: { touchpoints: [] }, sections: [] };

/** The card the record names in `model`, or an empty one (the rules then report the scope). */
function cardOf(model: HandbookModel, text: string): AuditCard {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return EMPTY;
  }
  const scope =
    data && typeof data === 'object' ? scopeOf(data as { checklist?: string; touchpoints?: string[] }) : undefined;
  return (scope && cardFromModel(model, scope)) ?? EMPTY;
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** What `touchstone check` says about `text` as <handbook>/<rel>: a temporary copy of the handbook with the file added. */
function nodeGate(handbook: string, rel: string, text: string): { diagnostics: Diagnostic[]; model: HandbookModel } {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-audit-'));
  temps.push(dir);
  cpSync(handbook, dir, { recursive: true });
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
  const result = loadHandbook(dir, { today: TODAY });
  return { diagnostics: result.diagnostics.filter((d) => d.file === rel), model: result.model! };
}

const minimal = loadHandbook(MINIMAL, { today: TODAY });
const example = loadHandbook(join(REPO, 'standards'), { today: TODAY });

describe('checkAuditText', () => {
  it('takes the scoring engine’s Scorecard as its card (checked by tsc)', () => {
    const asCard = (card: Scorecard): AuditCard => card;
    expect(typeof asCard).toBe('function');
  });

  it('passes the valid record of the minimal handbook, as YAML and as JSON', () => {
    expect(minimal.diagnostics).toEqual([]);
    const text = readFileSync(join(MINIMAL, 'audits/2026-01-gate.yaml'), 'utf8');
    const card = cardFromModel(minimal.model!, { checklist: 'cl-gate' })!;
    expect(checkAuditText(text, 'audits/2026-01-gate.yaml', card)).toEqual([]);
    expect(checkAuditText(JSON.stringify(parse(text), null, 2), 'audits/2026-01-gate.json', card)).toEqual([]);
  });

  it('passes the example record of the example handbook', () => {
    for (const name of readdirSync(join(REPO, 'standards/audits'))) {
      const text = readFileSync(join(REPO, 'standards/audits', name), 'utf8');
      expect(checkAuditText(text, `audits/${name}`, cardOf(example.model!, text)), name).toEqual([]);
    }
  });

  describe.each(readdirSync(BAD).filter((n) => n.startsWith('audit-')))('bad input %s', (name) => {
    it('gives the node gate’s diagnostics, at the marked lines', () => {
      const fixture = buildFixture(name);
      try {
        const result = loadHandbook(fixture.dir, { today: TODAY });
        const files = readdirSync(join(fixture.dir, 'audits')).filter((f) =>
          statSync(join(fixture.dir, 'audits', f)).isFile(),
        );
        expect(files.length).toBeGreaterThan(0);
        for (const f of files) {
          const rel = `audits/${f}`;
          const text = readFileSync(join(fixture.dir, rel), 'utf8');
          const browser = checkAuditText(text, rel, cardOf(result.model!, text));
          expect(browser, rel).toEqual(result.diagnostics.filter((d) => d.file === rel));
          for (const want of fixture.expectations.filter((e) => e.file === rel)) {
            expect(
              browser.filter((d) => d.code === want.code).map((d) => d.line),
              `${want.code} in ${rel}`,
            ).toContain(want.line);
          }
        }
      } finally {
        fixture.cleanup();
      }
    });
  });

  it('renders the same messages as the node gate’s snapshot, in zh-CN and en', () => {
    const fixture = buildFixture('audit-responses');
    try {
      const rel = 'audits/2026-01-gate.yaml';
      const text = readFileSync(join(fixture.dir, rel), 'utf8');
      const card = cardFromModel(minimal.model!, { checklist: 'cl-gate' })!;
      const rendered = checkAuditText(text, rel, card).map(snapshotOf);
      expect(rendered).toEqual(JSON.parse(readFileSync(join(BAD, 'audit-responses/expected.json'), 'utf8')));
    } finally {
      fixture.cleanup();
    }
  });

  it('agrees with the node gate on every audit record in the fixtures', () => {
    const dir = join(FIXTURES, 'audits');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
    } catch {
      // no such folder yet
    }
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const data = parse(text) as { checklist?: string; touchpoints?: string[] };
      const inMinimal = data.checklist
        ? minimal.model!.checklists.has(data.checklist)
        : (data.touchpoints ?? []).every((t) => minimal.model!.touchpoints.has(t));
      const handbook = inMinimal ? MINIMAL : join(REPO, 'standards');
      const rel = `audits/${f}`;
      const node = nodeGate(handbook, rel, text);
      expect(checkAuditText(text, rel, cardOf(node.model, text)), f).toEqual(node.diagnostics);
    }
  });

  const valid = readFileSync(join(MINIMAL, 'audits/2026-01-gate.yaml'), 'utf8');
  const cases: Record<string, string> = {
    'unknown key, with a suggestion': valid.replace('auditor:', 'auditer:'),
    'impossible date': valid.replace('2026-01-15', '2026-02-30'),
    'missing site': valid.replace(/^site: .*\n/m, ''),
    'wrong type': valid.replace('site: 一号门', 'site: [一号门]'),
    'bad kind': valid.replace('kind: mystery-shopper', 'kind: mystery-shoper'),
    'bad value pattern': valid.replace('value: conforms', 'value: Conforms'),
    'reading as text': valid.replace('value: conforms }', 'reading: "12" }'),
    'bad evidence entry': valid.replace('note: 未问候 }', 'note: 未问候, evidence: [""] }'),
    'YAML syntax error': valid.replace('responses:', 'responses: [\n'),
    'duplicate key': `${valid}site: 二号门\n`,
    'empty file': '# nothing here\n',
    'not a mapping': '- a\n- b\n',
    'unknown checklist': valid.replace('checklist: cl-gate', 'checklist: cl-gates'),
    'unknown touchpoint in an ad-hoc audit': valid.replace(
      /checklist: cl-gate\nchecklistVersion: 1.0.0\n/,
      'touchpoints: [tp-gates]\n',
    ),
    'ad-hoc audit with a measured item answered':
      valid.replace(/checklist: cl-gate\nchecklistVersion: 1.0.0\n/, 'touchpoints: [tp-gate]\n') +
      '  - { touchpoint: tp-gate, item: lighting, value: conforms }\n',
    'n/a and maturity values': valid.replace('value: conforms', 'value: full'),
    'changed touchpoint version': valid.replace('handbookVersion:', 'standards: { tp-gate: 0.9.0 }\nhandbookVersion:'),
    neither: valid.replace(/checklist: cl-gate\n/, ''),
    'item of the touchpoint that the checklist leaves out': `${valid}  - { touchpoint: tp-gate, item: lighting, reading: 310 }\n`,
  };

  it.each(Object.entries(cases))('agrees with the node gate: %s', (_, text) => {
    const rel = 'audits/record.yaml';
    const node = nodeGate(MINIMAL, rel, text);
    expect(node.diagnostics.length).toBeGreaterThan(0);
    const browser = checkAuditText(text, rel, cardOf(node.model, text));
    // Suggestions for unknown ids come from the scorecard, not the whole handbook.
    const bare = (list: Diagnostic[]) =>
      list.map((d) => (d.code === 'dangling-reference' ? { ...d, params: { ...d.params, suggestion: undefined } } : d));
    expect(bare(browser)).toEqual(bare(node.diagnostics));
  });

  it('without a scorecard, checks parsing and the schema and returns the data', () => {
    const ok = checkAudit(valid, 'a.yaml');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.data?.checklist).toBe('cl-gate');
    const bad = checkAudit(valid.replace('auditor:', 'auditer:'), 'a.yaml');
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['missing-required', 'unknown-key']);
    expect(bad.data).toBeUndefined();
    // The rules need the scorecard: a value no item accepts passes the schema.
    expect(checkAudit(valid.replace('value: conforms', 'value: maybe'), 'a.yaml').diagnostics).toEqual([]);
  });

  it('never throws on bad text', () => {
    const card = cardFromModel(minimal.model!, { checklist: 'cl-gate' })!;
    for (const text of [
      '',
      '\u0000\u0001',
      '{',
      'a: *b',
      'x'.repeat(1024 * 1024 + 1),
      '\uFEFF' + valid,
      valid.replace(/\n/g, '\r\n'),
    ]) {
      expect(() => checkAuditText(text, 'audits/x.yaml', card)).not.toThrow();
    }
    expect(checkAuditText('\uFEFF' + valid, 'audits/x.yaml', card)).toEqual([]);
    expect(checkAuditText(valid.replace(/\n/g, '\r\n'), 'audits/x.yaml', card)).toEqual([]);
  });
});
