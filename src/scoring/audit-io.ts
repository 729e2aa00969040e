/**
 * Audit records in and out of the widget: YAML (with the schema modeline, ready for
 * standards/audits/), JSON, CSV for spreadsheets, and reading a record back through the gate
 * (audit-check.ts). Pure: no DOM, no storage, no network.
 */
import { Document, isMap, isScalar, isSeq, parse, visit } from 'yaml';
import { checkAudit, type AuditCard } from '../gate/audit-check.ts';
import { formatText, renderDiagnostic, type Diagnostic } from '../gate/diagnostics.ts';
import { localize, type Locale, type LocalizedText } from '../i18n/locale.ts';
import { CSV_HEADINGS } from '../i18n/scoring.ts';
import type { AuditRecord } from '../schema/types.generated.ts';

/** Where the schema is, seen from standards/audits/<file>. */
export const AUDIT_SCHEMA_PATH = '../../schemas/audit.schema.json';

const RECORD_KEYS = [
  'id',
  'checklist',
  'checklistVersion',
  'touchpoints',
  'handbookVersion',
  'standards',
  'fingerprints',
  'site',
  'auditor',
  'date',
  'kind',
  'responses',
] as const;
const RESPONSE_KEYS = ['touchpoint', 'item', 'value', 'reading', 'note', 'evidence'] as const;

/** The keys in the schema's order (unknown keys last, kept: a check then names them), undefined values dropped. */
function ordered(
  value: Record<string, unknown>,
  keys: readonly string[],
  skip: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  for (const [k, v] of Object.entries(value)) if (!(k in out) && !skip.includes(k) && v !== undefined) out[k] = v;
  return out;
}

/** The record as plain data in the schema's key order (no `$schema`). */
export function canonicalRecord(record: AuditRecord): Record<string, unknown> {
  const out = ordered(record as unknown as Record<string, unknown>, RECORD_KEYS, ['$schema']);
  if (Array.isArray(out.responses)) {
    out.responses = out.responses.map((r) =>
      r && typeof r === 'object' && !Array.isArray(r) ? ordered(r as Record<string, unknown>, RESPONSE_KEYS) : r,
    );
  }
  return out;
}

/**
 * The record as a YAML file for standards/audits/: the schema modeline first, keys in the
 * schema's order, short responses on one line (`- { touchpoint: …, item: …, value: … }`).
 * `schemaPath` is the modeline's path to audit.schema.json (default: from standards/audits/).
 */
