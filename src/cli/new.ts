import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderOf } from '../gate/files.ts';
import { loadHandbook } from '../gate/load-handbook.ts';
import { NEW_KINDS, templateFile, type NewKind } from '../editor/templates.ts';
import { parseCommandArgs, stringValue } from './args.ts';
import { usage, type CliIO } from './io.ts';

const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function runNew(argv: readonly string[], io: CliIO): number {
  const args = parseCommandArgs(argv, { dir: { type: 'string', default: 'standards' }, force: { type: 'boolean', default: false }, today: { type: 'string' } });
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
    io.err(`"${id}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. pm-lobby.\n"${id}" 不是有效的 id：请使用小写字母、数字和单个连字符，例如 pm-lobby。`);
    return 2;
  }
  const dir = resolve(io.cwd, stringValue(values, 'dir') ?? 'standards');
  const loaded = loadHandbook(dir);
  if (!loaded.model) {
    io.err(`No valid handbook.yaml in ${dir}: run \`touchstone check\` first.\n${dir} 中没有有效的 handbook.yaml：请先运行 \`touchstone check\`。`);
    return 1;
  }
  const k = kind as NewKind;
  const ext = k === 'case' || k === 'guide' ? '.mdx' : '.yaml';
  const target = join(dir, folderOf(k), id + ext);
  const shown = relative(io.cwd, target);
  if (existsSync(target) && !force) {
    io.err(`${shown} already exists; nothing was written (use --force to replace it).\n${shown} 已存在，未写入任何内容（如需覆盖请加 --force）。`);
    return 1;
  }
  const m = loaded.model;
  const taken = [m.touchpoints, m.sops, m.checklists, m.cases, m.guides].some((map) => map.has(id));
  if (taken && !force) {
    io.err(`The id "${id}" is already used in this handbook.\nid "${id}" 在本手册中已被使用。`);
    return 1;
  }
  const today = stringValue(values, 'today') ?? new Date().toISOString().slice(0, 10);
  const schemaPath = relative(dirname(target), join(SCHEMAS_DIR, `${k}.schema.json`)).split('\\').join('/');
  const text = templateFile(k, id, m, today, schemaPath);
  if (text instanceof Error) {
    io.err(text.message);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: force ? 'w' : 'wx' });
  io.out(`Created ${shown} / 已创建 ${shown}`);
  return 0;
}
