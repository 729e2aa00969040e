/**
 * Which file the editor page opens (src/widgets/editor/open-file.ts): from its URL, a published
 * file or a new standard in its kind's folder; a new standard starts as a file the gate accepts;
 * only the kinds with a schema of their own get a form.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEW_KINDS } from '../../../../src/editor/templates.ts';
import { handbookIndex } from '../../../../src/gate/handbook-index.ts';
import { checkFileInBrowser } from '../../../../src/gate/in-browser.ts';
import { loadEveryValidator } from '../../../helpers/browser-gate.ts';
import { loadHandbook } from '../../../../src/gate/load-handbook.ts';
import { formFields, kindOf, newFilePath, newText, requestedFile } from '../../../../src/widgets/editor/open-file.ts';
import { MINIMAL } from '../../../helpers/fixtures.ts';

// The browser gate checks files of every kind here: every kind's validator first.
beforeAll(loadEveryValidator);

const params = (query: string) => new URLSearchParams(query);
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);

describe('requestedFile', () => {
  it('opens ?file=, the published file', () => {
    expect(requestedFile(params('file=touchpoints/bk-counter.yaml'))).toEqual({
      kind: 'published',
      file: 'touchpoints/bk-counter.yaml',
    });
  });

  it("starts ?new=<kind>&id=<id> in the kind's folder, as the kind's file", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEW_KINDS), id, (kind, name) => {
        const request = requestedFile(params(`new=${kind}&id=${name}&file=sops/other.yaml`));
        expect(request).toEqual({ kind: 'new', newKind: kind, id: name, file: newFilePath(kind, name) });
        expect(kindOf(request!.file)).toBe(kind);
      }),
    );
  });

  it('names a new standard without an id after its kind', () => {
    expect(requestedFile(params('new=case'))).toEqual({
      kind: 'new',
      newKind: 'case',
      id: 'new-case',
      file: 'cases/new-case.mdx',
    });
  });

  it('asks for nothing without a file, or with a new of no known kind', () => {
    expect(requestedFile(params(''))).toBeUndefined();
    expect(requestedFile(params('new=audit&id=x'))).toBeUndefined();
    expect(requestedFile(params('new=audit&file=guides/a.mdx'))).toEqual({ kind: 'published', file: 'guides/a.mdx' });
  });
});

describe('newText', () => {
  const index = handbookIndex(loadHandbook(MINIMAL).model!);

  it('is a file of its kind the gate accepts, dated today', () => {
    for (const kind of NEW_KINDS) {
      const file = newFilePath(kind, `new-${kind}`);
      const text = newText(kind, `new-${kind}`, index, '2026-03-04');
      const errors = checkFileInBrowser(file, text, index, '2026-03-04').diagnostics.filter(
        (d) => d.severity === 'error',
      );
      expect(errors, kind).toEqual([]);
    }
    expect(newText('case', 'x', index, '2026-03-04')).toContain('2026-03-04');
  });
});

describe('formFields', () => {
  it('gives the standards a form, and translations, audit records and handbook.yaml none', () => {
    for (const kind of NEW_KINDS) expect(formFields(kind).length, kind).toBeGreaterThan(0);
    expect(formFields(kindOf('handbook.yaml'))).toEqual([]);
    expect(formFields(kindOf('audits/a.yaml'))).toEqual([]);
    expect(formFields(kindOf('README.md'))).toEqual([]);
    expect(formFields(undefined)).toEqual([]);
  });
});
