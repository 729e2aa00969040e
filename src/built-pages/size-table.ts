/**
 * The page-size report as a table: pages by type, their HTML (median and largest) and the most
 * JavaScript a page of the type loads, at once and on interaction. The build prints it
 * (src/integrations/after-build-pass.ts), and so does `scripts/bench.ts sizes`.
 */
import type { PageSize } from './page-sizes.ts';

export interface TypeSummary {
  type: string;
  pages: number;
  htmlMedian: number;
  htmlMax: number;
  jsMax: number;
  jsLaterMax: number;
}

export function summarizeSizes(pages: PageSize[]): TypeSummary[] {
  const byType = new Map<string, PageSize[]>();
  for (const p of pages) {
    const list = byType.get(p.type);
    if (list) list.push(p);
    else byType.set(p.type, [p]);
  }
  return [...byType]
    .map(([type, list]) => {
      const sorted = list.map((p) => p.html).sort((a, b) => a - b);
      return {
        type,
        pages: list.length,
        htmlMedian: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
        htmlMax: sorted[sorted.length - 1] ?? 0,
        jsMax: list.reduce((m, p) => Math.max(m, p.js), 0),
        jsLaterMax: list.reduce((m, p) => Math.max(m, p.jsLater), 0),
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

export function formatSizes(summary: TypeSummary[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  const lines = summary.map(
    (s) =>
      `${s.type.padEnd(18)}${String(s.pages).padStart(6)}${kb(s.htmlMedian)}${kb(s.htmlMax)}${kb(s.jsMax)}${kb(s.jsLaterMax)}`,
  );
  return [
    `${'page type'.padEnd(18)}${'pages'.padStart(6)}${'html~'.padStart(7)}${'max'.padStart(7)}${'js'.padStart(7)}${'later'.padStart(7)}  (KB; html~ median; js on load; later = on interaction)`,
    ...lines,
  ].join('\n');
}
