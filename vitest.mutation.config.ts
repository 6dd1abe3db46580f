import { defineConfig } from 'vitest/config';

/*
 * The vitest config of `npm run mutation` (stryker.config.mjs): its only test is the oracle, so a
 * mutant of machines/ is killed by a rule verdict, never by the reference's own unit tests or a
 * scenario's expect: block (docs/MUTATION.md).
 */
export default defineConfig({
  test: {
    include: ['test/mutation/oracle.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
