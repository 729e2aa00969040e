/**
 * The data of a file being edited, read exactly as the gate reads it (files.ts classify, then
 * source.ts parseSource: frontmatter for MDX) but without checking it. The form shows this on the
 * page's first load, before the gate (its validators and rules, loaded apart) has arrived: the
 * form needs the data, not the verdict. test/unit/widgets/editor/file-data.test.ts checks it is
 * the data checkFileInBrowser gives.
 */
import { classify } from '../../gate/files.ts';
import { parseSource } from '../../gate/source.ts';

/** The parsed data; undefined for a file that does not parse, or that the gate does not read. */
export function fileData(file: string, text: string): unknown {
  const c = classify(file);
  if (c === 'ignored' || c === 'unknown') return undefined;
  return parseSource(file, new TextEncoder().encode(text), { frontmatter: c.frontmatter, kind: c.kind }).data;
}
