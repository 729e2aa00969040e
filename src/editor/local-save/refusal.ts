/**
 * A local save's refusal: the HTTP status and the JSON body every refusal answers with
 * ({ saved: false, error, message: { zh-CN, en } }), thrown by the path, disk and request checks
 * and turned into a response by integration.ts.
 */
import type { Bilingual } from '../../i18n/locale.ts';

export interface Refusal {
  saved: false;
  error: 'bad-path' | 'bad-body' | 'forbidden' | 'method' | 'too-large' | 'media-type' | 'not-found' | 'write-failed';
  message: Bilingual;
}

export class Refused extends Error {
  readonly status: number;
  readonly body: Refusal;
  constructor(status: number, body: Refusal) {
    super(body.message.en);
    this.status = status;
    this.body = body;
  }
}

export function refused(status: number, error: Refusal['error'], message: Bilingual): Refused {
  return new Refused(status, { saved: false, error, message });
}
