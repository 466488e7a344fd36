import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    // Each run's temporary folders in one, removed when the run ends (tests/setup/scratch-folder.ts).
    globalSetup: ["tests/setup/scratch-folder.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { DATELINE_QUIET: "1" },
  },
});
