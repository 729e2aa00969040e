/**
 * Touchpoint pages written by the build, not rendered by Astro one by one.
 *
 * Touchpoints are most of a large handbook's pages (at 10,000 entities, 14,600 of 20,230), and
 * Astro spends ~1.2 ms on each: its request, response and streaming per page, the component tree,
 * the island. The same page from strings takes a fraction of that (ARCHITECTURE.md, "Performance
 * at scale"). So in `astro build`, the route renders one touchpoint per locale, the template, and
 * after Astro has written its pages (`astro:build:generated`, src/integrations/touchpoint-pages.ts)
 * this module writes the others from the same parts: the layout (src/site/layout.ts), the page
 * (src/site/touchpoint.ts), the knowledge check's section (src/site/knowledge.ts) and its island,
 * server-rendered by Svelte here as Astro's Svelte renderer does it.
 *
 * What Astro adds around those parts (the stylesheet in `<head>`, the island's scripts and its
 * element's fixed attributes) is taken from the template page Astro wrote. Before writing anything,
 * the template is written again this way and must come out byte for byte the page Astro wrote; if it
 * does not (a new Astro or Svelte writing islands differently), the build stops and says so.
 * `TOUCHSTONE_ASTRO_PAGES=1` has Astro render every touchpoint page (test/e2e/touchpoint-pages.test.ts
 * builds both ways and compares every page).
 *
 * This module is part of the prerender bundle (the route imports it): it needs the compiled Svelte
 * component. It hands its writer to the integration on globalThis, as the gate shares its model.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { shorthash } from 'astro/runtime/server/shorthash.js';
import { render } from 'svelte/server';
import { building } from '../content/gate.ts';
import type { Locale } from '../lib/locale.ts';
import KnowledgeCheck from '../widgets/knowledge/KnowledgeCheck.svelte';
import { SEGMENTS } from './i18n.ts';
import type { KnowledgeProps } from './knowledge.ts';
import { layoutParts } from './layout.ts';
import { siteModel, type SiteModel } from './model.ts';
import { pageContext } from './page.ts';
import { touchpointPage, type TouchpointPage } from './touchpoint.ts';

export const WRITER_KEY = Symbol.for('touchstone.touchpointPages');
export type Writer = (outDir: string) => Promise<{ written: number }>;

/** Whether this build writes touchpoint pages itself (Astro renders only the templates). */
export function writesTouchpointPages(): boolean {
  return building() && process.env.TOUCHSTONE_ASTRO_PAGES !== '1';
}

/** The touchpoint Astro renders in every locale: the first with a knowledge check, or the first. */
export function templateId(model: SiteModel): string | undefined {
  let first: string | undefined;
  for (const [id, entry] of model.touchpoints) {
    if (entry.data.questions?.length) return id;
    first ??= id;
  }
  return first;
}

/** The route's ids: all of them, or only the template when the build writes the others. */
export function routeIds(model: SiteModel): Iterable<string> {
  if (!writesTouchpointPages()) return model.touchpoints.keys();
  const id = templateId(model);
  return id === undefined ? [] : [id];
}

/** The file Astro writes for a page (`build.format: 'directory'`). */
function pageFile(outDir: string, locale: Locale, id: string): string {
  return join(outDir, SEGMENTS[locale], 'touchpoints', id, 'index.html');
}

