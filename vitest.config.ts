import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**"],
    // Each run's temporary folders in one, removed when the run ends (tests/setup/scratch-folder.ts).
    globalSetup: ["tests/setup/scratch-folder.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { DATELINE_QUIET: "1" },
  },
});
