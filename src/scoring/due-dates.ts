/**
 * Due dates of corrective actions: an audit date plus an ISO 8601 duration (an item's time limit
 * or its SOP's), and today's date where the code runs. Pure, like the rest of the engine.
 */
import { parseDuration } from '../model/duration.ts';

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Today's date where the code runs (local time), YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * `date` (YYYY-MM-DD, taken as the start of that day) plus an ISO 8601 duration, as a date.
 * Years and months are calendar-wise (the day is kept, or clamped to the end of a shorter month:
 * 2026-01-31 + P1M = 2026-02-28); weeks, days and the time part are added exactly, so PT24H is the
 * next day and PT2H the same day. Undefined when either input is invalid.
 */
export function addDuration(date: string, iso: string): string | undefined {
  const m = DATE.exec(date);
  const p = parseDuration(iso);
  if (!m || !p) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  if (month > 11 || day < 1 || day > daysIn(year, month)) return undefined;
  const totalMonths = year * 12 + month + p.years * 12 + p.months;
  const y = Math.floor(totalMonths / 12);
  const mo = totalMonths - y * 12;
  const d = new Date(0);
  d.setUTCFullYear(y, mo, Math.min(day, daysIn(y, mo)));
  d.setUTCHours(0, 0, 0, 0);
  const ms = (((p.weeks * 7 + p.days) * 24 + p.hours) * 60 + p.minutes) * 60_000 + p.seconds * 1000;
  const due = new Date(d.getTime() + ms);
  if (Number.isNaN(due.getTime())) return undefined;
  const yy = due.getUTCFullYear();
  return `${String(yy).padStart(4, '0')}-${String(due.getUTCMonth() + 1).padStart(2, '0')}-${String(due.getUTCDate()).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month + 1, 0);
  return d.getUTCDate();
}
