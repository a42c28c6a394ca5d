import { defineConfig } from "vitest/config";

// globalSetup builds dist/ when stale: binary tests spawn bin/parole.js and worker threads
// load dist/runner/worker.js.
export default defineConfig({
  test: {
    globalSetup: ["tests/setup/build.ts"],
    // Tests that spawn the binary or build twice take seconds; on 2 shared cores a busy machine
    // doubles that. A timeout is for a hang, not for a slow neighbour.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
