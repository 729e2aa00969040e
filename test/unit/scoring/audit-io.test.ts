/** Records out of the widget and back in: YAML that `touchstone check` accepts, JSON, CSV for Excel, and import through the gate. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  canonicalRecord,
  formatDiagnostics,
  importRecord,
  parseRecord,
  recordToCsv,
  recordToJson,
  recordToYaml,
  type RecordScope,
} from '../../../src/scoring/audit-io.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import type { AuditRecord } from '../../../src/schema/types.generated.ts';
import { cardFromModel } from '../../helpers/audit-card.ts';
import { MINIMAL, tempHandbook } from '../../helpers/fixtures.ts';

const TODAY = '2026-11-22';
const model = loadHandbook(MINIMAL, { today: TODAY }).model!;
const checklistCard = cardFromModel(model, { checklist: 'cl-gate' })!;
const adhocCard = cardFromModel(model, { touchpoints: ['tp-gate'] })!;

const tricky: AuditRecord = {
  id: 'audit-2026-03-31-gate',
  touchpoints: ['tp-gate'],
  handbookVersion: '1.0.0',
  standards: { 'tp-gate': '1.0.0' },
  fingerprints: { 'tp-gate/uniform': '0d457219b8dff9', 'tp-gate/lighting': '1562183733b07d' },
  site: 'yes',
  auditor: '- 李四: "夜班" # not a comment',
  date: '2026-03-31',
  kind: 'internal-audit',
  responses: [
    { touchpoint: 'tp-gate', item: 'uniform', value: 'conforms' },
    { touchpoint: 'tp-gate', item: 'greeting', value: 'na', note: 'null' },
    {
      touchpoint: 'tp-gate',
      item: 'lighting',
      reading: 280.5,
      note: '第一行: 有冒号, and a comma\n  second line, indented\n"quoted" & \'single\' #hash\n=SUM(A1)\n',
      evidence: ['tp-gate.lighting.abc123.jpg', 'a, b [c] {d}.jpg', '123'],
    },
  ],
};

/** `touchstone check` on a temporary copy of the minimal handbook with `text` as audits/<name>. */
function check(name: string, text: string) {
  const h = tempHandbook();
  try {
    writeFileSync(join(h.dir, 'audits', name), text);
    return loadHandbook(h.dir, { today: TODAY }).diagnostics;
  } finally {
    h.cleanup();
  }
}

describe('recordToYaml', () => {
  it('starts with the schema modeline and passes `touchstone check` in standards/audits/', () => {
    const minimal = parse(readFileSync(join(MINIMAL, 'audits/2026-01-gate.yaml'), 'utf8')) as AuditRecord;
    for (const record of [minimal, tricky]) {
      const yaml = recordToYaml(record);
      expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/audit.schema.json');
      expect(check('exported.yaml', yaml)).toEqual([]);
      expect(parse(yaml)).toEqual(canonicalRecord(record));
    }
  });

  it('writes keys in the schema’s order and short responses on one line, like the hand-written records', () => {
    const yaml = recordToYaml({ ...tricky, responses: [...tricky.responses].reverse() });
    expect(yaml).toContain('\n  - { touchpoint: tp-gate, item: uniform, value: conforms }\n');
    expect(yaml.indexOf('\nid:')).toBeLessThan(yaml.indexOf('\ntouchpoints:'));
    expect(yaml.indexOf('\nfingerprints:')).toBeLessThan(yaml.indexOf('\nsite:'));
    expect(yaml.indexOf('\nkind:')).toBeLessThan(yaml.indexOf('\nresponses:'));
    expect(yaml).toMatch(/\n {4}evidence: \[ .* \]\n/);
    // Read the same by YAML 1.1 tools: yes is not a boolean there either.
    expect(yaml).toContain('\nsite: "yes"\n');
    expect(yaml).toContain('\ndate: 2026-03-31\n');
  });

  it('round-trips any text through the gate', () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        text,
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(text, { maxLength: 3 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (site, note, evidence, reading) => {
          const record: AuditRecord = {
            ...tricky,
            site,
            auditor: site,
            responses: [
              {
                touchpoint: 'tp-gate',
                item: 'lighting',
                reading: Object.is(reading, -0) ? 0 : reading,
                note,
                evidence,
              },
            ],
          };
          const back = parseRecord(recordToYaml(record), 'audits/x.yaml', adhocCard);
          expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(back.ok && back.record).toEqual(canonicalRecord(record));
          const json = parseRecord(recordToJson(record), 'audits/x.json', adhocCard);
          expect(json.ok && json.record).toEqual(canonicalRecord(record));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('recordToJson', () => {
  it('is indented JSON with $schema that passes `touchstone check` as audits/*.json', () => {
    const json = recordToJson(tricky);
    expect(json.endsWith('}\n')).toBe(true);
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(data)[0]).toBe('$schema');
    expect(data.$schema).toBe('../../schemas/audit.schema.json');
    expect(check('exported.json', json)).toEqual([]);
  });
});

describe('recordToCsv', () => {
  const csv = recordToCsv(tricky, adhocCard, 'en');

  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFTouchpoint,Item,Item text,Value,Reading,Note,Evidence\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  /** A small RFC 4180 reader, to read the CSV back. */
  function readCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        i++;
      } else field += c;
    }
    return rows;
  }

  it('has one row per response, quoted where needed, with item texts from the card', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + tricky.responses.length);
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(rows[1]).toEqual(['tp-gate', 'uniform', '制服整洁。', 'conforms', '', '', '']);
    expect(rows[3]![0]).toBe('tp-gate');
    expect(rows[3]![4]).toBe('280.5');
    expect(rows[3]![5]).toBe(tricky.responses[2]!.note);
    expect(rows[3]![6]).toBe('tp-gate.lighting.abc123.jpg; a, b [c] {d}.jpg; 123');
  });

  it('keeps spreadsheets from running text as a formula', () => {
    const record: AuditRecord = {
      ...tricky,
      responses: [
        { touchpoint: 'tp-gate', item: 'uniform', note: '=HYPERLINK("http://x")' },
        { touchpoint: 'tp-gate', item: 'greeting', note: '+1', reading: -3 },
      ],
    };
    const rows = readCsv(recordToCsv(record).slice(1));
    expect(rows[1]![5]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[2]![5]).toBe("'+1");
    expect(rows[2]![4]).toBe('-3');
  });

  it('has headers in Chinese by default, and empty item texts without a card', () => {
    const rows = readCsv(recordToCsv(tricky).slice(1));
    expect(rows[0]).toEqual(['触点', '条目', '条目内容', '回答', '读数', '备注', '证据']);
    expect(rows[1]![2]).toBe('');
    expect(readCsv(recordToCsv(tricky, checklistCard, 'zh-CN').slice(1))[2]![2]).toBe('主动问候。');
  });
});

