/**
 * A touchpoint page's parts as strings: the route (src/pages/[lang]/touchpoints/[id].astro) renders
 * them with Astro, and the build writes the same page from them (src/site/written-pages/writer.ts).
 */
import { ruleGrade } from '../model/model.ts';
import { changelog, gradeBadge, item, related, shown, termText, text } from './fragments.ts';
import { html } from './html.ts';
import { knowledgeSection } from './knowledge.ts';
import type { EntityPage } from './written-pages/page-frame.ts';
import { editorHref, editUrl, type PageContext } from './page.ts';
import { href, pagePath } from './routes.ts';
import { touchpointFilters } from './search-filters.ts';

export function touchpointPage(
  ctx: PageContext,
  id: string,
  today = new Date().toISOString().slice(0, 10),
): EntityPage {
  const { model, ui, show, locale } = ctx;
  const entry = model.touchpoints.get(id)!;
  const t = entry.data;
  const tx = model.config.taxonomies;
  const grade = model.grades.get(id);
  const overdue = t.reviewBy < today;
  const dimensions = tx.dimensions.filter((d) => t.items.some((i) => i.dimension === d.id));
  const sops = (model.links.sopsOfTouchpoint.get(id) ?? []).map((s) => model.sops.get(s)!).filter(Boolean);
  const cases = (model.links.casesOfTouchpoint.get(id) ?? []).map((c) => model.cases.get(c)!).filter(Boolean);
  const checklists = (model.links.checklistsOfTouchpoint.get(id) ?? [])
    .map((c) => model.checklists.get(c)!)
    .filter(Boolean);
  // The section sidebar: touchpoints of the same industry (bounded, computed once per build).
  const siblings = model.sidebars.touchpointsByIndustry.get(t.industry) ?? [];
  const industry = ctx.term(tx.industries, t.industry);
  const title = show(t.title);
  const edit = editUrl(model, 'touchpoints', `${id}.yaml`);
  const levels = model.config.grading.levels;
  const badges = html`
    <ul class="badges">
      <li><span class="badge">${t.code}</span></li>
      <li>${gradeBadge(ctx, grade)}</li>
      <li><span class="badge">${termText(ctx, tx.categories, t.category)}</span></li>
      <li><span class="badge">${termText(ctx, tx.journeyStages, t.journeyStage)}</span></li>
      <li><span class="badge">${termText(ctx, tx.channels, t.channel)}</span></li>
      ${overdue && html`<li><span class="badge badge--overdue">${ui.reviewOverdue}</span></li>`}
    </ul>`;
  const meta = html`
    <dl class="meta-list">
      <dt>${ui.owner}</dt>
      <dd>${shown(ctx, t.owner)}</dd>
      <dt>${ui.version}</dt>
      <dd data-pagefind-ignore>${t.version}</dd>
      <dt>${ui.effective}</dt>
      <dd data-pagefind-ignore><time datetime="${t.effective}">${t.effective}</time></dd>
      <dt>${ui.reviewBy}</dt>
      <dd data-pagefind-ignore>
        <time datetime="${t.reviewBy}">${t.reviewBy}</time>
        ${overdue && html`<strong> · ${ui.reviewOverdue}</strong>`}
      </dd>
      <dt>${ui.impact} × ${ui.frequency}</dt>
      <dd data-pagefind-ignore>${termText(ctx, levels, t.impact)} × ${termText(ctx, levels, t.frequency)} → ${termText(ctx, model.config.grading.grades, ruleGrade(model.config, t.impact, t.frequency))}</dd>
      ${
        t.gradeOverride &&
        html`
          <dt>${ui.gradeOverride}</dt>
          <dd>${shown(ctx, t.gradeOverride.reason)}</dd>`
      }
      <dt>${ui.editThis}</dt>
      <dd data-pagefind-ignore>
        <a href="${editorHref(locale, `touchpoints/${id}.yaml`)}" data-edit-link>${ui.editInBrowser}</a>
        ${edit && html` · <a href="${edit}" rel="noopener">GitHub</a>`}
      </dd>
      <dt>${ui.audit}</dt>
      <dd data-pagefind-ignore><a href="${href(locale, 'audit')}?touchpoints=${id}">${ui.auditThisTouchpoint}</a></dd>
    </dl>`;
  const indicators =
    t.indicators &&
    t.indicators.length > 0 &&
    html`
      <section aria-labelledby="indicators">
        <h2 id="indicators">${ui.indicators}</h2>
        <ul>
          ${t.indicators.map((i) => html`<li>${shown(ctx, i)}</li>`)}
        </ul>
      </section>`;
  const items = html`
    <section aria-labelledby="items">
      <h2 id="items">${ui.items} <small>(${t.items.length})</small></h2>
      ${dimensions.map(
        (d) => html`
          <section aria-labelledby="dimension-${d.id}">
            <h3 id="dimension-${d.id}">${shown(ctx, d.label)}</h3>
            ${t.items.filter((i) => i.dimension === d.id).map((i) => item(ctx, i))}
          </section>`,
      )}
    </section>`;
  const main = html`
    <h1>${text(title, locale)}</h1>
    ${badges}
    ${t.summary && html`<p class="lede">${shown(ctx, t.summary)}</p>`}
    ${meta}
    ${indicators}
    ${items}
    ${related(ctx, 'related-sops', ui.relatedSops, 'sops', sops)}
    ${related(ctx, 'related-cases', ui.relatedCases, 'cases', cases)}
    ${related(ctx, 'checklists', ui.usedInChecklists, 'checklists', checklists)}`;
  const layout: EntityPage['layout'] = {
    ...ctx.base,
    path: pagePath('touchpoints', id),
    title: title.text,
    description: ctx.plain(t.summary),
    section: 'touchpoints',
    crumbs: [
      { label: ui.touchpoints, href: href(locale, 'touchpoints') },
      { label: industry.text, lang: industry.lang },
      { label: title.text, lang: title.lang },
    ],
    side: {
      title: industry.text,
      links: siblings.map((s) => ({
        label: ctx.plain(s.data.title),
        href: href(locale, 'touchpoints', s.id),
        current: s.id === id,
        lang: show(s.data.title).lang,
      })),
      more: href(locale, 'touchpoints'),
    },
    search: {
      kind: 'touchpoint',
      filters: touchpointFilters(ctx, t),
      meta: { crumbs: `${ui.touchpoints} › ${industry.text}` },
    },
  };
  return {
    layout,
    main: main.value,
    knowledge: knowledgeSection(ctx, t.questions ?? [], id),
    after: changelog(ctx, t.changelog).value,
  };
}
