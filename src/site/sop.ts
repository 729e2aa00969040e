/**
 * A SOP page's parts as strings: the route (src/pages/[lang]/sops/[id].astro) renders them with
 * Astro, and the build writes the same page from them (src/site/written-pages/writer.ts).
 */
import { formatDuration } from '../model/duration.ts';
import { sopFlowSvg } from './sop-flow.ts';
import { changelog, related, shown, sopTimeline, termText, text } from './fragments.ts';
import { html, raw } from './html.ts';
import { knowledgeSection } from './knowledge.ts';
import type { EntityPage } from './written-pages/page-frame.ts';
import { editorHref, editUrl, type PageContext } from './page.ts';
import { href, pagePath } from './routes.ts';
import { sopFilters } from './search-filters.ts';

export function sopPage(ctx: PageContext, id: string, today = new Date().toISOString().slice(0, 10)): EntityPage {
  const { model, ui, show, locale } = ctx;
  const sop = model.sops.get(id)!.data;
  const tx = model.config.taxonomies;
  const title = show(sop.title);
  const touchpoints = (model.links.touchpointsOfSop.get(id) ?? [])
    .map((t) => model.touchpoints.get(t)!)
    .filter(Boolean);
  const cases = (model.links.casesOfSop.get(id) ?? []).map((c) => model.cases.get(c)!).filter(Boolean);
  const svg = sopFlowSvg(sop, { locale, fallback: model.config.defaultLocale });
  const raciOf = (step: (typeof sop.steps)[number], roleId: string) =>
    [
      step.actor === roleId && 'R',
      step.accountable === roleId && 'A',
      step.consulted?.includes(roleId) && 'C',
      step.informed?.includes(roleId) && 'I',
    ]
      .filter(Boolean)
      .join(', ');
  const overdue = sop.reviewBy !== undefined && sop.reviewBy < today;
  const edit = editUrl(model, 'sops', `${id}.yaml`);
  const siblings = model.sidebars.sops; // the first SIDEBAR_LIMIT SOPs, computed once per build
  const duration = (d: string | undefined) => d && formatDuration(d, locale);
  const badges = html`
    <ul class="badges">
      ${sop.code && html`<li><span class="badge">${sop.code}</span></li>`}
      <li><span class="badge">${termText(ctx, tx.tiers, sop.tier)}</span></li>
      ${overdue && html`<li><span class="badge badge--overdue">${ui.reviewOverdue}</span></li>`}
    </ul>`;
  const meta = html`
    <dl class="meta-list">
      <dt>${ui.trigger}</dt>
      <dd>${shown(ctx, sop.trigger)}</dd>
      <dt>${ui.owner}</dt>
      <dd>${shown(ctx, sop.owner)}</dd>
      <dt>${ui.version}</dt>
      <dd data-pagefind-ignore>${sop.version}</dd>
      <dt>${ui.effective}</dt>
      <dd data-pagefind-ignore><time datetime="${sop.effective}">${sop.effective}</time></dd>
      ${
        sop.reviewBy &&
        html`
          <dt>${ui.reviewBy}</dt>
          <dd data-pagefind-ignore><time datetime="${sop.reviewBy}">${sop.reviewBy}</time></dd>`
      }
      <dt>${ui.touchpoints}</dt>
      <dd data-pagefind-ignore>
        ${touchpoints.map((t, i) => html`${i > 0 && '、'}<a href="${href(locale, 'touchpoints', t.id)}">${shown(ctx, t.data.title)}</a>`)}
      </dd>
      <dt>${ui.editThis}</dt>
      <dd data-pagefind-ignore>
        <a href="${editorHref(locale, `sops/${id}.yaml`)}" data-edit-link>${ui.editInBrowser}</a>
        ${edit && html` · <a href="${edit}" rel="noopener">GitHub</a>`}
      </dd>
    </dl>`;
  const sla =
    sop.priorities &&
    sop.priorities.length > 0 &&
    html`
      <section aria-labelledby="sla">
        <h2 id="sla">${ui.sla}</h2>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">${ui.priority}</th>
                <th scope="col">${ui.definition}</th>
                <th scope="col">${ui.respond}</th>
                <th scope="col">${ui.resolve}</th>
                <th scope="col">${ui.followUp}</th>
                <th scope="col">${ui.note}</th>
              </tr>
            </thead>
            <tbody>
              ${sop.priorities.map(
                (p) => html`
                  <tr>
                    <th scope="row">${shown(ctx, p.label)}</th>
                    <td>${p.definition && shown(ctx, p.definition)}</td>
                    <td>${duration(p.respond)}</td>
                    <td>${duration(p.resolve)}</td>
                    <td>${duration(p.followUp)}</td>
                    <td>${p.note && shown(ctx, p.note)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>`;
  const raci = html`
    <section aria-labelledby="raci" data-pagefind-ignore="all">
      <h2 id="raci">${ui.raci}</h2>
      <p>${ui.raciLegend}</p>
      <div class="table-scroll">
        <table class="raci">
          <thead>
            <tr>
              <th scope="col">${ui.step}</th>
              ${sop.roles.map((r) => html`<th scope="col">${shown(ctx, r.name)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${sop.steps.map(
              (s, i) => html`
                <tr>
                  <td>${i + 1}. ${s.title ? ctx.plain(s.title) : ctx.plain(s.action).slice(0, 24)}</td>
                  ${sop.roles.map((r) => html`<td>${raciOf(s, r.id)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  const main = html`
    <h1>${text(title, locale)}</h1>
    ${badges}
    ${sop.summary && html`<p class="lede">${shown(ctx, sop.summary)}</p>`}
    ${meta}
    ${sla}
    <section aria-labelledby="steps">
      <h2 id="steps">${ui.steps}</h2>
      ${sopTimeline(ctx, sop)}
    </section>
    <section aria-labelledby="flow" data-pagefind-ignore="all">
      <h2 id="flow">${ui.flow}</h2>
      <figure class="flow">${raw(svg)}</figure>
    </section>
    ${raci}
    ${related(ctx, 'related-cases', ui.relatedCases, 'cases', cases)}`;
  return {
    layout: {
      ...ctx.base,
      path: pagePath('sops', id),
      title: title.text,
      description: ctx.plain(sop.summary),
      section: 'sops',
      crumbs: [
        { label: ui.sops, href: href(locale, 'sops') },
        { label: title.text, lang: title.lang },
      ],
      side: {
        title: ui.sops,
        links: siblings.map((s) => ({
          label: ctx.plain(s.data.title),
          href: href(locale, 'sops', s.id),
          current: s.id === id,
        })),
        more: href(locale, 'sops'),
      },
      search: { kind: 'sop', filters: sopFilters(ctx, sop), meta: { crumbs: ui.sops } },
    },
    main: main.value,
    knowledge: knowledgeSection(ctx, sop.questions ?? [], id),
    after: changelog(ctx, sop.changelog).value,
  };
}
