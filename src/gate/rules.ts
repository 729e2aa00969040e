/**
 * Rules that JSON Schema cannot express: ids unique across the handbook, references that
 * resolve, taxonomy values that exist, versions that agree with changelogs, case structure.
 * Each rule reads plain data and reports diagnostics located in the file that is wrong.
 */
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { checkApiBase } from './api-url.ts';
import { bilingualParam, CASE_SECTIONS, taxonomyScope, THING_NAMES, type DiagnosticCode } from './messages.ts';
import type { Bilingual, Params } from '../i18n/locale.ts';
import { ruleGrade, scorecardSections, type Entry } from '../model/model.ts';
import { textPaths, type Kind } from './schemas.ts';
import { toPointer, type JsonPath, type ParsedSource, type Range } from './source.ts';
import { closest } from './suggest.ts';
import { trimEnd } from '../text/trim.ts';
import { readThreshold, thresholdErrorParams, type Threshold } from '../model/threshold.ts';
import { figureAtOdds, thresholdFigure } from '../model/stated-figures.ts';
import type {
  AuditRecord,
  CaseFrontmatter,
  Checklist,
  HandbookConfig,
  Question,
  Sop,
  StandardItem,
  Terms,
  Touchpoint,
} from '../schema/types.generated.ts';

/** A file that parsed and passed its schema, ready for cross-file rules. */
export interface CheckedFile {
  kind: Kind;
  source: ParsedSource;
  data: unknown;
  /** Locale of a translation file. */
  locale?: string;
  stem: string;
}

export interface RuleContext {
  config: HandbookConfig | undefined;
  today: string;
  /** Every id declared by a touchpoint, SOP, checklist, case or guide, even in files with schema errors. */
  ids: Map<string, { kind: Kind; file: string; at: Range; duplicated: boolean }>;
  touchpoints: Map<string, Entry<Touchpoint>>;
  report: Diagnostic[];
}

/** The kinds an id may name: the entities', and a touchpoint's items. */
type NamedKind = Extract<Kind, keyof typeof THING_NAMES> | 'item';

/** A kind's name as a message's params: `kind`, `kindZh`. */
const kindParams = (kind: NamedKind): Params => bilingualParam('kind', THING_NAMES[kind]);

/** Components MDX may embed, and the kind of entity their id names. */
export const COMPONENT_KINDS: Record<string, NamedKind> = {
  Touchpoint: 'touchpoint',
  SopTimeline: 'sop',
  Sop: 'sop',
  Case: 'case',
  Checklist: 'checklist',
};

/** Reports `code` at the node at `path` (with `key`, at its key: for problems with a whole list). */
function at(
  ctx: RuleContext,
  source: ParsedSource,
  path: JsonPath,
  code: DiagnosticCode,
  params: Params = {},
  key = false,
) {
  ctx.report.push(diagnostic(source.file, source.locate(path, { key }), toPointer(path), code, params));
}

function ids(terms: Terms | undefined): string[] {
  return (terms ?? []).map((t) => t.id);
}

function taxonomy(
  ctx: RuleContext,
  source: ParsedSource,
  path: JsonPath,
  value: string | undefined,
  name: string,
  allowed: string[],
) {
  if (value === undefined || !ctx.config || allowed.includes(value)) return;
  const params: Params = { value, taxonomy: name, allowed: allowed.join(', ') };
  const suggestion = closest(value, allowed);
  if (suggestion) params.suggestion = suggestion;
  at(ctx, source, path, 'unknown-taxonomy-value', params);
}

function reference(ctx: RuleContext, source: ParsedSource, path: JsonPath, id: string, kind: NamedKind) {
  const target = ctx.ids.get(id);
  if (target && target.kind === kind) return;
  const candidates = [...ctx.ids].filter(([, v]) => v.kind === kind).map(([k]) => k);
  const params: Params = { id, ...kindParams(kind) };
  const suggestion = closest(id, candidates);
  if (suggestion) params.suggestion = suggestion;
  at(ctx, source, path, 'dangling-reference', params);
}

/** The ids of `list` differ; `scope` names the list in the message ("the same …"). */
function uniqueLocal(
  ctx: RuleContext,
  source: ParsedSource,
  list: readonly { id: string }[] | undefined,
  path: JsonPath,
  scope: Bilingual,
) {
  const seen = new Set<string>();
  (list ?? []).forEach((entry, i) => {
    if (seen.has(entry.id))
      at(ctx, source, [...path, i, 'id'], 'duplicate-local-id', { id: entry.id, ...bilingualParam('scope', scope) });
    seen.add(entry.id);
  });
}

