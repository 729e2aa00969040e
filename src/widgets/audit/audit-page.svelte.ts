/**
 * The state of the audit page: what its URL asks for (the list of audits in progress, the start
 * form of a new audit, or an audit in progress: audit.svelte.ts), the import of a record, and
 * whether the page works offline. The URL's reading is page-route.ts; the audits' shapes
 * stored-audits.ts; IndexedDB storage.ts.
 */
import type { LocalizedText } from '../../i18n/locale.ts';
import type { AuditStrings } from '../../i18n/audit.ts';
import type { AuditRecord } from '../../schema/types.generated.ts';
import { failureText } from '../failure-text.ts';
import { AuditSession, loadScorecard, newId, type StoredAudit } from './audit.svelte.ts';
import { enableOffline } from './offline.ts';
import { adHocQuery, routeOf, scopeOf } from './page-route.ts';
import { deleteAudit, getAudit, listAudits, saveAudit } from './storage.ts';
import { draftFor, importedAudit, newestFirst, startedAudit, type AuditDraft } from './stored-audits.ts';

export interface AuditPageProps {
  locale: 'zh-CN' | 'en';
  /** The site's base URL (the scorecards are under it). */
  base: string;
  /** The page's strings (only what the state says itself). */
  s: Pick<AuditStrings, 'loadFailed'>;
}

/** /data/index.json: what a new audit can be of. */
export interface AuditIndex {
  defaultLocale: string;
  checklists: { id: string; title: LocalizedText; purpose: string }[];
  touchpoints: { id: string; code: string; title: LocalizedText }[];
}

export class AuditPage {
  index = $state<AuditIndex>();
  audits = $state<StoredAudit[]>([]);
  session = $state<AuditSession>();
  error = $state('');
  importErrors = $state<string[]>([]);
  /** An imported record whose id is taken, waiting for the auditor's choice. */
  pending = $state<{ record: AuditRecord; existing: StoredAudit }>();
  offline = $state(false);
  offlineReady = $state(false);
  draft = $state<AuditDraft>();
  /** The touchpoints picked for an audit of no checklist. */
  picked = $state<string[]>([]);
  #props: () => AuditPageProps;

  constructor(props: () => AuditPageProps) {
    this.#props = props;
  }

  /** After hydration: follow the network and the history, fill the offline cache, read the index and the URL. */
  start(): void {
    const { base } = this.#props();
    this.offline = !navigator.onLine;
    addEventListener('online', () => (this.offline = false));
    addEventListener('offline', () => (this.offline = true));
    addEventListener('popstate', () => void this.route());
    void enableOffline(base).then((ok) => (this.offlineReady = ok));
    void fetch(`${base}data/index.json`)
      .then(async (r) => (this.index = (await r.json()) as AuditIndex))
      .catch(() => {});
    void this.route();
  }

  go(query: Record<string, string>) {
    const url = new URL(location.href);
    url.search = new URLSearchParams(query).toString();
    history.pushState(null, '', url);
    void this.route();
  }

  /** Shows what the URL asks for. */
  async route() {
    const { base, s } = this.#props();
    this.error = '';
    this.session = undefined;
    this.draft = undefined;
    const route = routeOf(new URL(location.href).searchParams);
    try {
      if (route.kind === 'audit') {
        const audit = await getAudit(route.id);
        if (!audit) throw new Error(route.id);
        const card = await loadScorecard(base, scopeOf(audit.record));
        this.session = new AuditSession(audit, card, saveAudit);
        return;
      }
      if (route.kind === 'new') {
        const card = await loadScorecard(base, route.scope);
        this.draft = draftFor(card, new Date().toISOString().slice(0, 10));
        return;
      }
      this.audits = newestFirst(await listAudits());
    } catch (e) {
      this.error = failureText(s.loadFailed, e);
    }
  }

  /** The start form is filled in: the audit begins. */
  async startAudit() {
    if (!this.draft) return;
    const audit = startedAudit(this.draft, newId(), new Date().toISOString());
    await saveAudit(audit);
    this.go({ id: audit.id });
  }

  /** A new audit of the touchpoints picked. */
  startAdHoc() {
    if (this.picked.length) this.go(adHocQuery(this.picked));
  }

  async remove(id: string) {
    await deleteAudit(id);
    this.go({});
  }

  /**
   * Imports a record file: checked by the gate, then kept and opened. True when an audit with its
   * id is kept already: the auditor chooses (keepImport) whether it replaces that one.
   */
  async importFile(file: File): Promise<boolean> {
    const { base, locale } = this.#props();
    this.importErrors = [];
    // Loaded on demand: the YAML parser and the gate are only needed to import.
    const { importRecord } = await import('../../scoring/audit-io.ts');
    // The file's bytes, not file.text(): that would turn GBK into mojibake; the gate refuses it.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importRecord(bytes, file.name, (scope) => loadScorecard(base, scope), locale);
    if ('errors' in result) {
      this.importErrors = result.errors;
      return false;
    }
    const record = result.record;
    const existing = record.id ? await getAudit(record.id) : undefined;
    if (existing) {
      this.pending = { record, existing };
      return true;
    }
    await this.#store(record, record.id ?? newId());
    return false;
  }

  /** The auditor's choice for a record whose id is taken: replace the kept audit, or keep both. */
  keepImport(choice: 'replace' | 'both') {
    if (this.pending) void this.#store(this.pending.record, choice === 'replace' ? this.pending.existing.id : newId());
  }

  cancelImport() {
    this.pending = undefined;
  }

  async #store(record: AuditRecord, id: string) {
    await saveAudit(importedAudit(record, id, new Date().toISOString()));
    this.go({ id });
  }
}
