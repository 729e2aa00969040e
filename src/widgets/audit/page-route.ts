/**
 * What the audit page's URL asks for: an audit in progress (`?id=`), a new audit of a checklist
 * (`?checklist=`) or of touchpoints picked by hand (`?touchpoints=a,b`), else the list of audits.
 */
import type { AuditRecord } from '../../schema/types.generated.ts';

/** The scorecard an audit is scored against: a checklist's, or one made of touchpoints. */
export type ScorecardScope = { checklist: string } | { touchpoints: string[] };

export type PageRoute = { kind: 'audit'; id: string } | { kind: 'new'; scope: ScorecardScope } | { kind: 'list' };

export function routeOf(params: URLSearchParams): PageRoute {
  const id = params.get('id');
  if (id) return { kind: 'audit', id };
  const checklist = params.get('checklist');
  const touchpoints = params.get('touchpoints')?.split(',').filter(Boolean);
  if (checklist || touchpoints?.length)
    return { kind: 'new', scope: checklist ? { checklist } : { touchpoints: touchpoints ?? [] } };
  return { kind: 'list' };
}

/** The query of a new audit of the touchpoints picked. */
export function adHocQuery(picked: readonly string[]): Record<string, string> {
  return { touchpoints: picked.join(',') };
}

/** The scorecard a record was made against. */
export function scopeOf(record: Pick<AuditRecord, 'checklist' | 'touchpoints'>): ScorecardScope {
  return record.checklist ? { checklist: record.checklist } : { touchpoints: record.touchpoints ?? [] };
}
