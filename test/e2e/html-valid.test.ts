/**
 * Every HTML file of the built site passes html-validate's recommended rules. One test per
 * template (all its pages), each failure listing file:line:column, rule and message.
 */
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { assertNone, pageGroups, readSiteFile, requireFiles, site, siteDirOrUndefined } from './site.ts';

/**
 * html-validate:recommended, relaxed only where Astro's own output conflicts with it: Astro's
 * `define:vars` writes custom properties in style attributes, which no-inline-style already
 * allows (allowVariables), and its islands are custom elements (names with a dash), which the
 * element rules accept; the island <style> Astro writes into the body is moved to the head after
 * the build (src/integrations/interaction-directive.ts). Add a rule here only with the reason.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  // Titles carry the page and the handbook's name ("Elevator car · Service Touchpoint Standards
  // Handbook"), so readers know which handbook a tab or bookmark belongs to; that runs past 70.
  // Svelte's server renderer writes void elements self-closed (<input … />) in islands, Astro
  // omits the slash; both are conforming HTML, so the serialization style is not checked.
  rules: { 'long-title': 'off', 'void-style': 'off' },
};

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
          problems.push(`${file}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}${m.selector ? `  (${m.selector})` : ''}`);
        }
      }
    }
    assertNone(problems, `html-validate problems in ${group.files.length} file(s)`);
  });
});