const ISLAND_OPEN = /<astro-island uid="[^"]*"([^>]*?) props="[^"]*"([^>]*)>/;

/** What Astro added to the template page, to add to the others. */
interface Frame {
  /** Before `</head>` (the stylesheet). */
  head: string;
  /** Before the first island on a page (its style and scripts). */
  prescripts: string;
  /** The island element's attributes around uid and props. */
  islandBefore: string;
  islandAfter: string;
}

class TemplateMismatch extends Error {}

function frameOf(written: string, page: TouchpointPage): Frame {
  const { head } = layoutParts(page.layout);
  const headAt = written.indexOf(head);
  const headEnd = written.indexOf('</head>');
  if (headAt < 0 || headEnd < headAt) throw new TemplateMismatch('the <head> is not the layout’s');
  const frame: Frame = { head: written.slice(headAt + head.length, headEnd), prescripts: '', islandBefore: '', islandAfter: '' };
  if (page.knowledge) {
    const at = written.indexOf(page.knowledge.open);
    const island = written.indexOf('<astro-island', at);
    const tag = ISLAND_OPEN.exec(written.slice(island));
    if (at < 0 || island < 0 || !tag) throw new TemplateMismatch('the knowledge check’s island is not where the page puts it');
    frame.prescripts = written.slice(at + page.knowledge.open.length, island);
    frame.islandBefore = tag[1]!;
    frame.islandAfter = tag[2]!;
  }
  return frame;
}

/**
 * The island as Astro writes it (astro/dist/runtime/server/render/component.js): Svelte's
 * server render with the renderer's id prefix and `class=""` removed, uid a hash of the component,
 * its HTML and its serialized props.
 */
function island(frame: Frame, props: KnowledgeProps, componentUrl: string): string {
  const rendered = render(KnowledgeCheck, { props: { ...props, children: undefined, $$slots: undefined }, idPrefix: 's0' });
  const markup = rendered.body.replace(/\s+class=""/g, '');
  const serialized = serializeProps(props, { displayName: 'KnowledgeCheck', astroStaticSlot: true });
  const uid = shorthash(`<!--default:${componentUrl}-->\n${markup}\n${serialized}`);
  const attribute = serialized.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return `<astro-island uid="${uid}"${frame.islandBefore} props="${attribute}"${frame.islandAfter}>${markup}<!--astro:end--></astro-island>`;
}

function pageHtml(page: TouchpointPage, frame: Frame, componentUrl: string): string {
  const k = page.knowledge;
  const body = page.main + (k ? k.open + frame.prescripts + island(frame, k.props, componentUrl) + k.close : '') + page.after;
  const { head, open, close } = layoutParts(page.layout);
  return `<!DOCTYPE html><html lang="${page.layout.locale}"><head>${head}${frame.head}</head><body>${open}${body}${close}</body></html>`;
}

/** The island's uid hashes the component's path as Astro's compiler recorded it: find which. */
function componentUrlOf(written: string, frame: Frame, page: TouchpointPage): string {
  if (!page.knowledge) return '';
  const uid = /<astro-island uid="([^"]*)"/.exec(written)?.[1];
  const root = process.cwd();
  const candidates = [`${root}/src/widgets/knowledge/KnowledgeCheck.svelte`, '/src/widgets/knowledge/KnowledgeCheck.svelte'];
  for (const url of candidates) if (island(frame, page.knowledge.props, url).includes(`uid="${uid}"`)) return url;
  throw new TemplateMismatch('the island’s uid is not one this module can compute');
}

const writePages: Writer = async (outDir) => {
  const model = await siteModel();
  const id = templateId(model);
  if (id === undefined) return { written: 0 };
  const today = new Date().toISOString().slice(0, 10);
  let written = 0;
  for (const locale of model.config.locales as Locale[]) {
    const ctx = await pageContext(locale);
    const file = pageFile(outDir, locale, id);
    const template = readFileSync(file, 'utf8');
    const templatePage = touchpointPage(ctx, id, today);
    let frame: Frame;
    let componentUrl: string;
    try {
      frame = frameOf(template, templatePage);
      componentUrl = componentUrlOf(template, frame, templatePage);
      if (pageHtml(templatePage, frame, componentUrl) !== template) throw new TemplateMismatch('the page written from strings differs from the page Astro wrote');
    } catch (e) {
      if (!(e instanceof TemplateMismatch)) throw e;
      throw new Error(
        `Touchpoint pages: ${file}: ${e.message}. Build with TOUCHSTONE_ASTRO_PAGES=1 to have Astro render every touchpoint page. ` +
          `触点页面：${file} 与 Astro 写出的模板不一致；设置 TOUCHSTONE_ASTRO_PAGES=1 由 Astro 渲染全部触点页面。`,
      );
    }
    for (const other of model.touchpoints.keys()) {
      if (other === id) continue;
      const out = pageFile(outDir, locale, other);
      mkdirSync(join(out, '..'), { recursive: true });
      writeFileSync(out, pageHtml(touchpointPage(ctx, other, today), frame, componentUrl));
      written++;
    }
  }
  return { written };
};

(globalThis as unknown as { [WRITER_KEY]?: Writer })[WRITER_KEY] = writePages;
