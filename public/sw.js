// Touchstone's service worker: serves the audit page, its code and the scorecards from the cache
// the page filled (src/widgets/audit/offline.ts) when the network is gone. Pages are tried on the
// network first so readers always get the newest standards when online.
const CACHE = 'touchstone-audit-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  const isPage = request.mode === 'navigate';
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (isPage || request.url.includes('/data/')) {
        try {
          const fresh = await fetch(request);
          if (fresh.ok && (await cache.match(request, { ignoreSearch: true })))
            await cache.put(request.url.split('?')[0], fresh.clone());
          return fresh;
        } catch (error) {
          const cached = await cache.match(request, { ignoreSearch: true });
          if (cached) return cached;
          throw error;
        }
      }
      const cached = await cache.match(request);
      return cached ?? fetch(request);
    })(),
  );
});
