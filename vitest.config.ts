import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // The model's acceptance tests evaluate thousands of sentences; on a loaded 2-core CI machine that can take
    // longer than vitest's 5 s default. This is a hang guard, not a speed requirement.
    testTimeout: 60_000,
    setupFiles: ['tests/unit/fast-check-seed.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Pure functions (the core, widget parts' logic, build helpers). They once shared workers (isolate: false),
          // which saved ~13 s but hung a whole run after pca.test.ts when the files met in one worker; kept isolated.
          name: 'pure',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/model/**'],
        },
      },
      {
        extends: true,
        // The model's tests train and cache models: each file keeps its own module state.
        test: { name: 'model', include: ['tests/unit/model/**/*.test.ts'] },
      },
    ],
  },
});
