import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderOf } from '../gate/files.ts';
import { loadHandbook } from '../gate/load-handbook.ts';
import { NEW_KINDS, templateFile, type NewKind } from '../editor/templates.ts';
import { CLI_MESSAGES } from '../i18n/cli.ts';
import { parseCommandArgs, stringValue } from './args.ts';
import { usage, type CliIO } from './io.ts';

const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function runNew(argv: readonly string[], io: CliIO): number {
  const args = parseCommandArgs(argv, {
    dir: { type: 'string', default: 'standards' },
    force: { type: 'boolean', default: false },
    today: { type: 'string' },
  });
  if (args.help) {
    io.out(usage('new'));
    return 0;
  }
  const { values, positionals } = args;
  const force = values['force'] === true;
  const [kind, id, ...extra] = positionals;
  if (!kind || !id || extra.length > 0 || !(NEW_KINDS as readonly string[]).includes(kind)) {
    io.err(usage('new'));
    return 2;
  }
  if (!ID.test(id)) {
    io.err(CLI_MESSAGES.badId(id));
    return 2;
  }
  const dir = resolve(io.cwd, stringValue(values, 'dir') ?? 'standards');
  const loaded = loadHandbook(dir);
  if (!loaded.model) {
    io.err(CLI_MESSAGES.noHandbook(dir));
    return 1;
  }
  const k = kind as NewKind;
  const ext = k === 'case' || k === 'guide' ? '.mdx' : '.yaml';
  const target = join(dir, folderOf(k), id + ext);
  const shown = relative(io.cwd, target);
  if (existsSync(target) && !force) {
    io.err(CLI_MESSAGES.exists(shown));
    return 1;
  }
  const m = loaded.model;
  const taken = [m.touchpoints, m.sops, m.checklists, m.cases, m.guides].some((map) => map.has(id));
  if (taken && !force) {
    io.err(CLI_MESSAGES.idTaken(id));
    return 1;
  }
  const today = stringValue(values, 'today') ?? new Date().toISOString().slice(0, 10);
  const schemaPath = relative(dirname(target), join(SCHEMAS_DIR, `${k}.schema.json`))
    .split('\\')
    .join('/');
  const text = templateFile(k, id, m, today, schemaPath);
  if (text instanceof Error) {
    io.err(text.message);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: force ? 'w' : 'wx' });
  io.out(CLI_MESSAGES.created(shown));
  return 0;
}
