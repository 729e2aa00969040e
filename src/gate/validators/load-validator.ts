/**
 * Each kind's validator, loaded when asked for: the browser gate (in-browser.ts) checks one file,
 * so it fetches the module of that file's kind alone (`<kind>.generated.js`, a few tens of KB
 * each), not every kind's. Every import below is written out, so that bundlers split one chunk per
 * kind; the Record makes a new kind a type error here until it has its loader.
 *
 * `touchstone check` and the build validate every kind synchronously instead (schema-validators.ts).
 */
import type { Kind } from '../../schema/schema-data.ts';
import type { SchemaValidator } from '../schema-errors.ts';

const LOADERS: Record<Kind, () => Promise<SchemaValidator>> = {
  handbook: async () => (await import('./handbook.generated.js')).validateHandbook,
  touchpoint: async () => (await import('./touchpoint.generated.js')).validateTouchpoint,
  sop: async () => (await import('./sop.generated.js')).validateSop,
  checklist: async () => (await import('./checklist.generated.js')).validateChecklist,
  case: async () => (await import('./case.generated.js')).validateCase,
  guide: async () => (await import('./guide.generated.js')).validateGuide,
  translation: async () => (await import('./translation.generated.js')).validateTranslation,
  audit: async () => (await import('./audit.generated.js')).validateAudit,
};

const loaded = new Map<Kind, SchemaValidator>();
const loading = new Map<Kind, Promise<SchemaValidator>>();

/** Loads a kind's validator (once: later calls share the first load). */
export function loadValidator(kind: Kind): Promise<SchemaValidator> {
  let pending = loading.get(kind);
  if (!pending) {
    pending = LOADERS[kind]().then((validate) => {
      loaded.set(kind, validate);
      return validate;
    });
    // A failed load (the network) may be tried again.
    pending.catch(() => loading.delete(kind));
    loading.set(kind, pending);
  }
  return pending;
}

/** A kind's validator when loadValidator has loaded it, else undefined. */
export function loadedValidator(kind: Kind): SchemaValidator | undefined {
  return loaded.get(kind);
}
