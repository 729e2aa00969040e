/**
 * Audits as the audit page keeps them (storage.ts writes them): the start form of a new audit and
 * the audit it starts, an imported record, the list newest first.
 */
import type { Scorecard } from '../../scoring/scorecard.ts';
import type { AuditRecord } from '../../schema/types.generated.ts';
import { newRecord, type StoredAudit } from './audit.svelte.ts';

/** The start form: the scorecard chosen and the header the auditor fills in. */
export interface AuditDraft {
  card: Scorecard;
  site: string;
  auditor: string;
  date: string;
  kind: AuditRecord['kind'];
}

/** The start form of an audit of `card`: dated today, of the scorecard's kind (else a self-assessment). */
export function draftFor(card: Scorecard, today: string): AuditDraft {
  return { card, site: '', auditor: '', date: today, kind: card.kind ?? 'self-assessment' };
}

/** The audit the start form starts, pinned to the scorecard's versions (newRecord). */
export function startedAudit(draft: AuditDraft, id: string, now: string): StoredAudit {
  return {
    id,
    created: now,
    updated: now,
    record: newRecord(draft.card, { site: draft.site, auditor: draft.auditor, date: draft.date, kind: draft.kind }),
  };
}

/** An imported record, kept under `id`: the stored audit holds the id, the record does not. */
export function importedAudit(record: AuditRecord, id: string, now: string): StoredAudit {
  const { id: _drop, ...rest } = record;
  return { id, created: now, updated: now, record: rest as AuditRecord };
}

/** The audits, the last updated first. */
export function newestFirst(audits: StoredAudit[]): StoredAudit[] {
  return audits.sort((a, b) => (a.updated < b.updated ? 1 : -1));
}