export function recordToYaml(record: AuditRecord, options: { schemaPath?: string } = {}): string {
  const doc = new Document(canonicalRecord(record));
  const responses = doc.get('responses');
  if (isSeq(responses)) {
    for (const node of responses.items) {
      if (!isMap(node)) continue;
      const evidence = node.get('evidence');
      if (isSeq(evidence)) evidence.flow = true;
      if (!node.has('note') && !node.has('evidence')) node.flow = true;
    }
  }
  for (const key of ['touchpoints']) {
    const list = doc.get(key);
    if (isSeq(list)) list.flow = true;
  }
  // The gate reads YAML 1.2; quote what a YAML 1.1 reader would take for a boolean or a number
  // (yes, on, 1_000), so the file reads the same in any tool. Dates stay plain, as written by hand.
  visit(doc, {
    Scalar(_, node) {
      if (
        !isScalar(node) ||
        typeof node.value !== 'string' ||
        !/^[\w.+\-:~]+$/.test(node.value) ||
        /^\d{4}-\d\d-\d\d$/.test(node.value)
      )
        return;
      if (parse(node.value, { version: '1.1' }) !== node.value) node.type = 'QUOTE_DOUBLE';
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return `# yaml-language-server: $schema=${options.schemaPath ?? AUDIT_SCHEMA_PATH}\n${body}`;
}

/** The record as JSON (2-space indented, final newline), with `$schema` for editors. */
export function recordToJson(record: AuditRecord, options: { schemaPath?: string } = {}): string {
  return `${JSON.stringify({ $schema: options.schemaPath ?? AUDIT_SCHEMA_PATH, ...canonicalRecord(record) }, null, 2)}\n`;
}

/** What the CSV reads of a scorecard: item texts (a scorecard.ts Scorecard has them). */
export interface CsvCard {
  defaultLocale: string;
  sections: readonly { touchpoint: string; items: readonly { id: string; text: LocalizedText }[] }[];
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Free text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The responses as CSV, one row per response: touchpoint, item, item text (from `card`, in
 * `locale`, when given), value, reading, note, evidence (joined with "; "). RFC 4180 (CRLF, quoted
 * fields) with a UTF-8 byte order mark, so that Excel opens Chinese text correctly.
 */
export function recordToCsv(record: AuditRecord, card?: CsvCard, locale: Locale = 'zh-CN'): string {
  const texts = new Map<string, LocalizedText>();
  for (const s of card?.sections ?? []) for (const i of s.items) texts.set(`${s.touchpoint}/${i.id}`, i.text);
  const rows: string[][] = [[...CSV_HEADINGS[locale]]];
  for (const r of record.responses) {
    const text = texts.get(`${r.touchpoint}/${r.item}`);
    rows.push([
      r.touchpoint,
      r.item,
      csvText(text === undefined ? '' : localize(text, locale, card?.defaultLocale ?? locale).text),
      r.value ?? '',
      r.reading === undefined ? '' : String(r.reading),
      csvText(r.note ?? ''),
      csvText((r.evidence ?? []).join('; ')),
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** What parseRecord found: the record (and any warnings), or the diagnostics that reject it. */
export type RecordParse =
  { ok: true; record: AuditRecord; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a record from YAML or JSON, as text or as a file's bytes, through the gate
 * (audit-check.ts). Without `card`, only parsing and the schema: enough to see which scorecard the
 * record names (`checklist` or `touchpoints`); with it, the audit rules too. Not ok when there is
 * any error; warnings (such as a changed checklist version) come with the record.
 */
export function parseRecord(content: string | Uint8Array, fileName = 'audit.yaml', card?: AuditCard): RecordParse {
  const { diagnostics, data } = checkAudit(content, fileName, card);
  if (data === undefined || diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const record = { ...data } as AuditRecord & { $schema?: string };
  delete record.$schema;
  return { ok: true, record, diagnostics };
}

/** The scope a record names, as loaders of scorecards take it. */
export type RecordScope = { checklist: string } | { touchpoints: string[] };

/** Diagnostics as the lines `touchstone check` prints (file:line:col, message, hint), in `locale`. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale): string[] {
  return diagnostics.map((d) => formatText(renderDiagnostic(d, locale), locale));
}

/**
 * Imports a record in two steps: parse and schema, then the rules against the scorecard the
 * record names, fetched with `loadCard` (which may throw or return undefined when there is no
 * such scorecard: the record is then checked as naming an unknown checklist or touchpoints).
 * Give a file's bytes: they are decoded as the CLI decodes them (a file that is not UTF-8 is an
 * error). Errors come back as formatted lines in `locale`; warnings with the record.
 */
export async function importRecord(
  content: string | Uint8Array,
  fileName: string,
  loadCard: (scope: RecordScope) => Promise<AuditCard | undefined>,
  locale: Locale,
): Promise<{ record: AuditRecord; warnings: string[] } | { errors: string[] }> {
  const first = parseRecord(content, fileName);
  if (!first.ok) return { errors: formatDiagnostics(first.diagnostics, locale) };
  const r = first.record;
  let card: AuditCard | undefined;
  // A record naming both a checklist and touchpoints, or neither, is an error whatever the card.
  if ((r.checklist === undefined) !== (r.touchpoints === undefined)) {
    try {
      card = await loadCard(
        r.checklist !== undefined ? { checklist: r.checklist } : { touchpoints: [...(r.touchpoints ?? [])] },
      );
    } catch {
      card = undefined;
    }
  }
  const full = parseRecord(content, fileName, card ?? { scope: { touchpoints: [] }, sections: [] });
  if (!full.ok) return { errors: formatDiagnostics(full.diagnostics, locale) };
  return { record: full.record, warnings: formatDiagnostics(full.diagnostics, locale) };
}
