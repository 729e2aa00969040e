/**
 * `touchstone score <record>`: scores an audit record against the handbook with the scoring engine
 * (src/scoring/score.ts). The record goes through the same gate pieces as a record kept in the
 * handbook; an invalid record prints the gate's diagnostics and exits 1. A valid record exits 0
 * whatever its verdict.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatText, hasErrors, renderDiagnostic, summarize, type Diagnostic } from '../gate/diagnostics.ts';
import { checkAuditFile, loadHandbook } from '../gate/load-handbook.ts';
import { CLI_MESSAGES, SCORE_REPORT } from '../i18n/cli.ts';
import { localize, type Locale, type LocalizedText } from '../i18n/locale.ts';
import { formatThreshold } from '../model/threshold.ts';
import { VERDICT_NOTES } from '../i18n/scoring.ts';
import { scoreAudit, type AuditResult } from '../scoring/score.ts';
import { scorecardFor } from '../scoring/build-scorecard.ts';
import { versionChanges, type VersionChanges } from '../scoring/version-changes.ts';
import type { Scorecard, ScorecardItem } from '../scoring/scorecard.ts';
import type { AuditRecord } from '../schema/types.generated.ts';
import { parseCommandArgs, stringValue } from './args.ts';
import { parseLang, usage, type CliIO } from './io.ts';

const FORMATS = ['text', 'json'] as const;
const DATE = /^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$/;

/** A 0–100 score with one decimal, or the locale's n/a. */
function pct(score: number | null, locale: Locale): string {
  return score === null ? SCORE_REPORT[locale].na : score.toFixed(1);
}

/** A number of points without trailing zeros (1.5, 4). */
function num(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

export function runScore(argv: readonly string[], io: CliIO): number {
  const args = parseCommandArgs(argv, {
    handbook: { type: 'string' },
    format: { type: 'string', default: 'text' },
    lang: { type: 'string' },
    date: { type: 'string' },
  });
  if (args.help) {
    io.out(usage('score'));
    return 0;
  }
  const { positionals } = args;
  const values = {
    format: stringValue(args.values, 'format'),
    lang: stringValue(args.values, 'lang'),
    date: stringValue(args.values, 'date'),
    handbook: stringValue(args.values, 'handbook'),
  };
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    io.err(`${CLI_MESSAGES.scoreFormat}\n\n${usage('score')}`);
    return 2;
  }
  const lang = parseLang(values.lang);
  if (lang instanceof Error) {
    io.err(`${lang.message}\n\n${usage('score')}`);
    return 2;
  }
  if (values.date !== undefined && !DATE.test(values.date)) {
    io.err(`${CLI_MESSAGES.badDate(values.date)}\n\n${usage('score')}`);
    return 2;
  }
  if (positionals.length !== 1) {
    io.err(`${CLI_MESSAGES.scoreOneRecord}\n\n${usage('score')}`);
    return 2;
  }
  const recordPath = resolve(io.cwd, positionals[0]!);
  let isFile: boolean;
  try {
    isFile = statSync(recordPath).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) {
    io.err(`${SCORE_REPORT[lang ?? 'en'].notFound(positionals[0]!)}\n\n${usage('score')}`);
    return 2;
  }

  const dir = resolve(io.cwd, values.handbook ?? 'standards');
  const loaded = loadHandbook(dir);
  const locale: Locale = lang ?? (loaded.model?.config.defaultLocale as Locale | undefined) ?? 'zh-CN';
  const prefix = relative(io.cwd, dir).split('\\').join('/');
  const shown = (file: string) => (prefix ? `${prefix}/${file}` : file);
  // The record's own problems are reported below, by the record check, when it sits in the handbook.
  const handbookErrors = loaded.diagnostics.filter(
    (d) => d.severity === 'error' && resolve(dir, d.file) !== recordPath,
  );
  if (!loaded.model || handbookErrors.length > 0) {
    printDiagnostics(
      io,
      format,
      handbookErrors.length > 0 ? handbookErrors : loaded.diagnostics,
      loaded.files,
      locale,
      shown,
    );
    return 1;
  }
  const model = loaded.model;
  const check = checkAuditFile(model, recordPath, { cwd: io.cwd });
  if (hasErrors(check.diagnostics) || !check.record) {
    printDiagnostics(io, format, check.diagnostics, 1, locale, (f) => f);
    return 1;
  }
  const record = check.record;
  const card = scorecardFor(
    model,
    record.checklist !== undefined ? { checklist: record.checklist } : { touchpoints: record.touchpoints ?? [] },
  );
  if (!card) {
    // The gate has checked the references; this only happens if the model lost an entity.
    printDiagnostics(io, format, check.diagnostics, 1, locale, (f) => f);
    return 1;
  }
  const result = scoreAudit(card, record.responses, { date: values.date ?? record.date });
  const changes = versionChanges(record, card);
  const file = relative(io.cwd, recordPath).split('\\').join('/');
  if (format === 'json') {
    io.out(JSON.stringify(jsonReport(file, record, card, result, changes, check.diagnostics, locale), null, 2));
  } else {
    io.out(textReport(file, record, card, result, changes, locale));
  }
  return 0;
}

