/**
 * The schema reference's type names (`typeLabel`) and constraints (`constraintLabels`) in zh-CN
 * and en, rendered from the specs field-types.ts computes in the words of i18n/reference.ts.
 */
import type { Locale } from '../i18n/locale.ts';
import { CONSTRAINT_WORDS, ENTRY_NAMES, PLURAL_TYPE_WORDS, REFERENCE_LABELS } from '../i18n/reference.ts';
import type { ConstraintSpec, NamedType, TypeSpec } from './field-types.ts';

/** The plural (en) and short (zh) type words, checked here to cover every named type. */
const MANY: Readonly<Record<Locale, Readonly<Record<NamedType | 'number' | 'integer', string>>>> = PLURAL_TYPE_WORDS;

function entryName(def: string, locale: Locale, many: boolean): string {
  const known = ENTRY_NAMES[def];
  if (known) return locale === 'en' ? known.en[many ? 1 : 0] : known['zh-CN'];
  const words = def.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return locale === 'en' && many ? `${words}s` : words;
}

const fill = (template: string, ...args: string[]) => args.reduce((s, a, i) => s.replace(`{${i}}`, a), template);

function bounds(spec: Extract<TypeSpec, { kind: 'number' }>): string {
  const { minimum: min, maximum: max, exclusiveMinimum: xmin, exclusiveMaximum: xmax } = spec;
  if (min !== undefined && max !== undefined && xmin === undefined && xmax === undefined) return ` ${min}–${max}`;
  const parts: string[] = [];
  if (xmin !== undefined) parts.push(`> ${xmin}`);
  else if (min !== undefined) parts.push(`≥ ${min}`);
  if (xmax !== undefined) parts.push(`< ${xmax}`);
  else if (max !== undefined) parts.push(`≤ ${max}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

export function values(list: readonly unknown[]): string {
  return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function render(spec: TypeSpec, locale: Locale, many: boolean): string {
  const L = REFERENCE_LABELS[locale];
  switch (spec.kind) {
    case 'named':
      return many ? MANY[locale][spec.name] : L[spec.name];
    case 'number': {
      const word = spec.integer ? 'integer' : 'number';
      return `${many ? MANY[locale][word] : L[word]}${bounds(spec)}`;
    }
    case 'enum':
      return fill(L.oneOf, values(spec.values));
    case 'entry':
      return entryName(spec.def, locale, many);
    case 'group':
      return many ? L.entries : L.group;
    case 'list': {
      if (spec.of.kind === 'enum') return fill(L.listOneOf, values(spec.of.values));
      const inner = render(spec.of, locale, true);
      // zh: "id 列表" keeps a space after Latin words.
      const joined = locale === 'zh-CN' && /[A-Za-z0-9)]$/.test(inner) ? `${inner} ` : inner;
      return fill(L.listOf, joined);
    }
    case 'map':
      return fill(L.mapOf, render(spec.key, locale, false), render(spec.value, locale, false));
    case 'other':
      return spec.types.join(L.or);
  }
}

/** The field's type in `locale`, e.g. 'list of ids' / 'id 列表', 'text' / '文字（字符串或多语言映射）'. */
export function typeLabel(field: { typeSpec: TypeSpec }, locale: Locale): string {
  return render(field.typeSpec, locale, false);
}

export function constraintLabel(c: ConstraintSpec, locale: Locale): string {
  const w = CONSTRAINT_WORDS[locale];
  switch (c.kind) {
    case 'minItems':
    case 'minProperties':
      return w.atLeastEntries(c.limit);
    case 'maxItems':
    case 'maxProperties':
      return w.atMostEntries(c.limit);
    case 'minLength':
      return c.limit === 1 ? w.notEmpty : w.atLeastCharacters(c.limit);
    case 'maxLength':
      return w.atMostCharacters(c.limit);
    case 'uniqueItems':
      return w.noDuplicates;
    case 'pattern':
      return w.pattern(c.pattern);
    case 'requiredWhen':
      return w.requiredWhen(
        c.conditions
          .map(({ field, values: vs }) => w.fieldIs(field, vs.map((v) => values([v])).join(w.or)))
          .join(w.and),
      );
    case 'requiredSometimes':
      return w.requiredSometimes;
    case 'each':
      return `${w.each}${constraintLabel(c.inner, locale)}`;
  }
}

/** The field's constraints in `locale`. */
export function constraintLabels(field: { constraintSpecs: ConstraintSpec[] }, locale: Locale): string[] {
  return field.constraintSpecs.map((c) => constraintLabel(c, locale));
}