function versioning(
  ctx: RuleContext,
  source: ParsedSource,
  data: { version: string; changelog: { version: string; date: string }[]; reviewBy?: string },
) {
  const latest = data.changelog[0];
  if (latest && latest.version !== data.version)
    at(ctx, source, ['version'], 'changelog-version-mismatch', { version: data.version, latest: latest.version });
  for (let i = 1; i < data.changelog.length; i++) {
    if ((data.changelog[i]?.date ?? '') > (data.changelog[i - 1]?.date ?? '')) {
      at(ctx, source, ['changelog', i, 'date'], 'changelog-order');
      break;
    }
  }
  if (data.reviewBy && data.reviewBy < ctx.today)
    at(ctx, source, ['reviewBy'], 'review-overdue', { date: data.reviewBy });
}

function questions(ctx: RuleContext, source: ParsedSource, list: Question[] | undefined) {
  uniqueLocal(ctx, source, list, ['questions'], THING_NAMES.questions);
  (list ?? []).forEach((q, i) => {
    uniqueLocal(ctx, source, q.options, ['questions', i, 'options'], THING_NAMES.question);
    const count = q.options.filter((o) => o.correct).length;
    if (q.multiple ? count < 1 : count !== 1)
      at(ctx, source, ['questions', i, 'options'], 'question-answers', { multiple: q.multiple ? 1 : 0, count }, true);
  });
}

/** Every localized text has the default locale, and no locale the handbook does not publish. */
function texts(ctx: RuleContext, file: CheckedFile) {
  if (!ctx.config) return;
  const { defaultLocale, locales } = ctx.config;
  const visit = (value: unknown, pattern: readonly string[], path: (string | number)[]) => {
    if (value === undefined || value === null) return;
    if (pattern.length === 0) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const map = value as Record<string, unknown>;
      if (!(defaultLocale in map)) at(ctx, file.source, path, 'text-missing-default', { locale: defaultLocale });
      for (const locale of Object.keys(map)) {
        if (!(locales as string[]).includes(locale))
          at(ctx, file.source, [...path, locale], 'text-unknown-locale', { locale, allowed: locales.join(', ') }, true);
      }
      return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, rest, [...path, i]));
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      visit((value as Record<string, unknown>)[head!], rest, [...path, head!]);
    }
  };
  for (const pattern of textPaths(file.kind)) visit(file.data, pattern, []);
}

function handbookRules(ctx: RuleContext, file: CheckedFile) {
  const c = file.data as HandbookConfig;
  const s = file.source;
  if (!c.locales.includes(c.defaultLocale))
    at(ctx, s, ['defaultLocale'], 'default-locale-missing', { locale: c.defaultLocale });
  for (const [name, terms] of Object.entries(c.taxonomies))
    uniqueLocal(ctx, s, terms as Terms, ['taxonomies', name], taxonomyScope(name));
  uniqueLocal(ctx, s, c.grading.levels, ['grading', 'levels'], THING_NAMES.levels);
  uniqueLocal(ctx, s, c.grading.grades, ['grading', 'grades'], THING_NAMES.grades);
  const levels = ids(c.grading.levels);
  const grades = ids(c.grading.grades);
  const seen = new Set<string>();
  c.grading.matrix.forEach((cell, i) => {
    taxonomy(ctx, s, ['grading', 'matrix', i, 'impact'], cell.impact, 'grading.levels', levels);
    taxonomy(ctx, s, ['grading', 'matrix', i, 'frequency'], cell.frequency, 'grading.levels', levels);
    taxonomy(ctx, s, ['grading', 'matrix', i, 'grade'], cell.grade, 'grading.grades', grades);
    const key = `${cell.impact}|${cell.frequency}`;
    if (seen.has(key))
      at(ctx, s, ['grading', 'matrix', i], 'grading-matrix', {
        problem: 'duplicate',
        impact: cell.impact,
        frequency: cell.frequency,
      });
    seen.add(key);
  });
  for (const impact of levels) {
    for (const frequency of levels) {
      if (!seen.has(`${impact}|${frequency}`))
        at(ctx, s, ['grading', 'matrix'], 'grading-matrix', { problem: 'missing', impact, frequency }, true);
    }
  }
  bands(ctx, s, c.scoring?.bands, ['scoring', 'bands']);
  uniqueLocal(ctx, s, c.scoring?.maturityLevels, ['scoring', 'maturityLevels'], THING_NAMES.maturityLevels);
  repositoryApi(ctx, s, c.repository?.api);
}

