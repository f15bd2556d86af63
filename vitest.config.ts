import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The model's acceptance tests evaluate thousands of sentences; on a loaded 2-core CI machine that can take
    // longer than vitest's 5 s default. This is a hang guard, not a speed requirement.
    testTimeout: 60_000,
  },
});
