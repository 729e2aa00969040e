/**
 * The changelog entry the editor proposes when a standard's content changed and no entry was
 * added (JOURNEYS.md, journey 3): the next version and today's date, and the edits that write it.
 *
 * The gate requires the file's `version` to equal its newest changelog entry's (rules.ts
 * `changelog-version-mismatch`), newest entry first; the edits insert the entry at the top of
 * `changelog` and set `version` to the same text, so that rule holds by construction.
 *
 * Versions are MAJOR.MINOR or MAJOR.MINOR.PATCH (schemas/defs.schema.json `version`). A change
 * of wording is a patch; adding or removing what an audit scores or a procedure runs — a
 * touchpoint's items, an SOP's steps, a checklist's sections or the items it picks — is a minor
 * version, since audit records pinned to the old version no longer line up item for item
 * (SCORING.md: re-scoring reports items added or removed). A major version is an owner's
 * decision, never proposed.
 */
import type { Edit } from './yaml-edit/edit.ts';
import { deepEqual, isPlainObject, type PlainObject } from './yaml-edit/plain-data.ts';

/** What the proposal is: the entry's version and date, and which part of the version it raised. */
export interface VersionProposal {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  change: 'patch' | 'minor';
}

/**
 * Fields that describe a release rather than the standard: changing them alone is no new
 * version (a review that changes nothing moves `reviewBy` only: messages.ts `review-overdue`).
 */
const RELEASE_FIELDS = new Set(['version', 'changelog', 'reviewBy', 'effective']);

/** The lists whose members an audit scores or a procedure runs, by id. */
const SCORED_LISTS = ['items', 'steps', 'sections'] as const;

interface Versioned {
  data: PlainObject;
  version: bigint[];
  changelog: unknown[];
}

/** The version as numbers (BigInt: a version may have more digits than a double holds), or undefined. */
export function versionParts(version: unknown): bigint[] | undefined {
  if (typeof version !== 'string') return undefined;
  const parts = version.split('.');
  if (parts.length < 2 || parts.length > 3) return undefined;
  const valid = (p: string) =>
    p.length > 0 && [...p].every((ch) => ch >= '0' && ch <= '9') && !(p.length > 1 && p[0] === '0');
  return parts.every(valid) ? parts.map((p) => BigInt(p)) : undefined;
}

function versioned(data: unknown): Versioned | undefined {
  if (!isPlainObject(data) || !Array.isArray(data['changelog'])) return undefined;
  const version = versionParts(data['version']);
  return version ? { data, version, changelog: data['changelog'] } : undefined;
}

/** The data without its release fields: what "the content changed" compares. */
function content(data: PlainObject): PlainObject {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !RELEASE_FIELDS.has(k)));
}

/** The ids of the scored lists' members (`items/lighting`, `sections/a/items/uniform`), in one set. */
function scoredMembers(data: PlainObject): Set<string> {
  const members = new Set<string>();
  const idOf = (x: unknown) => (isPlainObject(x) && typeof x['id'] === 'string' ? x['id'] : JSON.stringify(x));
  for (const list of SCORED_LISTS) {
    const value = data[list];
    if (!Array.isArray(value)) continue;
    for (const member of value) {
      const id = idOf(member);
      members.add(`${list}/${id}`);
      const items = isPlainObject(member) ? member['items'] : undefined;
      if (list === 'sections' && Array.isArray(items))
        for (const item of items) members.add(`${list}/${id}/items/${idOf(item)}`);
    }
  }
  return members;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function compareVersions(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0n) - (b[i] ?? 0n);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  return 0;
}

/** The version after `parts`: the patch or the minor number raised, in the same number of parts when it can be. */
export function nextVersion(parts: readonly bigint[], change: 'patch' | 'minor'): string {
  const [major = 0n, minor = 0n, patch] = parts;
  if (change === 'minor') return patch === undefined ? `${major}.${minor + 1n}` : `${major}.${minor + 1n}.0`;
  return `${major}.${minor}.${(patch ?? 0n) + 1n}`;
}

/** Whether `after` has a changelog entry `before` did not: more entries, or another newest one. */
function entryAdded(before: Versioned, after: Versioned): boolean {
  if (after.changelog.length > before.changelog.length) return true;
  const newest = (v: Versioned) => (isPlainObject(v.changelog[0]) ? v.changelog[0]['version'] : undefined);
  return newest(after) !== newest(before);
}

/**
 * The changelog entry to propose, or undefined: when `after` (the data being edited) differs
 * from `before` (as published) in anything but its release fields and has no changelog entry
 * that `before` lacks. Undefined too when either has no valid version and changelog (a new file,
 * a case, a file that does not parse). When the author already raised `version` past the
 * published one, that version is proposed.
 */
export function proposeVersion(before: unknown, after: unknown, today: string): VersionProposal | undefined {
  const b = versioned(before);
  const a = versioned(after);
  if (!b || !a) return undefined;
  if (deepEqual(content(b.data), content(a.data)) || entryAdded(b, a)) return undefined;
  const change = sameSet(scoredMembers(b.data), scoredMembers(a.data)) ? 'patch' : 'minor';
  const version =
    compareVersions(a.version, b.version) > 0 ? String(a.data['version']) : nextVersion(b.version, change);
  return { version, date: today, change };
}

/**
 * The edits that accept a proposal: the entry (version, date, reason) first in `changelog`, and
 * `version` set to match. `reason` is written as typed, trimmed (a plain text is the handbook's
 * default locale).
 */
export function versionEdits(proposal: Pick<VersionProposal, 'version' | 'date'>, reason: string): Edit[] {
  return [
    {
      op: 'insert',
      path: ['changelog'],
      index: 0,
      value: { version: proposal.version, date: proposal.date, reason: reason.trim() },
    },
    { op: 'set', path: ['version'], value: proposal.version },
  ];
}

/** A day as the author's calendar shows it (YYYY-MM-DD in local time, not UTC's day). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