/** The address the editor sends tokens to: the editor's own check (api-url.ts), so both agree. */
function repositoryApi(ctx: RuleContext, source: ParsedSource, api: string | undefined) {
  if (api === undefined) return;
  const verdict = checkApiBase(api);
  if (!verdict.ok)
    at(ctx, source, ['repository', 'api'], 'repository-api-invalid', { value: api, problem: verdict.problem });
  else if (verdict.loopback) at(ctx, source, ['repository', 'api'], 'repository-api-loopback', { value: api });
}

function bands(
  ctx: RuleContext,
  source: ParsedSource,
  list: { id: string; min: number }[] | undefined,
  path: JsonPath,
) {
  if (!list) return;
  uniqueLocal(ctx, source, list, path, THING_NAMES.bands);
  const sorted = list.every((b, i) => i === 0 || b.min < list[i - 1]!.min);
  if (!sorted || list[list.length - 1]?.min !== 0) at(ctx, source, path, 'bands-order', {}, true);
}

function touchpointRules(ctx: RuleContext, file: CheckedFile) {
  const t = file.data as Touchpoint;
  const s = file.source;
  const c = ctx.config;
  if (c) {
    const tx = c.taxonomies;
    taxonomy(ctx, s, ['industry'], t.industry, 'taxonomies.industries', ids(tx.industries));
    taxonomy(ctx, s, ['category'], t.category, 'taxonomies.categories', ids(tx.categories));
    taxonomy(ctx, s, ['journeyStage'], t.journeyStage, 'taxonomies.journeyStages', ids(tx.journeyStages));
    taxonomy(ctx, s, ['channel'], t.channel, 'taxonomies.channels', ids(tx.channels));
    taxonomy(ctx, s, ['impact'], t.impact, 'grading.levels', ids(c.grading.levels));
    taxonomy(ctx, s, ['frequency'], t.frequency, 'grading.levels', ids(c.grading.levels));
    if (t.gradeOverride) {
      taxonomy(ctx, s, ['gradeOverride', 'grade'], t.gradeOverride.grade, 'grading.grades', ids(c.grading.grades));
      if (t.gradeOverride.grade === ruleGrade(c, t.impact, t.frequency))
        at(ctx, s, ['gradeOverride', 'grade'], 'grade-override-redundant', { grade: t.gradeOverride.grade });
    }
    t.items.forEach((item, i) => {
      taxonomy(ctx, s, ['items', i, 'dimension'], item.dimension, 'taxonomies.dimensions', ids(tx.dimensions));
      taxonomy(ctx, s, ['items', i, 'tier'], item.tier, 'taxonomies.tiers', ids(tx.tiers));
      if (item.answers === 'maturity' && !c.scoring?.maturityLevels?.length)
        at(ctx, s, ['items', i, 'answers'], 'maturity-levels-missing');
    });
  }
  uniqueLocal(ctx, s, t.items, ['items'], THING_NAMES.touchpoint);
  thresholds(ctx, s, t.items);
  (t.sops ?? []).forEach((id, i) => reference(ctx, s, ['sops', i], id, 'sop'));
  (t.cases ?? []).forEach((id, i) => reference(ctx, s, ['cases', i], id, 'case'));
  versioning(ctx, s, t);
  questions(ctx, s, t.questions);
}

/**
 * Every threshold reads as one by the grammar in threshold.ts, the parser the scorer and the
 * editor use too (the schema only asks for a string: a pattern would be a second parser).
 */
function thresholds(ctx: RuleContext, source: ParsedSource, items: readonly StandardItem[]) {
  items.forEach((item, i) => {
    if (item.threshold === undefined) return;
    const read = readThreshold(item.threshold);
    if (!read.ok)
      at(ctx, source, ['items', i, 'threshold'], 'threshold-invalid', thresholdErrorParams(item.threshold, read.error));
    else textAgreesWithThreshold(ctx, source, i, item, read.threshold);
  });
}

/**
 * A figure the item's text states in the threshold's unit is the threshold's figure (each locale
 * of a text map on its own): a text saying 300 lux above a threshold of 350 lux has the auditor
 * read one and score against the other (stated-figures.ts finds the figures).
 */
