/**
 * The gate for one audit record outside the handbook folder — in the browser, where the auditor
 * imports a file: the same parsing (source.ts), the same audit schema (the generated standalone
 * validator, no ajv) and the same audit rules (rules.ts auditRules) as `touchstone check`, so a
 * mistake gets the same code, position and message. The handbook is not there: what the rules
 * need of it comes from the scorecard the record is scored against.
 *
 * Imports only what checking an audit needs (audit and defs schemas, validateAudit), so that a
 * browser bundle of it stays small.
 */
import auditSchema from '../../schemas/audit.schema.json' with { type: 'json' };
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import type { Entry } from '../model/model.ts';
import { auditRules, type RuleContext } from './rules.ts';
import { checkWithValidator } from './schema-errors.ts';
import type { Schema } from '../schema/schema-data.ts';
import { parseSource, type Range } from './source.ts';
import type { AuditRecord, Checklist, HandbookConfig, Touchpoint } from '../schema/types.generated.ts';
import { validateAudit } from './validators/audit.generated.js';

/** What the audit rules read of an item (a scoring/scorecard.ts ScorecardItem has it all). */
export interface AuditCardItem {
  id: string;
  answers?: 'binary' | 'graded' | 'maturity' | 'measured';
  naAllowed?: boolean;
  threshold?: string;
}

/** One section: a touchpoint, its version, and the items scored. */
export interface AuditCardSection {
  id: string;
  touchpoint: string;
  touchpointVersion?: string;
  weight?: number;
  items: readonly AuditCardItem[];
}

/**
 * What the rules need of the scorecard a record is checked against: its scope, sections with
 * their items, and the maturity levels. A scoring/scorecard.ts `Scorecard` is one.
 */
export interface AuditCard {
  scope: { checklist: string; checklistVersion: string } | { touchpoints: readonly string[] };
  sections: readonly AuditCardSection[];
  maturity?: readonly { id: string }[];
}

export interface AuditCheckOptions {
  /** Today's date (YYYY-MM-DD); the audit rules do not read it yet. */
  today?: string;
}

/** What a check found: diagnostics (sorted as the gate sorts them), and the parsed data when it passed the schema. */
export interface AuditCheckResult {
  diagnostics: Diagnostic[];
  /** The record's data once it parsed and passed the schema (there may still be rule errors). */
  data?: AuditRecord;
}

const SCHEMAS: readonly Schema[] = [auditSchema, defsSchema];
const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The slice of the handbook the audit rules read, rebuilt from a scorecard. */
export function ruleContextOf(
  card: AuditCard,
  report: Diagnostic[],
  today: string,
): { ctx: RuleContext; checklists: Map<string, Entry<Checklist>> } {
  const ids: RuleContext['ids'] = new Map();
  const touchpoints = new Map<string, Entry<Touchpoint>>();
  for (const s of card.sections) {
    ids.set(s.touchpoint, { kind: 'touchpoint', file: '', at: NOWHERE, duplicated: false });
    const known = touchpoints.get(s.touchpoint)?.data.items ?? [];
    const data = { id: s.touchpoint, version: s.touchpointVersion, items: [...known, ...s.items] };
    touchpoints.set(s.touchpoint, { id: s.touchpoint, file: '', data: data as unknown as Touchpoint });
  }
  const checklists = new Map<string, Entry<Checklist>>();
  if ('checklist' in card.scope) {
    const { checklist: id, checklistVersion: version } = card.scope;
    ids.set(id, { kind: 'checklist', file: '', at: NOWHERE, duplicated: false });
    const sections = card.sections.map((s) => {
      const section: Record<string, unknown> = { id: s.id, touchpoint: s.touchpoint, items: s.items.map((i) => i.id) };
      if (s.weight !== undefined) section.weight = s.weight;
      return section;
    });
    checklists.set(id, { id, file: '', data: { id, version, sections } as unknown as Checklist });
  }
  const config = {
    scoring: { maturityLevels: (card.maturity ?? []).map((m) => ({ id: m.id })) },
  } as unknown as HandbookConfig;
  return { ctx: { config, today, ids, touchpoints, report }, checklists };
}

/**
 * Checks an audit record (YAML or JSON) as the gate checks audits/<fileName>: parsing, the audit
 * schema, then — with a scorecard — the audit rules against it. Without `card` only parsing and
 * the schema run (enough to learn which scorecard the record names). Give a file's bytes, not a
 * browser's reading of them: the bytes are decoded as `touchstone check` decodes them, so a file
 * that is not UTF-8 is refused rather than read as mojibake. Never throws on bad content.
 */
export function checkAudit(
  content: string | Uint8Array,
  fileName: string,
  card?: AuditCard,
  options: AuditCheckOptions = {},
): AuditCheckResult {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const source = parseSource(fileName, bytes, { kind: 'audit' });
  if (source.diagnostics.length > 0 || source.data === undefined)
    return { diagnostics: [...source.diagnostics].sort(compareDiagnostics) };
  const report = checkWithValidator(validateAudit, 'audit', source, SCHEMAS);
  if (report.length > 0) return { diagnostics: report.sort(compareDiagnostics) };
  const data = source.data as AuditRecord;
  if (card) {
    const { ctx, checklists } = ruleContextOf(card, report, options.today ?? new Date().toISOString().slice(0, 10));
    const stem = fileName.slice(fileName.lastIndexOf('/') + 1).replace(/\.(ya?ml|json)$/, '');
    auditRules(ctx, { kind: 'audit', source, data, stem }, checklists);
  }
  return { diagnostics: report.sort(compareDiagnostics), data };
}

/**
 * The gate's diagnostics for an audit record's text checked against `card`: none when the record
 * is valid. Render them with diagnostics.ts renderDiagnostic (zh-CN or en).
 */
export function checkAuditText(
  text: string,
  fileName: string,
  card: AuditCard,
  options: AuditCheckOptions = {},
): Diagnostic[] {
  return checkAudit(text, fileName, card, options).diagnostics;
}
