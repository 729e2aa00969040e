/**
 * Lighthouse on the editor page (issue 17, "Speed"): `npm run bench -- --lighthouse`. The editor
 * is the one page whose first load carries a whole application (the form, the gate, the submit
 * panel), so its load is measured as a phone sees it: Lighthouse's default (mobile) settings —
 * a Moto G Power's screen, simulated slow 4G and a 4× slower CPU — performance category only.
 *
 * The site is served by the tests' static server (test/e2e/harness.ts `serve`, gzip on as static
 * hosts do) and Lighthouse drives Debian's Chromium (the harness's flags) through a DevTools port.
 * Nothing leaves the machine: Chromium resolves no host name but the loopback (the page is on
 * 127.0.0.1), and every request Lighthouse saw is checked to have gone there.
 *
 * A Lighthouse score moves by a few points from run to run on one machine: each run gets a fresh
 * browser, and the median of the runs is what counts (each run's numbers are kept too).
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../test/e2e/harness.ts';

/** The editor with a touchpoint of the example handbook open: the page the budget is about. */
export const EDITOR_PAGE = '/zh-cn/edit/?file=touchpoints/pm-elevator-car.yaml';

/** One Lighthouse run's numbers (times in ms). */
export interface LighthouseRun {
  /** The performance score, 0–100. */
  score: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  speedIndexMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's CPU speed (its throttling assumes ~1,000+). */
  benchmarkIndex: number;
  /** The performance audits that did not pass (score below 0.9), with what Lighthouse says of them. */
  failing: { id: string; title: string; value: string }[];
}

export interface LighthouseMeasure {
  page: string;
  runs: LighthouseRun[];
  /** Medians of the runs. */
  score: number;
  tbtMs: number;
  lcpMs: number;
  /** The failing audits of the run whose score is the median. */
  failing: LighthouseRun['failing'];
}

/** A free TCP port on the loopback, for Chromium's DevTools endpoint. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** One Lighthouse run of `url` in a fresh Chromium. */
async function runOnce(url: string): Promise<LighthouseRun> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Host names resolve to nothing, so no request can leave the machine; the page is on an IP.
    args: [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items;
    if (!requests || requests.length === 0) throw new Error('Lighthouse recorded no network requests');
    const outside = requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && hostOf(u) !== '127.0.0.1');
    if (outside.length > 0) throw new Error(`The page reached outside the machine:\n  ${outside.join('\n  ')}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const performance = lhr.categories['performance']!;
    const failing = performance.auditRefs
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => ({ id: a.id, title: a.title, value: a.displayValue ?? '' }));
    return {
      score: Math.round((performance.score ?? 0) * 100),
      tbtMs: Math.round(numeric('total-blocking-time')),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      speedIndexMs: Math.round(numeric('speed-index')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      failing,
    };
  } finally {
    await browser.close();
  }
}

/** Serves the built site `dir` and runs Lighthouse on `page` `runs` times, one after the other. */
export async function measureLighthouse(dir: string, page = EDITOR_PAGE, runs = 3): Promise<LighthouseMeasure> {
  const server = await serve(dir, { gzip: true });
  try {
    const all: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) all.push(await runOnce(`${server.url}${page}`));
    const middle = [...all].sort((a, b) => a.score - b.score)[Math.floor((all.length - 1) / 2)]!;
    return {
      page,
      runs: all,
      score: median(all.map((r) => r.score)),
      tbtMs: median(all.map((r) => r.tbtMs)),
      lcpMs: median(all.map((r) => r.lcpMs)),
      failing: middle.failing,
    };
  } finally {
    await server.close();
  }
}

/** The measure as lines for the bench's table. */
export function formatLighthouse(m: LighthouseMeasure): string {
  const runs = m.runs
    .map(
      (r) =>
        `  score ${r.score}, TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms, FCP ${r.fcpMs} ms, Speed Index ${r.speedIndexMs} ms, CLS ${r.cls} (benchmark index ${r.benchmarkIndex})`,
    )
    .join('\n');
  const failing = m.failing.map((a) => `  ${a.id}: ${a.title}${a.value ? ` (${a.value})` : ''}`).join('\n');
  return [
    `Lighthouse, mobile, ${m.page}: score ${m.score}, TBT ${m.tbtMs} ms, LCP ${m.lcpMs} ms (medians of ${m.runs.length} runs)`,
    runs,
    m.failing.length > 0 ? `not passing (the median run):\n${failing}` : 'every performance audit passes',
  ].join('\n');
}