function printDiagnostics(
  io: CliIO,
  format: 'text' | 'json',
  diagnostics: readonly Diagnostic[],
  files: number,
  locale: Locale,
  shown: (f: string) => string,
) {
  const rendered = diagnostics.map((d) => renderDiagnostic(d, locale, shown(d.file)));
  if (format === 'json') {
    const errors = rendered.filter((d) => d.severity === 'error').length;
    io.out(JSON.stringify({ files, errors, warnings: rendered.length - errors, diagnostics: rendered }, null, 2));
  } else {
    for (const d of rendered) io.out(formatText(d, locale) + '\n');
    io.out(summarize(diagnostics, files, locale));
  }
}

function jsonReport(
  file: string,
  record: AuditRecord,
  card: Scorecard,
  result: AuditResult,
  changes: VersionChanges,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
) {
  const text = (t: LocalizedText | undefined) => localize(t, locale, card.defaultLocale).text;
  return {
    record: file,
    site: record.site,
    auditor: record.auditor,
    date: record.date,
    kind: record.kind,
    scope: card.scope,
    title: text(card.title),
    handbookVersion: card.handbookVersion,
    passMark: card.passMark,
    method: result.method,
    overall: result.overall,
    raw: result.raw,
    verdict: result.verdict,
    verdictNote: result.verdict === 'nothing-to-score' ? VERDICT_NOTES['nothing-to-score'][locale] : undefined,
    band: result.band?.id ?? null,
    completion: result.completion,
    applicable: result.applicable,
    answered: result.answered,
    missing: result.missing,
    redLinesFailed: result.redLinesFailed,
    sections: result.sections.map((s, i) => ({
      id: s.id,
      touchpoint: s.touchpoint,
      title: text(card.sections[i]?.title),
      score: s.score,
      raw: s.raw,
      earned: s.earned,
      possible: s.possible,
      zeroedBy: s.zeroedBy,
      applicable: s.applicable,
      answered: s.answered,
      items: s.items,
    })),
    actions: result.actions,
    problems: result.problems,
    changes,
    warnings: diagnostics.filter((d) => d.severity === 'warning').map((d) => renderDiagnostic(d, locale)),
  };
}

