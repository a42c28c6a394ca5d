import { defineConfig } from "vitest/config";

// globalSetup builds dist/ when stale: binary tests spawn bin/parole.js and worker threads
// load dist/runner/worker.js.
export default defineConfig({
  test: {
    globalSetup: ["tests/setup/build.ts"],
  },
});
