/**
 * What the audit form shows, worked out without a browser: the scorecard's items in one run
 * (the one-at-a-time view steps through it), an item's result, the photos of an item's response,
 * and scores as percentages. The state is audit-form.svelte.ts.
 */
import type { AuditResult, ItemResult } from '../../scoring/score.ts';
import type { Response, Scorecard, ScorecardItem, ScorecardSection } from '../../scoring/scorecard.ts';
import type { VersionChanges } from '../../scoring/version-changes.ts';
import { evidenceOf } from './audit.svelte.ts';

/** An item with the section it is in. */
export interface FormItem {
  sec: ScorecardSection;
  item: ScorecardItem;
}

/** Every item of the scorecard, section after section. */
export function itemsOf(card: Scorecard): FormItem[] {
  return card.sections.flatMap((sec) => sec.items.map((item) => ({ sec, item })));
}

/** Where an item is in the run (-1 when it is not). */
export function itemIndex(items: readonly FormItem[], touchpoint: string, id: string): number {
  return items.findIndex((x) => x.sec.touchpoint === touchpoint && x.item.id === id);
}

/** A place in the run, held to its first and last item. */
export function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index));
}

/** A section's items on screen: all in the list view, the current one alone in the one-at-a-time view. */
export function visibleItems(
  sec: ScorecardSection,
  view: 'list' | 'one',
  current: FormItem | undefined,
): ScorecardItem[] {
  return view === 'list' ? sec.items : sec.items.filter((i) => current?.item === i && current?.sec === sec);
}

export function itemResultOf(result: AuditResult, touchpoint: string, id: string): ItemResult | undefined {
  return result.sections.flatMap((x) => x.items).find((r) => r.touchpoint === touchpoint && r.item === id);
}

/** Whether the scorecard changed under the record since it was started. */
export function anyChanges(changes: VersionChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0;
}

/** A score as the form shows it: one decimal and %, or — for none. */
export function percentText(n: number | null): string {
  return n === null ? '—' : `${n.toFixed(1)}%`;
}

/** The photos of a response that have an image to show, each once. */
export function shownPhotos(
  response: Response | undefined,
  urls: Readonly<Record<string, string>>,
): { ref: string; url: string }[] {
  return evidenceOf(response)
    .filter((ref) => urls[ref])
    .map((ref) => ({ ref, url: urls[ref]! }));
}

/** A response's evidence with a photo added at the end. */
export function withPhoto(response: Response | undefined, ref: string): string[] {
  return [...(response?.evidence ?? []), ref];
}

/** A response's evidence without a photo. */
export function withoutPhoto(response: Response | undefined, ref: string): string[] {
  return (response?.evidence ?? []).filter((r) => r !== ref);
}
