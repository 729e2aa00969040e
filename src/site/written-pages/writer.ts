/**
 * Touchpoint and SOP pages written by the build, not rendered by Astro one by one.
 *
 * They are most of a large handbook's pages (at 10,000 entities, 17,600 of 20,230), and Astro
 * spends ~1.2 ms on each: its request, response and streaming per page, the component tree, the
 * island. The same page from strings takes a fraction of that (docs/performance.md).
 * So in `astro build` each route renders one entity per locale, its template, and after
 * Astro has written its pages (`astro:build:generated`, src/integrations/write-entity-pages.ts) this
 * module writes the others from the same parts: the layout (src/site/layout.ts), the page
 * (src/site/touchpoint.ts, src/site/sop.ts), the knowledge check's section (src/site/knowledge.ts)
 * and its island, server-rendered by Svelte here as Astro's Svelte renderer does it.
 *
 * What Astro adds around those parts (the stylesheet in `<head>`, the island's scripts and its
 * element's fixed attributes) is read from the template page Astro wrote (src/site/written-pages/page-frame.ts).
 * Before writing anything, each template is written again this way and must come out byte for byte
 * the page Astro wrote; if one does not (a new Astro or Svelte writing islands differently), this
 * writes nothing and the integration has Astro render every page instead, with one warning: an
 * optimisation never stops a build. `TOUCHSTONE_ASTRO_PAGES=1` has Astro render every page
 * (test/e2e/entity-pages.test.ts builds both ways and compares every page).
 *
 * This module is part of the prerender bundle (the routes import it): it needs the compiled Svelte
 * component. It hands its writer to the integration on globalThis, as the gate shares its model.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { shorthash } from 'astro/runtime/server/shorthash.js';
import { render } from 'svelte/server';
import { building } from '../../content/astro-command.ts';
import { WRITER_KEY, type Writer } from '../../integrations/write-entity-pages.ts';
import { scanPage, type PageScan } from '../../built-pages/page-scan.ts';
import type { Locale } from '../../i18n/locale.ts';
import KnowledgeCheck from '../../widgets/knowledge/KnowledgeCheck.svelte';
import type { KnowledgeCheckProps } from '../../widgets/knowledge/knowledge.svelte.ts';
import { SEGMENTS } from '../i18n.ts';
import { siteModel, type SiteModel } from '../site-model.ts';
import {
  frameOf,
  hoistedFrame,
  islandElement,
  pageHtml,
  TemplateMismatch,
  type EntityPage,
  type Frame,
} from './page-frame.ts';
import { pageContext, type PageContext } from '../page.ts';
import { sopPage } from '../sop.ts';
import { touchpointPage } from '../touchpoint.ts';
import { withoutEmptyClasses } from './empty-class.ts';

/** The kinds whose pages the build writes, each with its ids and its page's strings. */
const KINDS = {
  touchpoints: { entries: (m: SiteModel) => m.touchpoints, page: touchpointPage },
  sops: { entries: (m: SiteModel) => m.sops, page: sopPage },
} satisfies Record<
  string,
  {
    entries: (m: SiteModel) => Map<string, { data: { questions?: unknown[] } }>;
    page: (ctx: PageContext, id: string, today: string) => EntityPage;
  }
>;
export type WrittenKind = keyof typeof KINDS;

/**
 * Pages being written at once. Creating a page's folder and writing it (~0.25 ms on this VM's
 * ext4, half the writer's time when done in turn) happens on libuv's threads while the main
 * thread makes the next pages.
 */
const WRITES_AT_ONCE = 32;

/** Whether this build writes these pages itself (Astro renders only the templates). */
export function writesEntityPages(): boolean {
  return building() && process.env.TOUCHSTONE_ASTRO_PAGES !== '1';
}

/** The entity Astro renders in every locale: the first with a knowledge check, or the first. */
function templateId(model: SiteModel, kind: WrittenKind): string | undefined {
  let first: string | undefined;
  for (const [id, entry] of KINDS[kind].entries(model)) {
    if (entry.data.questions?.length) return id;
    first ??= id;
  }
  return first;
}

/** A route's ids: all of them, or only the template when the build writes the others. */
export function routeIds(kind: WrittenKind): (model: SiteModel) => Iterable<string> {
  return (model) => {
    if (!writesEntityPages()) return KINDS[kind].entries(model).keys();
    const id = templateId(model, kind);
    return id === undefined ? [] : [id];
  };
}

/**
 * The island as Astro writes it (astro/dist/runtime/server/render/component.js): Svelte's server
 * render with the renderer's id prefix and `class=""` removed; the uid hashes the component's path
 * as Astro's compiler recorded it, the markup and the serialized props.
 */
