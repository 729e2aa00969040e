/**
 * The `client:interaction` directive (browser side): hydrate an island the first time the reader
 * engages with it — a pointerdown, a focusin or a keydown inside it — and not before. Nothing is
 * replayed: the event that started hydration has already done what the browser does natively
 * (checked a radio, moved focus), and the island's component picks that state up as it hydrates.
 * If focus is already inside the island when the page starts it (a restored page), it hydrates
 * at once. Astro inlines this (bundled by esbuild, minified) into the pages that use it.
 */
import type { ClientDirective } from 'astro';

const EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of EVENTS) el.removeEventListener(type, start, true);
    const hydrate = await load();
    await hydrate();
  };
  for (const type of EVENTS) el.addEventListener(type, start, { capture: true, passive: true });
  if (el.contains(document.activeElement)) void start();
};

export default interaction;
