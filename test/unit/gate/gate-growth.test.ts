/**
 * The whole gate (loadHandbook: parsing, schemas, rules, MDX body checks) does work in proportion
 * to the size of what it reads, on the inputs that make careless regexes and loops blow up: headers
 * of comments (plain and indented), long lines of spaces, tabs, `#` and `-`, long keys, long
 * headings and many component tags in an MDX body.
 *
 * Measured in sizes, not times: every regex execution is counted with the length of text it was
 * handed, or moved over when it resumes (RegExp.prototype.exec is what test, match, replace and
 * split all call once it is replaced), and the count at 8n must stay within 8 times the count at n, which any
 * a + b·n satisfies and no a + c·n² does for large n. A regex that backtracks exponentially inside
 * one call is not counted, but it does not finish either: the test's timeout catches it, and
 * regex-safety.test.ts rules it out statically.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { tempHandbook } from '../../helpers/fixtures.ts';

/** Characters handed to regexes while `run` runs. */
function regexWork(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const resumes = this.global || this.sticky;
    const from = resumes ? this.lastIndex : 0;
    const match = exec.call(this, text);
    // A regex that resumes (g, y) is charged for the text it moved over, so that walking a
    // string match by match costs its length once; any other for all of its text.
    work += 1 + (resumes && match ? this.lastIndex - from : text.length - from);
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

interface Adversary {
  name: string;
  /** The file of the minimal handbook to change, and its new text for size n. */
  file: string;
  text: (original: string, n: number) => string;
}

const TOUCHPOINT = 'touchpoints/tp-gate.yaml';
const CASE = 'cases/case-gate.en.mdx';
/** After the frontmatter of an MDX file: where body text goes. */
const inBody = (original: string, extra: string) => `${original}\n${extra}\n`;

const ADVERSARIES: Adversary[] = [
  { name: 'a header of comments', file: TOUCHPOINT, text: (t, n) => '# comment\n'.repeat(n) + t },
  { name: 'a header of indented comments', file: TOUCHPOINT, text: (t, n) => '        # comment\n'.repeat(n) + t },
  {
    name: 'a file of nothing but indented comments',
    file: TOUCHPOINT,
    text: (_, n) => '    #\n'.repeat(n) + '    # x',
  },
  { name: 'blank lines with spaces and tabs', file: TOUCHPOINT, text: (t, n) => ' \t \n'.repeat(n) + t },
  { name: 'a long comment line of spaces', file: TOUCHPOINT, text: (t, n) => `#${' '.repeat(n * 20)}x\n${t}` },
  {
    name: 'a long value of spaces',
    file: TOUCHPOINT,
    text: (t, n) => t.replace(/^id: .*$/m, (id) => `${id}\nextra: a${' '.repeat(n * 20)}b`),
  },
  {
    name: 'a long key of spaces before its colon',
    file: TOUCHPOINT,
    text: (t, n) => `${t}k${' '.repeat(n * 20)}: v\n`,
  },
  { name: 'a line of tabs', file: TOUCHPOINT, text: (t, n) => `${t}${'\t'.repeat(n * 20)}x\n` },
  { name: 'a line of dashes', file: TOUCHPOINT, text: (t, n) => `${t}${'-'.repeat(n * 20)}\n` },
  { name: 'a line of # after a value', file: TOUCHPOINT, text: (t, n) => `${t}k: v ${'#'.repeat(n * 20)}\n` },
  { name: 'no final newline after long spaces', file: TOUCHPOINT, text: (t, n) => `${t}k: v${' '.repeat(n * 20)}` },
  {
    name: 'a heading of tabs',
    file: CASE,
    text: (t, n) => inBody(t, `## ${'\t'.repeat(n * 20)}x${'\t'.repeat(n * 20)}#`),
  },
  { name: 'a heading of # and spaces', file: CASE, text: (t, n) => inBody(t, `##${' #'.repeat(n * 10)} x`) },
  { name: 'many unclosed component tags', file: CASE, text: (t, n) => inBody(t, '<A id '.repeat(n * 4)) },
  {
    name: 'many component tags on one line',
    file: CASE,
    text: (t, n) => inBody(t, '<Touchpoint id="x" /> '.repeat(n)),
  },
  { name: 'many headings', file: CASE, text: (t, n) => inBody(t, '## h\n'.repeat(n)) },
];

/** The gate's regex work on the minimal handbook with `adversary` at size n. */
function gateWork(adversary: Adversary, n: number): number {
  const { dir, cleanup } = tempHandbook();
  try {
    const path = join(dir, adversary.file);
    writeFileSync(path, adversary.text(readFileSync(path, 'utf8'), n));
    let diagnostics = 0;
    const work = regexWork(() => {
      diagnostics = loadHandbook(dir, { today: '2026-11-22' }).diagnostics.length;
    });
    expect(diagnostics).toBeGreaterThanOrEqual(0);
    return work;
  } finally {
    cleanup();
  }
}

describe('the gate does linear work on adversarial input', () => {
  test.for(ADVERSARIES)('$name', { timeout: 20_000 }, (adversary) => {
    const small = gateWork(adversary, 250);
    const large = gateWork(adversary, 2000);
    // Not vacuous: the input reaches the regexes at all.
    expect(large).toBeGreaterThan(small);
    expect(large).toBeLessThanOrEqual(8 * small);
  });
});
