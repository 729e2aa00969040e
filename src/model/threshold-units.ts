/**
 * The units the threshold parser knows by name, grouped by what they measure. A threshold's unit
 * may be any text without digits or comparison signs (`>= 6 methods`, `>= 24 h before the
 * visit`), so this list does not decide what is valid: it gives "did you mean" hints for a unit
 * with a typo in it (`>= 300 1ux`), and it turns a duration written in several units (`2h30m`)
 * into one number in one unit.
 */

/** The grammar's blanks (between the parts of a threshold, and inside a unit): space, tab, line break, no-break space, ideographic space. */
export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u3000';
}

/** Known units, by the quantity they measure. */
export const KNOWN_UNITS = {
  illuminance: ['lux', 'lx'],
  sound: ['dB', 'dB(A)', 'dBA'],
  temperature: ['°C', '℃', '°F'],
  time: ['s', 'min', 'h', 'days', 'weeks', 'months', '秒', '分钟', '小时', '天', '周', '月'],
  ratio: ['%', '‰'],
  length: ['mm', 'cm', 'm', 'km'],
  mass: ['g', 'kg'],
} as const satisfies Record<string, readonly string[]>;

export type UnitQuantity = keyof typeof KNOWN_UNITS;

const ALL_UNITS: readonly string[] = Object.values(KNOWN_UNITS).flat();

/** What a known unit measures; undefined for a unit the list does not have (still a valid unit). */
export function unitQuantity(unit: string): UnitQuantity | undefined {
  for (const [quantity, units] of Object.entries(KNOWN_UNITS))
    if ((units as readonly string[]).includes(unit)) return quantity as UnitQuantity;
  return undefined;
}

/**
 * The known unit one edit away from `written` (a digit typed for a letter: `1ux`, `d8`), if
 * exactly one is. Deliberately narrow: a wrong suggestion is worse than none.
 */
export function knownUnitNear(written: string): string | undefined {
  if (written.length < 2 || written.length > 12) return undefined;
  const near = ALL_UNITS.filter((u) => u.length >= 2 && oneEditApart(written, u));
  return near.length === 1 ? near[0] : undefined;
}

/** Whether one substitution, insertion or deletion turns `a` into `b` (a linear check). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Seconds per unit of the names a duration may be written with (`2h30m`, `1 h 30 min`, `1天12小时`). */
const DURATION_PARTS: Record<string, number> = {
  d: 86_400,
  day: 86_400,
  days: 86_400,
  天: 86_400,
  h: 3_600,
  hr: 3_600,
  hrs: 3_600,
  hour: 3_600,
  hours: 3_600,
  小时: 3_600,
  时: 3_600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  分钟: 60,
  分: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  秒: 1,
};

/** The unit a total is given in, with its length in seconds, largest first. */
const DURATION_UNITS: readonly [string, number][] = [
  ['days', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/**
 * A duration written in two or more parts (`2h30m`, `1 h 30 min`, `1天12小时`) as one number in
 * the smallest unit it used (`150 min`), or undefined when `text` is not such a duration. One
 * pass over the text: whole numbers, each followed by a unit name, blanks between parts allowed.
 */
export function durationInOneUnit(text: string): string | undefined {
  let seconds = 0;
  let smallest = Infinity;
  let parts = 0;
  let i = 0;
  const blank = () => {
    while (isBlank(text[i])) i++;
  };
  blank();
  while (i < text.length) {
    const digitsStart = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === digitsStart || i - digitsStart > 6) return undefined;
    const amount = Number(text.slice(digitsStart, i));
    blank();
    const nameStart = i;
    while (i < text.length && !isBlank(text[i]) && !(text[i]! >= '0' && text[i]! <= '9')) i++;
    const name = text.slice(nameStart, i);
    if (!Object.hasOwn(DURATION_PARTS, name)) return undefined;
    const size = DURATION_PARTS[name]!;
    seconds += amount * size;
    smallest = Math.min(smallest, size);
    parts++;
    blank();
  }
  if (parts < 2) return undefined;
  const [name, size] = DURATION_UNITS.find(([, s]) => s <= smallest)!;
  return `${seconds / size} ${name}`;
}

/**
 * Ways of writing the same unit in an item's text, in zh-CN and en (`24 小时`, `24 hours` for a
 * threshold in `h`): stated-figures.ts finds the figures a text states in its threshold's unit.
 * Only spellings that name one unit and nothing else: not 分 (also points on a scale), 日 or 月
 * (also a day or month of the calendar: 3 月 is March), which a text may use for other things.
 */
const UNIT_SPELLINGS: readonly (readonly string[])[] = [
  ['lux', 'lx', '勒克斯'],
  ['°C', '℃', '摄氏度'],
  ['dB', 'dB(A)', 'dBA', '分贝'],
  ['%', '％', 'percent', 'per cent'],
  ['s', 'sec', 'secs', 'second', 'seconds', '秒', '秒钟'],
  ['min', 'mins', 'minute', 'minutes', '分钟'],
  ['h', 'hr', 'hrs', 'hour', 'hours', '小时', '个小时'],
  ['days', 'day', 'd', '天'],
  ['weeks', 'week', '周', '星期', '个星期'],
  ['months', 'month', '个月'],
  ['mm', '毫米'],
  ['cm', '厘米'],
  ['m', '米'],
  ['km', '公里', '千米'],
  ['g', '克'],
  ['kg', '公斤', '千克'],
];

/**
 * The spellings of a threshold's unit a text may state a figure in: the unit as written, the
 * other names of the same unit, and those of its first word when that is a unit (`h` of
 * `h before the visit`). Empty for a threshold without a unit (a bare number in a text is not
 * a figure of the threshold's).
 */
export function unitSpellings(unit: string): string[] {
  if (unit === '') return [];
  let firstWord = unit;
  for (let i = 0; i < unit.length; i++) {
    if (isBlank(unit[i])) {
      firstWord = unit.slice(0, i);
      break;
    }
  }
  const spellings = new Set([unit]);
  for (const group of UNIT_SPELLINGS)
    if (group.includes(unit) || group.includes(firstWord)) for (const s of group) spellings.add(s);
  return [...spellings];
}