function textAgreesWithThreshold(
  ctx: RuleContext,
  source: ParsedSource,
  i: number,
  item: StandardItem,
  threshold: Threshold,
) {
  const texts: [JsonPath, unknown][] =
    typeof item.text === 'string'
      ? [[['items', i, 'text'], item.text]]
      : Object.entries(item.text).map(([locale, text]) => [['items', i, 'text', locale], text]);
  for (const [path, text] of texts) {
    const odd = typeof text === 'string' ? figureAtOdds(text, threshold) : undefined;
    if (odd)
      at(ctx, source, path, 'threshold-text-mismatch', {
        figure: odd.written,
        threshold: item.threshold ?? '',
        expected: thresholdFigure(threshold),
      });
  }
}

function sopRules(ctx: RuleContext, file: CheckedFile) {
  const p = file.data as Sop;
  const s = file.source;
  if (ctx.config) taxonomy(ctx, s, ['tier'], p.tier, 'taxonomies.tiers', ids(ctx.config.taxonomies.tiers));
  p.touchpoints.forEach((id, i) => reference(ctx, s, ['touchpoints', i], id, 'touchpoint'));
  uniqueLocal(ctx, s, p.roles, ['roles'], THING_NAMES.sop);
  uniqueLocal(ctx, s, p.steps, ['steps'], THING_NAMES.sop);
  uniqueLocal(ctx, s, p.priorities, ['priorities'], THING_NAMES.sop);
  const roles = p.roles.map((r) => r.id);
  const steps = p.steps.map((st) => st.id);
  const role = (path: JsonPath, id: string | undefined) => {
    if (id === undefined || roles.includes(id)) return;
    const params: Params = { id, allowed: roles.join(', ') };
    const suggestion = closest(id, roles);
    if (suggestion) params.suggestion = suggestion;
    at(ctx, s, path, 'unknown-role', params);
  };
  p.steps.forEach((step, i) => {
    role(['steps', i, 'actor'], step.actor);
    role(['steps', i, 'accountable'], step.accountable);
    (step.consulted ?? []).forEach((r, j) => role(['steps', i, 'consulted', j], r));
    (step.informed ?? []).forEach((r, j) => role(['steps', i, 'informed', j], r));
    if (step.escalation) role(['steps', i, 'escalation', 'to'], step.escalation.to);
    (step.branches ?? []).forEach((b, j) => {
      if (steps.includes(b.goto)) return;
      const params: Params = { id: b.goto, allowed: steps.join(', ') };
      const suggestion = closest(b.goto, steps);
      if (suggestion) params.suggestion = suggestion;
      at(ctx, s, ['steps', i, 'branches', j, 'goto'], 'unknown-step', params);
    });
  });
  versioning(ctx, s, p);
  questions(ctx, s, p.questions);
}

function checklistRules(ctx: RuleContext, file: CheckedFile) {
  const c = file.data as Checklist;
  const s = file.source;
  if (ctx.config)
    taxonomy(ctx, s, ['industry'], c.industry, 'taxonomies.industries', ids(ctx.config.taxonomies.industries));
  uniqueLocal(ctx, s, c.sections, ['sections'], THING_NAMES.checklist);
  const used = new Set<string>();
  c.sections.forEach((section, i) => {
    reference(ctx, s, ['sections', i, 'touchpoint'], section.touchpoint, 'touchpoint');
    if (used.has(section.touchpoint))
      at(ctx, s, ['sections', i, 'touchpoint'], 'duplicate-section-touchpoint', { id: section.touchpoint });
    used.add(section.touchpoint);
    const tp = ctx.touchpoints.get(section.touchpoint)?.data;
    if (!tp) return;
    const itemIds = tp.items.map((it) => it.id);
    (section.items ?? []).forEach((id, j) => {
      if (itemIds.includes(id)) return;
      const params: Params = { id: `${section.touchpoint}/${id}`, ...kindParams('item') };
      const suggestion = closest(id, itemIds);
      if (suggestion) params.suggestion = suggestion;
      at(ctx, s, ['sections', i, 'items', j], 'dangling-reference', params);
    });
  });
  const weighted = c.sections.filter((x) => x.weight !== undefined).length;
  if (weighted > 0 && weighted < c.sections.length) at(ctx, s, ['sections'], 'section-weights-partial', {}, true);
  versioning(ctx, s, c);
  bands(ctx, s, c.bands, ['bands']);
}

/** Second-level headings of a Markdown body, with their line numbers. */
function headings(body: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const text = fenced ? undefined : secondLevelHeading(line);
    if (text !== undefined) out.push({ text, line: firstLine + i });
  });
  return out;
}

