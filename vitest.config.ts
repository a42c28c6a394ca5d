import { configDefaults, defineConfig } from "vitest/config";

// globalSetup builds dist/ when stale: binary tests spawn bin/parole.js and worker threads
// load dist/runner/worker.js.
export default defineConfig({
  test: {
    globalSetup: ["tests/setup/build.ts"],
    // Tests that spawn the binary or build twice take seconds; on 2 shared cores a busy machine
    // doubles that. A timeout is for a hang, not for a slow neighbour.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The browser tests run after the others, not beside them: Chromium's processes would
    // otherwise share the two cores with the timing tests (linearity ratios, start-up).
    projects: [
      { extends: true, test: { name: "unit", exclude: [...configDefaults.exclude, "tests/browser/**"], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "browser", include: ["tests/browser/**/*.test.ts"], sequence: { groupOrder: 1 } } },
    ],
  },
});