function island(frame: Frame, props: KnowledgeCheckProps, componentPath: string): string {
  const rendered = render(KnowledgeCheck, { props, idPrefix: 's0' });
  const markup = withoutEmptyClasses(rendered.body);
  const serialized = serializeProps(props, { displayName: 'KnowledgeCheck', astroStaticSlot: true });
  return islandElement(
    frame,
    shorthash(`<!--default:${componentPath}-->\n${markup}\n${serialized}`),
    serialized,
    markup,
  );
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The template page as Astro wrote it. `TOUCHSTONE_TEST_ASTRO_CHANGED=1` (tests only) reads it as
 * a newer Astro might write it, ending in a newline, to see the build fall back to Astro.
 */
function astroTemplate(file: string): string {
  const written = readFileSync(file, 'utf8');
  return process.env.TOUCHSTONE_TEST_ASTRO_CHANGED === '1' ? `${written}\n` : written;
}

/** One kind's pages in one locale: the template's frame, checked, and how to write the others. */
interface Batch {
  kind: WrittenKind;
  templateId: string;
  ctx: PageContext;
  pathOf: (entity: string) => string;
  frame: Frame;
}

const writePages: Writer = async (outDir, root) => {
  if (!writesEntityPages()) return null;
  const componentPath = join(root, 'src/widgets/knowledge/KnowledgeCheck.svelte');
  const model = await siteModel();
  const today = new Date().toISOString().slice(0, 10);
  const pageOf = (page: EntityPage, frame: Frame) =>
    pageHtml(page, frame, () => island(frame, page.knowledge!.props, componentPath));
  // Every template is checked before any page is written: on a mismatch, Astro renders them all.
  const batches: Batch[] = [];
  for (const kind of Object.keys(KINDS) as WrittenKind[]) {
    const id = templateId(model, kind);
    if (id === undefined) continue;
    for (const locale of model.config.locales as Locale[]) {
      const ctx = await pageContext(locale);
      // Where Astro writes a page (`build.format: 'directory'`), relative to outDir.
      const pathOf = (entity: string) => `${SEGMENTS[locale]}/${kind}/${entity}/index.html`;
      const template = join(outDir, pathOf(id));
      const templatePage = KINDS[kind].page(ctx, id, today);
      const astroWrote = astroTemplate(template);
      try {
        const frame = frameOf(astroWrote, templatePage);
        const again = pageOf(templatePage, frame);
        if (again !== astroWrote)
          throw new TemplateMismatch(
            `written from strings it differs from character ${firstDifference(again, astroWrote)} on`,
          );
        batches.push({ kind, templateId: id, ctx, pathOf, frame });
      } catch (e) {
        if (e instanceof TemplateMismatch) return { mismatch: { file: template, reason: e.message } };
        throw e;
      }
    }
  }
  const written: Record<WrittenKind, number> = { touchpoints: 0, sops: 0 };
  const scans: PageScan[] = [];
  const writing = new Set<Promise<void>>();
  let failure: unknown;
  for (const { kind, templateId: id, ctx, pathOf, frame } of batches) {
    // Pages are written as the after-build pass leaves them: with an island, its style in <head>.
    const frames = { island: hoistedFrame(frame), plain: frame };
    // Pages of one frame differ in their bytes only, as far as the report goes (scripts and
    // islands come from the frame, the strings have none): one scan per shape, with or without island.
    const shapes = new Map<boolean, PageScan>();
    for (const other of KINDS[kind].entries(model).keys()) {
      if (other === id) continue;
      const path = pathOf(other);
      const page = KINDS[kind].page(ctx, other, today);
      const html = pageOf(page, page.knowledge ? frames.island : frames.plain);
      const bytes = Buffer.from(html);
      const shape = shapes.get(!!page.knowledge);
      const scan = shape ? { ...shape, path, html: bytes.length } : scanPage(path, html);
      if (!shape) shapes.set(!!page.knowledge, scan);
      scans.push(scan);
      const file = join(outDir, path);
      const done: Promise<void> = mkdir(join(file, '..'), { recursive: true })
        .then(() => writeFile(file, bytes))
        .catch((e: unknown) => void (failure ??= e))
        .finally(() => writing.delete(done));
      writing.add(done);
      if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
      if (failure) throw failure;
      written[kind]++;
    }
  }
  await Promise.all(writing);
  if (failure) throw failure;
  return { written, scans };
};

(globalThis as unknown as { [WRITER_KEY]?: Writer })[WRITER_KEY] = writePages;
