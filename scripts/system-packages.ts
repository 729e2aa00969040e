/**
 * What the browser tests need from the operating system, and getting it: Debian's Chromium (the
 * tests drive it through playwright-core) and a CJK font (without one, Chinese renders as boxes in
 * screenshots and the layout tests measure the wrong widths).
 *
 * `npm test` calls ensureSystemPackages() first. Where something is missing and this is a Debian
 * machine on which we are root, it installs the packages with apt-get and says so; otherwise it
 * prints the exact command and the tests do not run (nothing is skipped silently).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** One Debian package the tests need, and how to tell it is there. */
export interface SystemPackage {
  debian: string;
  /** Why the tests need it, in both languages. */
  why: { en: string; 'zh-CN': string };
  present: () => boolean;
}

/** Whether a font covering Chinese is installed (fontconfig answers; no fc-list means no fonts). */
export function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

export function neededPackages(chromiumPath: string): SystemPackage[] {
  return [
    {
      debian: 'chromium',
      why: {
        en: `Chromium at ${chromiumPath}, which the browser tests drive`,
        'zh-CN': `浏览器测试所用的 Chromium（${chromiumPath}）`,
      },
      present: () => existsSync(chromiumPath),
    },
    {
      debian: 'fonts-wqy-microhei',
      why: {
        en: 'a CJK font, so that Chinese renders as text in the browser',
        'zh-CN': '中文字体，使浏览器中的中文显示为文字而非方框',
      },
      present: hasCjkFont,
    },
  ];
}

export type InstallPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'ask'; packages: string[]; command: string };

/**
 * What to do about the missing packages: nothing, install them (root with apt-get), or tell the
 * person the command. A custom CHROMIUM_PATH that does not exist cannot be fixed by apt.
 */
export function planInstall(
  missing: string[],
  machine: { root: boolean; apt: boolean; customChromium: boolean },
): InstallPlan {
  if (missing.length === 0) return { action: 'none' };
  const command = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
  const aptCanFix = !(machine.customChromium && missing.includes('chromium'));
  if (machine.root && machine.apt && aptCanFix) return { action: 'install', packages: missing };
  return { action: 'ask', packages: missing, command };
}

/** Makes sure the packages are there; returns false (after saying why) when they are not. */
export function ensureSystemPackages(chromiumPath: string, customChromium: boolean): boolean {
  const missing = neededPackages(chromiumPath).filter((p) => !p.present());
  const plan = planInstall(
    missing.map((p) => p.debian),
    { root: process.getuid?.() === 0, apt: existsSync('/usr/bin/apt-get'), customChromium },
  );
  if (plan.action === 'none') return true;
  const list = missing.map((p) => `  - ${p.debian}: ${p.why.en} / ${p.why['zh-CN']}`).join('\n');
  if (plan.action === 'ask') {
    console.error(
      `The browser tests need these Debian packages, and they are not installed:\n${list}\n` +
        `Install them with:  ${plan.command}\n` +
        (customChromium
          ? `(CHROMIUM_PATH=${chromiumPath} does not exist: point it at a Chromium binary, or unset it.)\n`
          : '') +
        `No test was skipped: nothing ran.\n` +
        `浏览器测试需要上述 Debian 软件包，但尚未安装。请运行：${plan.command}`,
    );
    return false;
  }
  console.log(
    `Installing what the browser tests need with apt-get (root, Debian):\n${list}\n正在用 apt-get 安装浏览器测试所需的软件包。`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', ...plan.packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const stillMissing = neededPackages(chromiumPath).filter((p) => !p.present());
  if (!install || install.status !== 0 || stillMissing.length > 0) {
    console.error(
      `apt-get could not install ${plan.packages.join(' ')}. Install them by hand: sudo apt-get install -y ${plan.packages.join(' ')}\n` +
        `apt-get 未能安装 ${plan.packages.join(' ')}，请手动安装。`,
    );
    return false;
  }
  console.log(`Installed ${plan.packages.join(', ')}. 已安装。`);
  return true;
}
