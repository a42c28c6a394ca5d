/**
 * vitest globalSetup: make sure dist/ is up to date before the tests that spawn the real
 * binary or start worker threads (both load compiled JavaScript). Rebuilds only when a file
 * under src/ or schema/ is newer than the last build, so it costs nothing most of the time.
 * Same steps as `npm run build`: tsc, then the bundle bin/parole.js loads.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

function newest(dir: string): number {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Build dist/ (tsc, then the CLI bundle) when src/ changed since the last build. */
export default function setup(): void {
  const compiled = join(root, "dist", "cli", "run.js");
  // The bundle is written last: its age is the build's.
  const stamp = join(root, "dist", "bundle", "cli.js");
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built >= Math.max(newest(join(root, "src")), newest(join(root, "schema")))) return;
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
      cwd: root,
      stdio: "pipe",
    });
  } catch (err) {
    // tsc still emits on type errors (someone else's work in progress); only a missing
    // output is fatal here, and `npm run typecheck` reports the errors.
    if (!existsSync(compiled)) throw err;
  }
  execFileSync(process.execPath, [join(root, "scripts", "bundle-cli.mjs")], { cwd: root, stdio: "pipe" });
}
