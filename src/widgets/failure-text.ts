/**
 * A failure as the widgets show it: their sentence for what failed (from the catalog), then the
 * error's own message, or the thrown value itself when it has none.
 */
export function failureText(lead: string, error: unknown): string {
  return `${lead} ${String((error as Error).message ?? error)}`;
}
