/**
 * The browser gate (src/gate/in-browser.ts) checks a file once its kind's validator is loaded
 * (`await loadGateFor(file)`, as the editor does). Tests that check files of every kind load them
 * all first.
 */
import { KINDS } from '../../src/gate/schemas.ts';
import { loadValidator } from '../../src/gate/validators/load-validator.ts';

export async function loadEveryValidator(): Promise<void> {
  await Promise.all(KINDS.map((kind) => loadValidator(kind)));
}
