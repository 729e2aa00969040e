/** The name of an exported audit record: its date and site, in characters every file system takes. */
import { trimEnd } from '../../text/trim.ts';

export function exportFileName(record: { date: string; site: string }, ext: string): string {
  const safe = `${record.date}-${record.site}`.replace(/[^\p{L}\p{N}-]+/gu, '-');
  const name = trimEnd(safe, '-');
  return `${name || 'audit'}.${ext}`;
}