/**
 * The text of a `## Heading` line (an optional closing run of #s removed), or undefined. Read
 * in one pass: the regex it replaces backtracked polynomially on long runs of white space.
 */
function secondLevelHeading(line: string): string | undefined {
  if (!line.startsWith('##') || !/\s/.test(line.charAt(2))) return undefined;
  const text = trimEnd(trimEnd(line.slice(3).trim(), '#'), /\s/);
  return text === '' ? undefined : text;
}

function caseSections(
  ctx: RuleContext,
  source: ParsedSource,
  body: string | undefined,
  bodyLine: number | undefined,
  locale: string,
) {
  if (body === undefined) return;
  const found = headings(body, bodyLine ?? 1).map((h) => h.text.trim());
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  for (const part of CASE_SECTIONS) {
    if (found.includes(part[lang]) || found.includes(part.en) || found.includes(part['zh-CN'])) continue;
    const line = bodyLine ?? 1;
    ctx.report.push(
      diagnostic(source.file, { start: { line, column: 1 } }, '', 'case-missing-section', {
        ...bilingualParam('heading', part),
        expected: part[lang],
      }),
    );
  }
}

/** `<Touchpoint id="…" />` and friends in an MDX body must name existing entities. */
function components(ctx: RuleContext, source: ParsedSource, body: string | undefined, bodyLine: number | undefined) {
  if (!body) return;
  // [^<>] rather than [^>]: a tag's attributes end at the next <, so each search for id= stops there
  // (with [^>] a line of unclosed tags was searched to its end from every one of them).
  const pattern = /<([A-Z][A-Za-z]*)\b[^<>]*?\bid=(?:"([^"]*)"|'([^']*)')/g;
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    for (const m of text.matchAll(pattern)) {
      const kind = COMPONENT_KINDS[m[1]!];
      if (!kind) continue;
      const id = m[2] ?? m[3] ?? '';
      const target = ctx.ids.get(id);
      if (target && target.kind === kind) continue;
      const params: Params = { component: m[1]!, id, ...kindParams(kind) };
      const suggestion = closest(
        id,
        [...ctx.ids].filter(([, v]) => v.kind === kind).map(([k]) => k),
      );
      if (suggestion) params.suggestion = suggestion;
      const line = (bodyLine ?? 1) + i;
      ctx.report.push(
        diagnostic(source.file, { start: { line, column: (m.index ?? 0) + 1 } }, '', 'unknown-component', params),
      );
    }
  });
}

function caseRules(ctx: RuleContext, file: CheckedFile) {
  const c = file.data as CaseFrontmatter;
  const s = file.source;
  if (ctx.config)
    taxonomy(ctx, s, ['industry'], c.industry, 'taxonomies.industries', ids(ctx.config.taxonomies.industries));
  c.touchpoints.forEach((id, i) => reference(ctx, s, ['touchpoints', i], id, 'touchpoint'));
  (c.sops ?? []).forEach((id, i) => reference(ctx, s, ['sops', i], id, 'sop'));
  caseSections(ctx, s, s.body, s.bodyLine, ctx.config?.defaultLocale ?? 'zh-CN');
  components(ctx, s, s.body, s.bodyLine);
}

function translationRules(ctx: RuleContext, file: CheckedFile, parentKind: 'case' | 'guide') {
  const t = file.data as { translationOf: string };
  const s = file.source;
  const locale = file.locale ?? '';
  const knownLocale =
    !ctx.config || ((ctx.config.locales as string[]).includes(locale) && locale !== ctx.config.defaultLocale);
  if (ctx.config && !knownLocale) {
    const allowed = ctx.config.locales.filter((l) => l !== ctx.config!.defaultLocale).join(', ');
    ctx.report.push(
      diagnostic(s.file, { start: { line: 1, column: 1 } }, '', 'translation-locale', { locale, allowed }),
    );
  }
  if (t.translationOf !== file.stem)
    at(ctx, s, ['translationOf'], 'translation-mismatch', { id: t.translationOf, expected: file.stem });
  else reference(ctx, s, ['translationOf'], t.translationOf, parentKind);
  if (parentKind === 'case' && knownLocale) caseSections(ctx, s, s.body, s.bodyLine, locale);
  components(ctx, s, s.body, s.bodyLine);
}

const ANSWERS: Record<string, string[]> = {
  binary: ['conforms', 'fails', 'na'],
  graded: ['conforms', 'partly', 'fails', 'na'],
  measured: ['na'],
};

