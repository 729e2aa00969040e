/** The list "My progress" fetches when it is too long to send with the page (src/site/progress.ts). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locale.ts';
import { localePaths, pageContext } from '../../../site/page.ts';
import { progressGroups } from '../../../site/progress.ts';
import { encodeGroups } from '../../../widgets/knowledge/progress.svelte.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const ctx = await pageContext((props as { locale: Locale }).locale);
  return new Response(encodeGroups(progressGroups(ctx)), { headers: { 'Content-Type': 'application/json' } });
};
