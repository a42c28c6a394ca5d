// `npm run eval`: build, then score parole on the shared dev corpus when it is there.
// The corpus sits outside the repository (../shared/corpus/dev); without it, say so and succeed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = path.resolve(root, "../shared/corpus/dev");
if (!existsSync(dev)) {
  console.log(`eval: ${dev} not found; nothing to measure.`);
  process.exit(0);
}
// Always rebuild: it takes seconds and a stale dist/ would measure old code.
try {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
} catch {
  console.error("eval: the build reported errors; measuring what was emitted.");
}
execFileSync(process.execPath, [path.join(root, "scripts/bundle-cli.mjs")], { cwd: root, stdio: "inherit" });
const args = process.argv.slice(2);
const bin = path.join(root, "bin/parole.js");
if (existsSync(bin)) {
  const r = spawnSync(process.execPath, [bin, "eval", dev, ...args], { cwd: root, stdio: "inherit" });
  process.exit(r.status ?? 1);
}
// Until the CLI exists, call the eval directly.
const { runEval } = await import(path.join(root, "dist/eval/run.js"));
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
process.exit(await runEval(dev, { json: args.includes("--json"), verbose: args.includes("--verbose") }, io));