/** An audit record: its scope resolves, and every response fits its item. */
export function auditRules(ctx: RuleContext, file: CheckedFile, checklists: ReadonlyMap<string, Entry<Checklist>>) {
  const a = file.data as AuditRecord;
  const s = file.source;
  if ((a.checklist === undefined) === (a.touchpoints === undefined)) {
    at(ctx, s, a.checklist !== undefined ? ['touchpoints'] : [], 'audit-scope');
    return;
  }
  const checklist = a.checklist !== undefined ? checklists.get(a.checklist) : undefined;
  if (a.checklist !== undefined) {
    reference(ctx, s, ['checklist'], a.checklist, 'checklist');
    if (checklist && a.checklistVersion && a.checklistVersion !== checklist.data.version) {
      at(ctx, s, ['checklistVersion'], 'audit-version-changed', {
        what: 'checklist',
        id: a.checklist,
        from: a.checklistVersion,
        to: checklist.data.version,
      });
    }
  }
  (a.touchpoints ?? []).forEach((id, i) => reference(ctx, s, ['touchpoints', i], id, 'touchpoint'));
  for (const [id, version] of Object.entries(a.standards ?? {})) {
    const current = ctx.touchpoints.get(id)?.data.version;
    if (current && version !== undefined && current !== version)
      at(ctx, s, ['standards', id], 'audit-version-changed', { what: 'touchpoint', id, from: version, to: current });
  }
  const scope: { checklist?: Checklist; touchpoints?: readonly string[] } = checklist
    ? { checklist: checklist.data }
    : a.touchpoints
      ? { touchpoints: a.touchpoints }
      : {};
  const sections = scorecardSections(ctx.touchpoints, scope);
  if (a.checklist !== undefined && !checklist) return;
  const items = new Map<string, StandardItem>(
    sections.flatMap((sec) => sec.items.map((item) => [`${sec.touchpoint}/${item.id}`, item] as const)),
  );
  const levels = (ctx.config?.scoring?.maturityLevels ?? []).map((l) => l.id);
  const inScope = new Set(checklist ? checklist.data.sections.map((x) => x.touchpoint) : (a.touchpoints ?? []));
  const seen = new Set<string>();
  a.responses.forEach((r, i) => {
    const key = `${r.touchpoint}/${r.item}`;
    const item = items.get(key);
    // A touchpoint in scope that has errors of its own (or is missing) is reported where it is
    // wrong; do not pile on here.
    if (!item && inScope.has(r.touchpoint) && !ctx.touchpoints.has(r.touchpoint)) return;
    if (!item) {
      at(ctx, s, ['responses', i, 'item'], 'audit-item-not-scored', { touchpoint: r.touchpoint, item: r.item });
      return;
    }
    if (seen.has(key))
      at(ctx, s, ['responses', i], 'audit-duplicate-response', { touchpoint: r.touchpoint, item: r.item });
    seen.add(key);
    const answers = item.answers ?? 'graded';
    const allowed = answers === 'maturity' ? [...levels, 'na'] : ANSWERS[answers]!;
    if (r.value === undefined || r.value === 'na') {
      if (r.value === 'na' && item.naAllowed === false)
        at(ctx, s, ['responses', i, 'value'], 'audit-na-not-allowed', { item: key });
    } else if (answers === 'measured' && r.reading === undefined) {
      at(ctx, s, ['responses', i, 'value'], 'audit-reading-missing', { item: key, threshold: item.threshold ?? '' });
    } else if (!allowed.includes(r.value)) {
      at(ctx, s, ['responses', i, 'value'], 'audit-bad-value', {
        value: r.value,
        answers,
        allowed: allowed.join(', '),
      });
    }
  });
}

/** Runs every rule for one checked file. */
export function applyRules(ctx: RuleContext, file: CheckedFile, checklists: ReadonlyMap<string, Entry<Checklist>>) {
  texts(ctx, file);
  switch (file.kind) {
    case 'handbook':
      return handbookRules(ctx, file);
    case 'touchpoint':
      return touchpointRules(ctx, file);
    case 'sop':
      return sopRules(ctx, file);
    case 'checklist':
      return checklistRules(ctx, file);
    case 'case':
      return caseRules(ctx, file);
    case 'guide':
      return components(ctx, file.source, file.source.body, file.source.bodyLine);
    case 'translation': {
      const parent = file.source.file.startsWith('cases/') ? 'case' : 'guide';
      return translationRules(ctx, file, parent);
    }
    case 'audit':
      return auditRules(ctx, file, checklists);
  }
}
