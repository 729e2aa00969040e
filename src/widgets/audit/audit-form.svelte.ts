/**
 * The state of the audit form around one audit in progress (audit.svelte.ts): the view (every
 * item, or one at a time), the current item, the report, the photos shown, and what the form's
 * buttons do: answer and move on, add or remove a photo, export. Moving the keyboard focus stays
 * with the component; what is shown is form-items.ts.
 */
import type { Response } from '../../scoring/scorecard.ts';
import { offerDownload } from '../download.ts';
import type { AuditSession } from './audit.svelte.ts';
import { exportFileName } from './export-file.ts';
import { anyChanges, clampIndex, itemIndex, itemsOf, withPhoto, withoutPhoto } from './form-items.ts';
import { downscale } from './photos.ts';
import { getPhoto, putPhoto } from './storage.ts';

export interface AuditFormProps {
  session: AuditSession;
  locale: string;
}

export class AuditForm {
  view = $state<'list' | 'one'>('list');
  /** The current item's place in `items` (the one-at-a-time view shows it). */
  current = $state(0);
  reporting = $state(false);
  /** Object URLs of this audit's photos, by ref. */
  photoUrls = $state<Record<string, string>>({});
  items = $derived(itemsOf(this.#session().card));
  hasChanges = $derived(anyChanges(this.#session().changes));
  #props: () => AuditFormProps;
  // Field initializers run before the constructor body: they read the session through a method.
  #session(): AuditSession {
    return this.#props().session;
  }

  constructor(props: () => AuditFormProps) {
    this.#props = props;
  }

  /** Object URLs for the photos of this audit (kept in IndexedDB), made once per ref. Run in an effect. */
  loadPhotos() {
    for (const r of this.#session().audit.record.responses) {
      for (const ref of r.evidence ?? []) {
        if (this.photoUrls[ref]) continue;
        void getPhoto(ref).then((blob) => {
          if (blob) this.photoUrls[ref] = URL.createObjectURL(blob);
        });
      }
    }
  }

  /** Makes the item at `index` current (held to the first and last). */
  moveTo(index: number) {
    this.current = clampIndex(index, this.items.length);
  }

  /** Records an answer; with `advance`, the place of the item after it, to go to. */
  answer(touchpoint: string, id: string, change: Partial<Response>, advance: boolean): number | undefined {
    this.#session().update(touchpoint, id, change);
    return advance ? itemIndex(this.items, touchpoint, id) + 1 : undefined;
  }

  /** The place of the first item not answered yet, or undefined when all are. */
  nextUnanswered(): number | undefined {
    const missing = this.#session().result.missing[0];
    if (!missing) return undefined;
    return itemIndex(this.items, missing.touchpoint, missing.item);
  }

  async addPhoto(touchpoint: string, id: string, file: File) {
    const session = this.#session();
    const small = await downscale(file);
    const ref = await putPhoto(session.audit.id, touchpoint, id, small);
    session.update(touchpoint, id, { evidence: withPhoto(session.response(touchpoint, id), ref) });
  }

  removePhoto(touchpoint: string, id: string, ref: string) {
    const session = this.#session();
    session.update(touchpoint, id, { evidence: withoutPhoto(session.response(touchpoint, id), ref) });
  }

  /** Export formats load on demand: the YAML writer is not needed to score. */
  async exportAs(format: 'yaml' | 'json' | 'csv') {
    const { session, locale } = this.#props();
    const io = await import('../../scoring/audit-io.ts');
    const record = session.audit.record;
    const data = { ...$state.snapshot(record), id: session.audit.id };
    const download = (text: string, type: string, ext: string) =>
      offerDownload(text, type, exportFileName(record, ext));
    if (format === 'yaml') download(io.recordToYaml(data), 'application/yaml', 'yaml');
    else if (format === 'json') download(io.recordToJson(data), 'application/json', 'json');
    else download(io.recordToCsv(data, session.card, locale as 'zh-CN' | 'en'), 'text/csv', 'csv');
  }
}