describe('parseRecord and importRecord', () => {
  const valid = readFileSync(join(MINIMAL, 'audits/2026-01-gate.yaml'), 'utf8');

  it('returns the record of valid text, without $schema', () => {
    const r = parseRecord(recordToJson(parse(valid) as AuditRecord), 'a.json', checklistCard);
    expect(r.ok).toBe(true);
    expect(r.ok && r.record).toEqual(parse(valid));
  });

  it('rejects text with errors, and keeps warnings with a record', () => {
    const broken = parseRecord(valid.replace('value: conforms', 'value: "yes"'), 'a.yaml', checklistCard);
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => d.code)).toEqual(['audit-bad-value']);
    const old = parseRecord(
      valid.replace('checklistVersion: 1.0.0', 'checklistVersion: 0.9.0'),
      'a.yaml',
      checklistCard,
    );
    expect(old.ok).toBe(true);
    expect(old.diagnostics.map((d) => d.code)).toEqual(['audit-version-changed']);
    expect(parseRecord('a: [', 'a.yaml').ok).toBe(false);
  });

  it('formats diagnostics as `touchstone check` prints them', () => {
    const broken = parseRecord(valid.replace('auditor:', 'auditer:'), 'import/a.yaml');
    const [en] = formatDiagnostics(
      broken.diagnostics.filter((d) => d.code === 'unknown-key'),
      'en',
    );
    expect(en).toBe(
      'import/a.yaml:5:1  error  unknown-key  (at /auditer)\n  Unknown field "auditer".\n  hint: Did you mean "auditor"?',
    );
    expect(formatDiagnostics(broken.diagnostics, 'zh-CN')[0]).toContain('错误');
  });

  it('loads the scorecard the record names, and checks against it', async () => {
    const asked: RecordScope[] = [];
    const load = async (scope: RecordScope) => (
      asked.push(scope),
      'checklist' in scope ? cardFromModel(model, scope) : undefined
    );
    const ok = await importRecord(valid, 'a.yaml', load, 'en');
    expect(ok).toEqual({ record: parse(valid), warnings: [] });
    expect(asked).toEqual([{ checklist: 'cl-gate' }]);

    const bad = await importRecord(valid.replace('value: conforms', 'value: "yes"'), 'a.yaml', load, 'en');
    expect('errors' in bad && bad.errors[0]).toMatch(/^a\.yaml:9:\d+ {2}error {2}audit-bad-value/);

    const missing = await importRecord(valid.replace('cl-gate', 'cl-elsewhere'), 'a.yaml', load, 'zh-CN');
    expect('errors' in missing && missing.errors.join('\n')).toContain('dangling-reference');

    const failing = await importRecord(valid, 'a.yaml', () => Promise.reject(new Error('offline')), 'en');
    expect('errors' in failing && failing.errors[0]).toContain('dangling-reference');

    const schema = await importRecord('site: x\n', 'a.yaml', load, 'en');
    expect('errors' in schema && schema.errors.length).toBeGreaterThan(0);
    expect(asked).toHaveLength(3);
  });
});
