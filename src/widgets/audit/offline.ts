/**
 * Offline support for the audit page: registers the service worker and fills its cache with
 * what scoring needs (this page, its scripts and styles, every scorecard), so an auditor with a
 * poor signal keeps working once the page has been visited.
 */
export const CACHE = 'touchstone-audit-v1';

export async function enableOffline(base: string): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
  try {
    await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    const cache = await caches.open(CACHE);
    const own = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => u.startsWith(location.origin) && !u.includes('/pagefind/'));
    const index = (await (await fetch(`${base}data/index.json`)).json()) as {
      checklists: { id: string }[];
      touchpoints: { id: string }[];
    };
    const data = [
      `${base}data/index.json`,
      ...index.checklists.map((c) => `${base}data/scorecards/${c.id}.json`),
      ...index.touchpoints.map((t) => `${base}data/touchpoints/${t.id}.json`),
    ];
    // Absolute URLs, each once: Cache.addAll rejects the whole batch on a duplicate.
    const urls = new Set(
      [location.pathname, ...own, ...data].map((u) => new URL(u, location.href).href.split('#')[0]!),
    );
    await cache.addAll([...urls]);
    return true;
  } catch (error) {
    console.warn('Offline cache not filled:', error);
    return false;
  }
}
