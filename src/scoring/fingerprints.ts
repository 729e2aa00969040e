/**
 * Fingerprints of standard items: a short stable hash of what scoring an item depends on, which
 * an audit record keeps so that version-changes.ts can tell later which items changed under it.
 */
import type { StandardItem } from '../schema/types.generated.ts';
import type { Scorecard } from './scorecard.ts';

/** JSON with object keys sorted, so that key order never changes a hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash (public domain), as 14 hex digits. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A short stable hash (14 hex digits) of what scoring an item depends on, and its text: text,
 * weight, answers, critical, naAllowed and threshold, with defaults applied (writing `weight: 1`
 * out does not change it) and independent of key order. How to check it, its evidence and its
 * time limit do not count. Any change to the text, translations included, changes it.
 */
export function itemFingerprint(item: StandardItem): string {
  return hash53(
    canonical({
      text: item.text,
      weight: item.weight ?? 1,
      answers: item.answers ?? 'graded',
      critical: item.critical ?? 'none',
      naAllowed: item.naAllowed ?? true,
      threshold: item.threshold ?? null,
    }),
  );
}

/** The fingerprints of every item of a scorecard by "touchpoint/item": what an audit record keeps. */
export function cardFingerprints(card: Scorecard): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of card.sections) for (const i of s.items) out[`${i.touchpoint}/${i.id}`] = i.fingerprint;
  return out;
}
