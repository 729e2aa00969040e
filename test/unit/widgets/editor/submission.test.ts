/**
 * The submit panel's words and ids (src/widgets/editor/submission.ts): the blob id against git's
 * own (`git hash-object`), the file's place in the repository, and what the commit and the draft
 * pull request say.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../../src/gate/diagnostics.ts';
import { SUBMIT_STRINGS } from '../../../../src/i18n/submit.ts';
import {
  blobSha,
  changeTitle,
  commitMessage,
  pullRequestBody,
  repositoryPath,
} from '../../../../src/widgets/editor/submission.ts';

const gitBlobSha = (text: string) => execFileSync('git', ['hash-object', '--stdin'], { input: text }).toString().trim();

describe('blobSha', () => {
  it('is the id git gives the text as a blob', async () => {
    expect(await blobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(await blobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    // The header counts UTF-8 bytes, not characters.
    expect(await blobSha('名称: 营业厅\n')).toBe('3c809a55310d9d3ad4b08ad1df0e45bdb4c8bd34');
  });

  it('agrees with git hash-object on any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(await blobSha(text)).toBe(gitBlobSha(text));
      }),
      { numRuns: 30 },
    );
  });
});

describe('repositoryPath', () => {
  it('puts the file under repository.basePath, standards when there is none', () => {
    expect(repositoryPath(undefined, 'touchpoints/bk-counter.yaml')).toBe('standards/touchpoints/bk-counter.yaml');
    expect(repositoryPath('handbook', 'sops/a.yaml')).toBe('handbook/sops/a.yaml');
    expect(repositoryPath('', 'sops/a.yaml')).toBe('sops/a.yaml');
    expect(repositoryPath('/', 'sops/a.yaml')).toBe('sops/a.yaml');
  });

  it('drops one slash at either end of the base path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (parts, lead, trail) => {
          const base = `${lead ? '/' : ''}${parts.join('/')}${trail ? '/' : ''}`;
          expect(repositoryPath(base, 'cases/x.mdx')).toBe(`${parts.join('/')}/cases/x.mdx`);
        },
      ),
    );
  });
});

describe('the commit and the pull request', () => {
  it('adds a new file and updates a published one, in the words of the reader', () => {
    expect(changeTitle('touchpoints/a.yaml', true, SUBMIT_STRINGS.en)).toBe('Add touchpoints/a.yaml');
    expect(changeTitle('touchpoints/a.yaml', false, SUBMIT_STRINGS.en)).toBe('Update touchpoints/a.yaml');
    expect(changeTitle('touchpoints/a.yaml', true, SUBMIT_STRINGS['zh-CN'])).toBe('新增 touchpoints/a.yaml');
    expect(changeTitle('touchpoints/a.yaml', false, SUBMIT_STRINGS['zh-CN'])).toBe('更新 touchpoints/a.yaml');
  });

  it('lists the changed fields under the title, one a line', () => {
    const path = fc.stringMatching(/^[a-z.[\]0-9]{1,20}$/);
    fc.assert(
      fc.property(fc.array(path, { maxLength: 6 }), (changed) => {
        const [title, blank, ...rest] = commitMessage('Update x.yaml', changed).split('\n');
        expect([title, blank]).toEqual(['Update x.yaml', '']);
        expect(rest).toEqual(changed.length ? changed : ['']);
      }),
    );
  });

  it("describes the change: its fields and the gate's verdict", () => {
    expect(
      pullRequestBody('standards/touchpoints/a.yaml', ['title', 'items[0].text'], [], SUBMIT_STRINGS.en, 'en'),
    ).toBe(
      'Edited `standards/touchpoints/a.yaml` in the Touchstone editor.\n\n### Changed fields\n- `title`\n- `items[0].text`\n\n### Validation\n- touchstone check: no errors, no warnings\n',
    );
    const problem = diagnostic('sops/b.yaml', { start: { line: 3, column: 7 } }, '', 'missing-final-newline');
    const en = pullRequestBody('standards/sops/b.yaml', [], [problem], SUBMIT_STRINGS.en, 'en');
    expect(en).toContain('### Changed fields\n- (new file)\n');
    expect(en).toMatch(/\n- warning `missing-final-newline` line 3:7: [A-Za-z]/);
  });

  it('is written wholly in Chinese for a zh-CN author, the diagnostics included', () => {
    const problem = diagnostic('sops/b.yaml', { start: { line: 3, column: 7 } }, '', 'missing-final-newline');
    const zh = pullRequestBody('standards/sops/b.yaml', [], [problem], SUBMIT_STRINGS['zh-CN'], 'zh-CN');
    expect(zh).toContain('在 Touchstone 编辑器中编辑了 `standards/sops/b.yaml`。');
    expect(zh).toContain('### 改动的字段\n- （新文件）\n');
    expect(zh).toMatch(/\n- 警告 `missing-final-newline` 第 3 行第 7 列：[\u4e00-\u9fff]/);
    for (const english of ['Edited', 'Changed fields', 'new file', 'Validation', 'warning', 'line 3'])
      expect(zh).not.toContain(english);
  });
});
