/**
 * What changed between the standards an audit record was pinned to and the scorecard now, by the
 * fingerprints the record kept (fingerprints.ts) and the versions it names.
 */
import type { AuditRecord } from '../schema/types.generated.ts';
import { cardFingerprints } from './fingerprints.ts';
import type { Scorecard } from './scorecard.ts';

export interface VersionChanges {
  /** "touchpoint/item" on the scorecard now but not when the record was made. */
  added: string[];
  /** "touchpoint/item" in the record's scorecard (or answered in it) but no longer on the scorecard. */
  removed: string[];
  /** "touchpoint/item" whose fingerprint differs. */
  changed: string[];
  /** Addition: whether the record carried fingerprints, so that the three lists are exact. Without them only removed items answered in the record can be named. */
  exact: boolean;
  /** Addition: touchpoints whose version differs from the one the record names. */
  touchpoints: { id: string; from: string; to: string }[];
  /** Addition: the checklist's version change, when the record names another version. */
  checklist?: { id: string; from: string; to: string };
}

/**
 * What changed between the standards an audit record was pinned to and the scorecard now: items
 * added, removed or changed (by fingerprint, "touchpoint/item"), and versions that differ. Without
 * fingerprints in the record it does not guess: only answered items that left the scorecard are named.
 */
export function versionChanges(record: AuditRecord, card: Scorecard): VersionChanges {
  const now = cardFingerprints(card);
  const out: VersionChanges = {
    added: [],
    removed: [],
    changed: [],
    exact: record.fingerprints !== undefined,
    touchpoints: [],
  };
  if (record.fingerprints !== undefined) {
    const then = record.fingerprints;
    for (const [key, fp] of Object.entries(now)) {
      const old = then[key];
      if (old === undefined) out.added.push(key);
      else if (old !== fp) out.changed.push(key);
    }
    for (const key of Object.keys(then)) if (!Object.hasOwn(now, key)) out.removed.push(key);
  } else {
    for (const r of record.responses) {
      const key = `${r.touchpoint}/${r.item}`;
      if (!Object.hasOwn(now, key) && !out.removed.includes(key)) out.removed.push(key);
    }
  }
  const seen = new Set<string>();
  for (const s of card.sections) {
    if (seen.has(s.touchpoint)) continue;
    seen.add(s.touchpoint);
    const from = record.standards?.[s.touchpoint];
    if (from !== undefined && from !== s.touchpointVersion)
      out.touchpoints.push({ id: s.touchpoint, from, to: s.touchpointVersion });
  }
  if (
    'checklist' in card.scope &&
    record.checklistVersion !== undefined &&
    record.checklistVersion !== card.scope.checklistVersion
  ) {
    out.checklist = { id: card.scope.checklist, from: record.checklistVersion, to: card.scope.checklistVersion };
  }
  return out;
}
