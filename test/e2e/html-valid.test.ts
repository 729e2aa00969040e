/**
 * Every HTML file of the built site passes html-validate's recommended rules. One test per
 * template (all its pages), each failure listing file:line:column, rule and message.
 */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './html-validate-config.ts';
import { describe, expect, test } from 'vitest';
import { assertNone, pageGroups, readSiteFile, requireFiles, site, siteDirOrUndefined } from './site.ts';

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

test('the site was built', () => {
  expect(site().dir).toBeTruthy();
});

describe('html-validate', () => {
  test.for(pageGroups(siteDirOrUndefined()))('$name', async (group) => {
    const { dir } = site();
    const problems: string[] = [];
    for (const file of requireFiles(group)) {
      const report = await validator.validateString(readSiteFile(dir, file), join(dir, file));
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(
            `${file}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}${m.selector ? `  (${m.selector})` : ''}`,
          );
        }
      }
    }
    assertNone(problems, `html-validate problems in ${group.files.length} file(s)`);
  });
});
