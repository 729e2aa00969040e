import { relative, resolve } from 'node:path';
import { formatGithub, formatText, hasErrors, renderDiagnostic, summarize } from '../gate/diagnostics.ts';
import { loadHandbook } from '../gate/load-handbook.ts';
import { CLI_MESSAGES } from '../i18n/cli.ts';
import { parseCommandArgs, stringValue } from './args.ts';
import { parseLang, usage, type CliIO } from './io.ts';

const FORMATS = ['text', 'json', 'github'] as const;

export function runCheck(argv: readonly string[], io: CliIO): number {
  const args = parseCommandArgs(argv, {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string' },
    today: { type: 'string' },
  });
  if (args.help) {
    io.out(usage('check'));
    return 0;
  }
  const { values, positionals } = args;
  const format = stringValue(values, 'format') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    io.err(`${CLI_MESSAGES.checkFormat}\n\n${usage('check')}`);
    return 2;
  }
  const lang = parseLang(stringValue(values, 'lang'));
  if (lang instanceof Error) {
    io.err(`${lang.message}\n\n${usage('check')}`);
    return 2;
  }
  if (positionals.length > 1) {
    io.err(`${CLI_MESSAGES.checkOneFolder}\n\n${usage('check')}`);
    return 2;
  }
  const dir = resolve(io.cwd, positionals[0] ?? 'standards');
  const today = stringValue(values, 'today');
  const options = today !== undefined ? { today } : {};
  const result = loadHandbook(dir, options);
  const locale = lang ?? (result.model?.config.defaultLocale as 'zh-CN' | 'en' | undefined) ?? 'zh-CN';
  const prefix = relative(io.cwd, dir).split('\\').join('/');
  const shown = (file: string) => (prefix ? `${prefix}/${file}` : file);
  const rendered = result.diagnostics.map((d) => renderDiagnostic(d, locale, shown(d.file)));
  if (format === 'json') {
    const errors = rendered.filter((d) => d.severity === 'error').length;
    io.out(
      JSON.stringify(
        { files: result.files, errors, warnings: rendered.length - errors, diagnostics: rendered },
        null,
        2,
      ),
    );
  } else if (format === 'github') {
    for (const d of rendered) io.out(formatGithub(d));
    io.out(summarize(result.diagnostics, result.files, locale));
  } else {
    for (const d of rendered) io.out(formatText(d, locale) + '\n');
    io.out(summarize(result.diagnostics, result.files, locale));
  }
  return hasErrors(result.diagnostics) ? 1 : 0;
}
