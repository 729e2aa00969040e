// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  server: { port: 4321 },
  preview: { port: 4321 },
});
