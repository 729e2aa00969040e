/**
 * Writing a standards file into the handbook folder, never outside it: the real path of the
 * target's folder must be inside the real path of the handbook folder, and the target itself must
 * not be a symbolic link. The write is atomic: a temporary file in the same folder, then a rename
 * over the target, so that a reader (the dev server's watcher, the gate) never sees half a file.
 */
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  chmodSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Bilingual } from '../../i18n/locale.ts';
import { SAVE_REFUSALS } from '../../i18n/local-save.ts';
import { Refused, refused } from './refusal.ts';

/** Whether `inner` is `outer` or below it (both absolute, real paths). */
function inside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to `file` (relative to `root`) atomically, after the disk checks. */
export function writeInHandbook(root: string, file: string, text: string): void {
  const cannotSave = (why: Bilingual): Refused =>
    refused(400, 'bad-path', SAVE_REFUSALS.cannotSave(JSON.stringify(file), why));
  const outside = (what: 'link' | 'folder'): Refused =>
    cannotSave(what === 'link' ? SAVE_REFUSALS.symbolicLink : SAVE_REFUSALS.folderOutside);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    throw refused(500, 'write-failed', SAVE_REFUSALS.noHandbookFolder(root));
  }
  const target = join(realRoot, ...file.split('/'));
  const folder = dirname(target);
  // The nearest folder that exists must be inside the handbook, symbolic links resolved…
  let existing = folder;
  while (!exists(existing)) existing = dirname(existing);
  if (!inside(realRoot, realpathSync(existing))) throw outside('folder');
  if (existing !== folder) mkdirSync(folder, { recursive: true });
  // …and so must the target's folder, once created.
  const realFolder = realpathSync(folder);
  if (!inside(realRoot, realFolder) || !statSync(realFolder).isDirectory()) throw outside('folder');
  const final = join(realFolder, basename(target));
  let mode: number | undefined;
  try {
    const st = lstatSync(final);
    if (st.isSymbolicLink()) throw outside('link');
    if (!st.isFile()) throw cannotSave(SAVE_REFUSALS.folderOfThatName);
    mode = st.mode & 0o7777;
  } catch (error) {
    if (error instanceof Refused) throw error;
    // a new file
  }
  const temp = join(
    realFolder,
    `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.touchstone-save`,
  );
  // 'wx': never follow or reuse something already at the temporary name.
  const fd = openSync(temp, 'wx', 0o666);
  try {
    try {
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, final);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or gone
    }
    throw error;
  }
}
