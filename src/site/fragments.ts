/**
 * The repeated parts of reading pages as HTML strings (src/site/html.ts says why): localized
 * texts, grade badges, standard items, SOP timelines, link lists, change logs and touchpoint
 * cards. Pages and the thin components in src/components insert them with `set:html`; each
 * function is the one place its markup is written.
 */
import { EMBED_PLACEHOLDER } from '../content/markdown-body.ts';
import { formatDuration } from '../model/duration.ts';
import type { LocalizedText, Shown } from '../i18n/locale.ts';
import type { ChangelogEntry, Sop, StandardItem, Terms, Touchpoint } from '../schema/types.generated.ts';
import { attr, html, raw, type Html } from './html.ts';
import type { PageContext } from './page.ts';
import { href, type Section } from './routes.ts';

/**
 * A localized text. When it fell back to another locale than the page's, it carries its own
 * `lang` (screen readers and fonts follow it) and a class that marks it as untranslated.
 */
export function text(value: Shown, pageLang: string, tag: 'span' | 'p' | 'div' = 'span'): Html {
  if (value.lang !== pageLang)
    return html`<${raw(tag)} lang="${value.lang}" class="untranslated">${value.text}</${raw(tag)}>`;
  return tag === 'span' ? html`${value.text}` : html`<${raw(tag)}>${value.text}</${raw(tag)}>`;
}

/** The page's text of a localized value (`show` then `text`). */
export function shown(ctx: PageContext, value: LocalizedText | undefined): Html {
  return text(ctx.show(value), ctx.locale);
}

/** The page's text of a taxonomy value's label (`term` then `text`). */
export function termText(ctx: PageContext, terms: Terms, id: string | undefined): Html {
  return text(ctx.term(terms, id), ctx.locale);
}

export function gradeBadge(ctx: PageContext, grade: string | undefined): Html {
  const label = ctx.term(ctx.model.config.grading.grades, grade);
  const known = grade === 'key' || grade === 'important' || grade === 'general';
  return html`<span class="${known ? `badge badge--${grade}` : 'badge'}"${attr('lang', label.lang !== ctx.locale ? label.lang : undefined)}>${label.text}</span>`;
}

/**
 * One standard item. Search indexes what the item says and how to check it, not the weight and
 * time-limit lines (nor the labels and the id: SEARCH_EXCLUDE in src/search/pagefind.ts),
 * which every item repeats: they match every page, and only make the index bigger and Pagefind
 * slower.
 */
export function item(ctx: PageContext, it: StandardItem): Html {
  const { ui, locale } = ctx;
  const tx = ctx.model.config.taxonomies;
  const critical = it.critical ?? 'none';
  const answers = it.answers ?? 'graded';
  const badge = (kind: string, label: string, help: string) =>
    html`<li><span class="badge badge--${kind}" title="${help}">${label}<span class="visually-hidden">: ${help}</span></span></li>`;
  return html`
    <article class="${critical !== 'none' ? `item item--${critical}` : 'item'}" aria-labelledby="item-${it.id}">
      <h4 id="item-${it.id}">${shown(ctx, it.text)}</h4>
      <ul class="badges">
        <li><span class="badge badge--tier">${termText(ctx, tx.tiers, it.tier)}</span></li>
        ${critical === 'audit' && badge('redline', ui.redLine, ui.redLineHelp)}
        ${critical === 'section' && badge('section', ui.criticalSection, ui.criticalSectionHelp)}
        ${it.threshold && html`<li><span class="badge">${ui.threshold}: <span class="threshold">${it.threshold}</span></span></li>`}
      </ul>
      <dl>
        ${
          it.check &&
          html`
            <dt>${ui.howToCheck}</dt>
            <dd>${shown(ctx, it.check)}</dd>`
        }
        ${
          it.evidence &&
          html`
            <dt>${ui.evidence}</dt>
            <dd>${shown(ctx, it.evidence)}</dd>`
        }
        <dt>${ui.weight}</dt>
        <dd data-pagefind-ignore>${it.weight ?? 1} · ${ui.answers[answers]}${it.naAllowed === false && ` · ${ui.naNotAllowed}`}</dd>
        ${
          it.timeLimit &&
          html`
            <dt>${ui.correctWithin}</dt>
            <dd data-pagefind-ignore>${formatDuration(it.timeLimit, locale)}</dd>`
        }
      </dl>
      <p class="item__id">${it.id}</p>
    </article>`;
}

/** A titled list of links to other entities (related SOPs, cases, checklists …); nothing when empty. Not indexed for search: those titles belong to the pages they link to. */
export function related(
  ctx: PageContext,
  id: string,
  title: string,
  section: Section,
  entries: readonly { id: string; data: { title?: LocalizedText } }[],
): Html {
  if (entries.length === 0) return html``;
  return html`
    <section aria-labelledby="${id}" data-pagefind-ignore="all">
      <h2 id="${id}">${title}</h2>
      <ul>
        ${entries.map((e) => html`<li><a href="${href(ctx.locale, section, e.id)}">${shown(ctx, e.data.title ?? e.id)}</a></li>`)}
      </ul>
    </section>`;
}

