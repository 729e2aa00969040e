/**
 * The knowledge check section of a touchpoint or SOP page, around its island: EntityPage.astro
 * renders the island between `open` and `close`, and the build writes touchpoint and SOP pages with the
 * same parts (src/site/written-pages/writer.ts).
 */
import type { LocalizedText, PlainOrShown } from '../i18n/locale.ts';
import { normalizePassMark } from '../scoring/quiz.ts';
import type { Question } from '../schema/types.generated.ts';
import { encodeQuestions, type KnowledgeCheckProps, type QuizQuestion } from '../widgets/knowledge/knowledge.svelte.ts';
import { text } from './fragments.ts';
import { attr, html } from './html.ts';
import type { PageContext } from './page.ts';

export interface KnowledgeSection {
  props: KnowledgeCheckProps;
  /** The section's start, up to where the island goes. */
  open: string;
  /** The answers without JavaScript, and the section's end. */
  close: string;
}

/** The section's parts, or undefined when there are no questions (no section at all). */
export function knowledgeSection(
  ctx: PageContext,
  questions: readonly Question[],
  owner: string,
): KnowledgeSection | undefined {
  if (questions.length === 0) return undefined;
  const { ui, show, locale, model } = ctx;
  const touchpoint = model.touchpoints.get(owner);
  const kind = touchpoint ? 'touchpoint' : 'sop';
  const version = (touchpoint ?? model.sops.get(owner))?.data.version ?? '';
  // Texts in the page's language are plain strings; a fallback carries its lang (as `text` does).
  const shown = (t: LocalizedText | undefined): PlainOrShown => {
    const s = show(t);
    return s.lang === locale ? s.text : s;
  };
  const quiz: QuizQuestion[] = questions.map((q) => ({
    id: q.id,
    prompt: shown(q.prompt),
    ...(q.multiple ? { multiple: true as const } : {}),
    options: q.options.map((o) => ({
      id: o.id,
      text: shown(o.text),
      ...(o.correct ? { correct: true as const } : {}),
    })),
    explanation: shown(q.explanation),
  }));
  const props: KnowledgeCheckProps = {
    owner,
    kind,
    locale,
    version,
    q: encodeQuestions(quiz),
    passMark: normalizePassMark(model.config.knowledgeCheck?.passMark),
  };
  const open = html`
    <section aria-labelledby="knowledge-check" id="knowledge-check-slot"${attr('data-owner', owner)} data-pagefind-ignore="all">
      <h2 id="knowledge-check">${ui.knowledgeCheck}</h2>`;
  const correctAnswers = (q: (typeof questions)[number]) =>
    q.options
      .filter((o) => o.correct)
      .map((o) => ctx.plain(o.text))
      .join(' · ');
  const close = html`
      <noscript>
        <p>${ui.knowledgeCheckNoJs}</p>
        <ol class="kc-answers">
          ${questions.map(
            (q) => html`
              <li>
                <details>
                  <summary>${text(show(q.prompt), locale)} · ${ui.correctAnswer}</summary>
                  <p><strong>${correctAnswers(q)}</strong></p>
                  <p>${text(show(q.explanation), locale)}</p>
                </details>
              </li>`,
          )}
        </ol>
      </noscript>
    </section>`;
  return { props, open: open.value, close: close.value };
}
