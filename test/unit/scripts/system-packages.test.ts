/**
 * `npm test` installs the browser tests' system packages itself where it can (root, apt-get) and
 * otherwise says exactly what to run: planInstall's decision over every kind of machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCjkFont, neededPackages, planInstall } from '../../../scripts/system-packages.ts';

const packages = neededPackages('/usr/bin/chromium').map((p) => p.debian);

describe('planInstall', () => {
  it('does nothing when nothing is missing, installs as root with apt, and otherwise names the exact command', () => {
    fc.assert(
      fc.property(
        fc.subarray(packages),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (missing, root, apt, customChromium) => {
          const plan = planInstall(missing, { root, apt, customChromium });
          const aptCanFix = !(customChromium && missing.includes('chromium'));
          if (missing.length === 0) expect(plan).toEqual({ action: 'none' });
          else if (root && apt && aptCanFix) expect(plan).toEqual({ action: 'install', packages: missing });
          else
            expect(plan).toEqual({
              action: 'ask',
              packages: missing,
              command: `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
            });
        },
      ),
    );
  });
});

describe('the CJK font check', () => {
  it('agrees with fontconfig on this machine, which npm test has given a CJK font', () => {
    // npm test ran ensureSystemPackages before this suite, so the font is there.
    expect(hasCjkFont()).toBe(true);
  });
});