function textReport(
  file: string,
  record: AuditRecord,
  card: Scorecard,
  result: AuditResult,
  changes: VersionChanges,
  locale: Locale,
): string {
  const t = SCORE_REPORT[locale];
  const text = (x: LocalizedText | undefined) => localize(x, locale, card.defaultLocale).text;
  const key = (x: { touchpoint: string; item: string }) => `${x.touchpoint}/${x.item}`;
  const items = new Map<string, ScorecardItem>(
    card.sections.flatMap((s) => s.items.map((i) => [`${i.touchpoint}/${i.id}`, i] as const)),
  );
  const responses = new Map<string, AuditRecord['responses'][number]>(
    record.responses.map((r) => [`${r.touchpoint}/${r.item}`, r] as const),
  );
  const lines: string[] = [];
  const { paren, semi } = t;

  if (result.missing.length > 0)
    lines.push(t.incomplete(result.missing.length, result.applicable, result.missing.map(key).join(t.sep)));
  if (result.verdict === 'nothing-to-score') lines.push(VERDICT_NOTES['nothing-to-score'][locale]);
  const version =
    'checklist' in card.scope
      ? `${card.scope.checklist} ${card.scope.checklistVersion}`
      : card.scope.touchpoints.join(', ');
  lines.push(`${text(card.title)}${paren(`${version}${semi}${t.handbook} ${card.handbookVersion}`)}`);
  lines.push(
    `${t.record}${t.colon}${file} · ${record.site} · ${record.auditor} · ${record.date} · ${t.kinds[record.kind]}`,
  );
  lines.push('');

  lines.push(t.sections);
  const idWidth = Math.max(...result.sections.map((s) => s.id.length), 0);
  result.sections.forEach((s, i) => {
    const title = text(card.sections[i]?.title);
    const detail =
      s.raw === null
        ? t.answeredOf(s.answered, s.applicable)
        : [
            `${t.raw} ${pct(s.raw, locale)}`,
            t.points(num(s.earned), num(s.possible)),
            t.answeredOf(s.answered, s.applicable),
          ].join(semi);
    const zeroed = s.zeroedBy.length > 0 ? `  ${t.zeroedBy(s.zeroedBy.join(t.sep))}` : '';
    lines.push(`  ${s.id.padEnd(idWidth)}  ${pct(s.score, locale).padStart(5)}  ${title}${paren(detail)}${zeroed}`);
  });
  lines.push('');

  const band = result.band ? `${result.band.id}${paren(text(result.band.label))}` : t.na;
  lines.push(`${t.overall}${t.colon}${pct(result.overall, locale)}${paren(t.method[result.method])}`);
  lines.push(`${t.rawTitle}${t.colon}${pct(result.raw, locale)}`);
  lines.push(`${t.band}${t.colon}${band}`);
  lines.push(`${t.verdict}${t.colon}${t.verdicts[result.verdict]}`);
  lines.push(`${t.passMark}${t.colon}${num(card.passMark)}`);
  lines.push(
    `${t.completion}${t.colon}${result.answered} / ${result.applicable}${paren(`${(result.completion * 100).toFixed(1)}%`)}`,
  );
  if (result.redLinesFailed.length > 0)
    lines.push(`${t.redLines}${t.colon}${result.redLinesFailed.map(key).join(t.sep)}`);
  if (result.problems.length > 0)
    lines.push(`${t.problems}${t.colon}${result.problems.map((p) => `${key(p)}${paren(p.code)}`).join(t.sep)}`);
  lines.push('');

  const parts: string[] = [];
  if (changes.checklist)
    parts.push(`${t.checklist} ${changes.checklist.id} ${changes.checklist.from} → ${changes.checklist.to}`);
  for (const c of changes.touchpoints) parts.push(`${t.touchpoint} ${c.id} ${c.from} → ${c.to}`);
  if (changes.added.length > 0) parts.push(`${t.added}${t.colon}${changes.added.join(t.sep)}`);
  if (changes.removed.length > 0) parts.push(`${t.removed}${t.colon}${changes.removed.join(t.sep)}`);
  if (changes.changed.length > 0) parts.push(`${t.changed}${t.colon}${changes.changed.join(t.sep)}`);
  if (parts.length === 0)
    lines.push(
      `${t.changes}${t.colon}${t.noChanges}${changes.exact ? '' : (locale === 'zh-CN' ? '' : ' ') + t.notExact}`,
    );
  else {
    lines.push(`${t.changes}${t.colon.trimEnd()}`);
    for (const p of parts) lines.push(`  ${p}`);
    if (!changes.exact) lines.push(`  ${t.notExact}`);
  }
  lines.push('');

  if (result.actions.length === 0) lines.push(t.noActions);
  else {
    lines.push(t.actions(result.actions.length));
    result.actions.forEach((a, n) => {
      const item = items.get(key(a));
      const r = responses.get(key(a));
      let answer: string;
      if (item?.answers === 'measured' && r?.reading !== undefined)
        answer = t.reading(r.reading, formatThreshold(item.threshold ?? '', locale));
      else if (item?.answers === 'maturity')
        answer = text(card.maturity.find((l) => l.id === r?.value)?.label) || String(r?.value ?? a.value);
      else answer = t.answers[r?.value ?? ''] ?? String(a.value);
      const due = a.due !== undefined && a.limit !== undefined ? t.due(a.due, a.limit) : t.noDue;
      const red = a.redLine ? `  [${t.redLine}]` : '';
      lines.push(`  ${n + 1}. ${key(a)}  ${answer}  ${due}${red}`);
      if (item) lines.push(`     ${text(item.text)}`);
      if (a.note !== undefined) lines.push(`     ${t.note}${t.colon}${a.note}`);
      if (a.evidence !== undefined && a.evidence.length > 0)
        lines.push(`     ${t.evidence}${t.colon}${a.evidence.join(t.sep)}`);
    });
  }
  return lines.join('\n');
}