export function changelog(ctx: PageContext, entries: readonly ChangelogEntry[]): Html {
  const { ui } = ctx;
  return html`
    <section aria-labelledby="changelog" data-pagefind-ignore="all">
      <h2 id="changelog">${ui.changelog}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${ui.version}</th>
              <th scope="col">${ui.date}</th>
              <th scope="col">${ui.note}</th>
            </tr>
          </thead>
          <tbody>
            ${entries.map(
              (c) => html`
                <tr>
                  <td>${c.version}</td>
                  <td><time datetime="${c.date}">${c.date}</time></td>
                  <td>${shown(ctx, c.reason)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
}

/** An SOP's steps as a timeline with actors, time limits, scripts, escalations and branches. */
export function sopTimeline(ctx: PageContext, sop: Sop, headingLevel: 'h3' | 'h4' = 'h3'): Html {
  const { ui, locale } = ctx;
  const H = raw(headingLevel);
  const role = (id: string | undefined) => ctx.plain(sop.roles.find((r) => r.id === id)?.name) || (id ?? '');
  const stepIndex = new Map(sop.steps.map((s, i) => [s.id, i + 1]));
  const escalation = (e: NonNullable<(typeof sop.steps)[number]['escalation']>) => html`
    <p>
      <strong>${ui.escalation}:</strong> ${ui.escalateTo(role(e.to), e.after ? formatDuration(e.after, locale) : '')}${e.action && html` — ${shown(ctx, e.action)}`}
    </p>`;
  const step = (s: (typeof sop.steps)[number]) => html`
    <li id="step-${sop.id}-${s.id}">
      <${H} id="${sop.id}-${s.id}">${s.title ? shown(ctx, s.title) : `${ui.step} ${stepIndex.get(s.id)}`}</${H}>
      <p>
        <strong>${role(s.actor)}</strong>
        ${s.timeLimit && html` · ${ui.timeLimit} <span class="threshold">${formatDuration(s.timeLimit, locale)}</span>`}
      </p>
      <p>${shown(ctx, s.action)}</p>
      ${s.script && html`<p class="script"><span class="visually-hidden">${ui.script}: </span>${shown(ctx, s.script)}</p>`}
      ${
        s.quality &&
        s.quality.length > 0 &&
        html`
          <p><strong>${ui.quality}</strong></p>
          <ul>
            ${s.quality.map((q) => html`<li>${shown(ctx, q)}</li>`)}
          </ul>`
      }
      ${s.escalation && escalation(s.escalation)}
      ${
        s.branches &&
        s.branches.length > 0 &&
        html`
          <p><strong>${ui.branches}</strong></p>
          <ul>
            ${s.branches.map(
              (b) =>
                html`<li>${shown(ctx, b.when)} → ${ui.branchTo} <a href="#step-${sop.id}-${b.goto}">${ui.step} ${stepIndex.get(b.goto)}</a></li>`,
            )}
          </ul>`
      }
      ${s.end && html`<p><em>${ui.endsHere}</em></p>`}
    </li>`;
  return html`
    <ol class="timeline">
      ${sop.steps.map(step)}
    </ol>`;
}

/** A touchpoint as a card in a list (indexes, MDX embeds); `filterable` adds the data the CSS filters match. */
export function touchpointCard(ctx: PageContext, t: Touchpoint, heading: 'h2' | 'h3' = 'h3', filterable = false): Html {
  const tx = ctx.model.config.taxonomies;
  const grade = ctx.model.grades.get(t.id);
  const H = raw(heading);
  const data = filterable
    ? html`${attr('data-industry', t.industry)}${attr('data-category', t.category)}${attr('data-stage', t.journeyStage)}${attr('data-channel', t.channel)}${attr('data-grade', grade)}`
    : '';
  return html`
    <li class="card" data-touchpoint="${t.id}"${data}>
      <${H}><a href="${href(ctx.locale, 'touchpoints', t.id)}">${shown(ctx, t.title)}</a></${H}>
      <ul class="badges">
        <li><span class="badge">${t.code}</span></li>
        <li>${gradeBadge(ctx, grade)}</li>
        <li><span class="badge">${termText(ctx, tx.industries, t.industry)}</span></li>
        <li><span class="badge">${termText(ctx, tx.journeyStages, t.journeyStage)}</span></li>
      </ul>
      ${t.summary && html`<p>${shown(ctx, t.summary)}</p>`}
      <p>${ctx.ui.itemsCount(t.items.length)}</p>
    </li>`;
}

/** `<Touchpoint id="…" />` in a case or guide: the touchpoint's card (nothing for an unknown id). */
export function touchpointEmbed(ctx: PageContext, id: string): Html {
  const touchpoint = ctx.model.touchpoints.get(id);
  return touchpoint ? html`<ul class="cards">${touchpointCard(ctx, touchpoint.data)}</ul>` : html``;
}

/** `<SopTimeline id="…" />` or `<Sop id="…" />` in a case or guide: the SOP's steps. */
export function sopEmbed(ctx: PageContext, id: string): Html {
  const sop = ctx.model.sops.get(id)?.data;
  return sop
    ? html`<aside class="card"><p><a href="${href(ctx.locale, 'sops', sop.id)}">${shown(ctx, sop.title)}</a></p>${sopTimeline(ctx, sop, 'h4')}</aside>`
    : html``;
}

/** A plain Markdown body's HTML with its embed placeholders (src/content/markdown-body.ts) filled in. */
export function withEmbeds(ctx: PageContext, rendered: string): Html {
  return raw(
    rendered
      .trimEnd()
      .replace(
        EMBED_PLACEHOLDER,
        (_, name: string, id: string) => (name === 'Touchpoint' ? touchpointEmbed(ctx, id) : sopEmbed(ctx, id)).value,
      ),
  );
}
