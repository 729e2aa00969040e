import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateTypes, OUTPUT } from '../../../scripts/generate-types.ts';

it('src/schema/types.generated.ts is what the schemas generate (run `npm run types` after changing a schema)', async () => {
  expect(readFileSync(OUTPUT, 'utf8')).toBe(await generateTypes());
});
