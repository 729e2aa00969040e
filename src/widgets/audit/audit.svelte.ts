/**
 * The state of one audit in progress: its record (the exportable shape, see schemas/audit), the
 * scorecard it is scored against, and the live result. Every change is saved at once; the maths
 * is src/scoring/score.ts, the persistence storage.ts.
 */
import { scoreAudit } from '../../scoring/score.ts';
import { versionChanges } from '../../scoring/version-changes.ts';
import type { Response, Scorecard } from '../../scoring/scorecard.ts';
import type { AuditRecord } from '../../schema/types.generated.ts';

export interface StoredAudit {
  id: string;
  created: string;
  updated: string;
  record: AuditRecord;
}

/** Where the scorecards live: /data/scorecards/<checklist>.json and /data/touchpoints/<id>.json. */
export async function loadScorecard(
  base: string,
  scope: { checklist?: string; touchpoints?: readonly string[] },
): Promise<Scorecard> {
  const get = async (path: string) => {
    const res = await fetch(`${base}data/${path}`);
    if (!res.ok) throw new Error(`${res.status} ${path}`);
    return (await res.json()) as Scorecard;
  };
  if (scope.checklist) return get(`scorecards/${scope.checklist}.json`);
  // Each touchpoint once: a hand-written ?touchpoints=a,a would make two sections with one id.
  const ids = [...new Set(scope.touchpoints ?? [])];
  const cards = await Promise.all(ids.map((id) => get(`touchpoints/${id}.json`)));
  const first = cards[0];
  if (!first) throw new Error('no touchpoints');
  return { ...first, scope: { touchpoints: [...ids] }, sections: cards.flatMap((c) => c.sections) };
}

/**
 * A response's photo references, each once. The photo lists are keyed by reference, and a record
 * kept on the device from before the schema required unique evidence may list one twice.
 */
export function evidenceOf(response: { evidence?: readonly string[] } | undefined): string[] {
  return [...new Set(response?.evidence ?? [])];
}

/** A new record pinned to the scorecard's versions and item fingerprints. */
export function newRecord(
  card: Scorecard,
  header: { site: string; auditor: string; date: string; kind: AuditRecord['kind'] },
): AuditRecord {
  const fingerprints: Record<string, string> = {};
  const standards: Record<string, string> = {};
  for (const s of card.sections) {
    standards[s.touchpoint] = s.touchpointVersion;
    for (const i of s.items) fingerprints[`${s.touchpoint}/${i.id}`] = i.fingerprint;
  }
  const scope =
    'checklist' in card.scope
      ? { checklist: card.scope.checklist, checklistVersion: card.scope.checklistVersion }
      : { touchpoints: card.scope.touchpoints };
  return {
    ...scope,
    handbookVersion: card.handbookVersion,
    standards,
    fingerprints,
    ...header,
    responses: [],
  } as AuditRecord;
}

export function newId(): string {
  const rand = crypto.getRandomValues(new Uint32Array(2));
  return `audit-${Date.now().toString(36)}-${rand[0]!.toString(36)}${rand[1]!.toString(36)}`.slice(0, 40);
}

export class AuditSession {
  audit = $state<StoredAudit>() as StoredAudit;
  card = $state<Scorecard>() as Scorecard;
  result = $derived(scoreAudit(this.card, this.audit.record.responses as Response[], { date: this.audit.record.date }));
  changes = $derived(versionChanges(this.audit.record, this.card));
  saving = $state(false);
  #save: (audit: StoredAudit) => Promise<void>;

  constructor(audit: StoredAudit, card: Scorecard, save: (audit: StoredAudit) => Promise<void>) {
    this.audit = audit;
    this.card = card;
    this.#save = save;
  }

  response(touchpoint: string, item: string): Response | undefined {
    return this.audit.record.responses.find((r) => r.touchpoint === touchpoint && r.item === item) as
      Response | undefined;
  }

  /** Changes one item's response (creating it), then saves. `undefined` removes a field. */
  update(touchpoint: string, item: string, change: Partial<Omit<Response, 'touchpoint' | 'item'>>) {
    const responses = this.audit.record.responses;
    let r = responses.find((x) => x.touchpoint === touchpoint && x.item === item);
    if (!r) {
      r = { touchpoint, item };
      responses.push(r);
      r = responses[responses.length - 1]!;
    }
    for (const [k, v] of Object.entries(change) as [keyof typeof change, unknown][]) {
      if (v === undefined || v === '') delete (r as Record<string, unknown>)[k];
      else (r as Record<string, unknown>)[k] = v;
    }
    this.persist();
  }

  setHeader(field: 'site' | 'auditor' | 'date' | 'kind', value: string) {
    (this.audit.record as unknown as Record<string, string>)[field] = value;
    this.persist();
  }

  persist() {
    this.audit.updated = new Date().toISOString();
    this.saving = true;
    // A plain copy: IndexedDB cannot clone Svelte's proxies.
    const snapshot = $state.snapshot(this.audit) as StoredAudit;
    void this.#save(snapshot).finally(() => (this.saving = false));
  }
}
