/** Where each kind of standard lives inside a handbook folder. */
import type { Kind } from './schemas.ts';

export interface Classified {
  kind: Kind;
  /** For MDX translations: the locale in the file name (<id>.<locale>.mdx). */
  locale?: string;
  /** The file name without folder and extensions (the id by convention). */
  stem: string;
  /** Whether the data sits in MDX frontmatter. */
  frontmatter: boolean;
}

const FOLDERS: Record<string, Kind> = {
  touchpoints: 'touchpoint',
  sops: 'sop',
  checklists: 'checklist',
  cases: 'case',
  guides: 'guide',
  audits: 'audit',
};

const TRANSLATION = /^(.+)\.([a-z]{2}(?:-[A-Z]{2})?)\.mdx?$/;

/**
 * The kind of a file from its path relative to the handbook folder, 'ignored' for files that are
 * not standards (README, images), or 'unknown' for YAML/MDX outside the known folders.
 */
export function classify(relativePath: string): Classified | 'ignored' | 'unknown' {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1] ?? '';
  const isYaml = /\.ya?ml$/.test(name);
  const isMdx = /\.mdx?$/.test(name);
  const isJson = name.endsWith('.json');
  if (parts.length === 1) {
    if (name === 'handbook.yaml' || name === 'handbook.yml')
      return { kind: 'handbook', stem: 'handbook', frontmatter: false };
    return isYaml ? 'unknown' : 'ignored';
  }
  const kind = FOLDERS[parts[0] ?? ''];
  if (!kind) return isYaml || isMdx ? 'unknown' : 'ignored';
  if (kind === 'case' || kind === 'guide') {
    if (!isMdx) return isYaml ? 'unknown' : 'ignored';
    const t = TRANSLATION.exec(name);
    if (t) return { kind: 'translation', locale: t[2]!, stem: t[1]!, frontmatter: true };
    return { kind, stem: name.replace(/\.mdx?$/, ''), frontmatter: true };
  }
  if (kind === 'audit')
    return isYaml || isJson ? { kind, stem: name.replace(/\.(ya?ml|json)$/, ''), frontmatter: false } : 'ignored';
  if (isYaml) return { kind, stem: name.replace(/\.ya?ml$/, ''), frontmatter: false };
  return isMdx ? 'unknown' : 'ignored';
}

/** The folder a kind's files go in, for `touchstone new` and messages. */
export function folderOf(kind: Kind): string {
  const entry = Object.entries(FOLDERS).find(([, k]) => k === kind);
  return entry ? entry[0] : '';
}
