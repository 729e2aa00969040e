/**
 * The scale budget at a size CI can afford (issue 6): the benchmark (scripts/bench.ts) run on
 * synthetic handbooks of 100 and 300 entities. Only sizes and ratios are asserted, never absolute
 * times, so a slower or busier machine does not fail it:
 *
 *   - the synthetic handbook passes the gate with zero errors;
 *   - median HTML per page ≤ 30 KB, and a reading page does not grow with the handbook (a page that
 *     lists the whole handbook in its sidebar or props would: that is how O(n²) builds start);
 *   - peak memory of the build ≤ 3 GB;
 *   - time: at these sizes our build is mostly fixed cost (bundling the islands, the editor and
 *     the audit widget, Pagefind's start-up: ~6 s whatever the size) while the bare-Astro floor is
 *     ~1 s, so "our total ≤ 1.5 × the floor's" cannot hold at N = 300 and is measured at
 *     N = 10,000 instead (README, Performance). What CI asserts is the growth: tripling the
 *     handbook (100 → 300 entities) may at most triple the build (≤ 3.6× with noise). A build
 *     that is quadratic anywhere grows by ~9× there.
 */
import { describe, expect, test } from 'vitest';
import { runBench, type BenchResult } from '../../scripts/bench.ts';

const KB = 1024;
let small: BenchResult;
let large: BenchResult;

describe('scale budget (synthetic handbooks of 100 and 300 entities)', () => {
  test('benchmark runs', async () => {
    small = await runBench({ pages: 100 });
    large = await runBench({ pages: 300 });
    console.log(
      `[scale] N=100: build ${small.build_s} s, floor ${small.floor_s} s, ratio ${small.ratio}, html median ${small.html_kb_median} KB, peak ${small.peak_rss_mb} MB\n` +
        `[scale] N=300: build ${large.build_s} s, floor ${large.floor_s} s, ratio ${large.ratio}, html median ${large.html_kb_median} KB, peak ${large.peak_rss_mb} MB; growth ×${(large.build_s / small.build_s).toFixed(2)}`,
    );
    expect(large.html_pages).toBeGreaterThan(small.html_pages);
  }, 240_000);

  test('the synthetic handbook passes the gate with zero errors', () => {
    expect(small.gate_errors).toBe(0);
    expect(large.gate_errors).toBe(0);
  });

  test('median HTML per page ≤ 30 KB', () => {
    expect(large.html_kb_median).toBeLessThanOrEqual(30);
    expect(small.html_kb_median).toBeLessThanOrEqual(30);
  });

  test('reading pages do not grow with the handbook', () => {
    for (const type of ['touchpoint', 'sop', 'case', 'checklist']) {
      const a = small.html_kb_median_by_type[type];
      const b = large.html_kb_median_by_type[type];
      expect(a, `${type} pages in the N=100 build`).toBeDefined();
      // Medians move a little with the content drawn; 15% is far below what a list of the handbook adds.
      expect(b!, `${type}: median ${a} KB at N=100, ${b} KB at N=300`).toBeLessThanOrEqual(a! * 1.15);
    }
  });

  test('peak memory of the build ≤ 3 GB', () => {
    expect(large.peak_rss_mb).toBeLessThanOrEqual(3 * KB);
  });

  test('the build grows at most linearly: 3× the entities, ≤ 3.6× the build time', () => {
    expect(large.build_s / small.build_s).toBeLessThanOrEqual(3.6);
    // The floor is measured too (the ratio at N = 10,000 is in the README); here it only has to exist.
    expect(large.floor_s).toBeGreaterThan(0);
  });
});
