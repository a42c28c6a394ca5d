// Per-rule speaker precision on the sealed set, learned from its totals alone.
//
// The sealed scorer prints totals only, which is what keeps the set unread. Changing the answers
// of one attribution rule and scoring again still says how that rule does on unseen articles:
//   drop — quotes of the rule removed: matched quotes fall by the rule's count;
//   fake — their speaker replaced by a name no article holds: speakers right fall by its right ones;
//   null — their speaker removed: speakers right change by (gold null among them) − (its right ones).
// No text, quote or name of the sealed set is read, printed or saved; parole's own output is
// cached in a temporary folder for the length of the run and deleted at the end.
//
// usage: node scripts/sealed-by-rule.mjs [--set fr|en] [--rules a,b,c]
// (run `npm run build` first: it scores bin/parole.js as it is.)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};

if (args[0] === "--wrap") wrap();
else await main();

/** As the scorer's command: parole on stdin (cached by the input's hash), one rule's answers altered. */
function wrap() {
  const input = readFileSync(0);
  const cache = path.join(process.env.PAROLE_PROBE_CACHE, createHash("sha256").update(input).digest("hex") + ".json");
  if (!existsSync(cache)) {
    const out = execFileSync(process.execPath, [path.join(root, "bin/parole.js"), "-"], { input, maxBuffer: 1 << 28 });
    writeFileSync(cache, out);
  }
  const result = JSON.parse(readFileSync(cache, "utf8"));
  const rule = process.env.PAROLE_PROBE_RULE;
  const mode = process.env.PAROLE_PROBE_MODE;
  const hit = (q) => (q.rule ?? "none") === rule;
  if (mode === "drop") result.quotes = result.quotes.filter((q) => !hit(q));
  for (const q of result.quotes) {
    if (!hit(q)) continue;
    if (mode === "fake") q.speaker = "Zzyzx Qwvkj";
    if (mode === "null") q.speaker = null;
  }
  process.stdout.write(JSON.stringify(result));
}

async function main() {
  const set = opt("--set", "fr");
  const scorer = path.resolve(root, "../shared/sealed/score.mjs");
  if (!existsSync(scorer)) {
    console.log(`sealed-by-rule: ${scorer} not found; nothing to measure.`);
    return;
  }
  const { QUOTE_RULES } = await import(path.join(root, "dist/core/rules.js"));
  const rules = opt("--rules", "") ? opt("--rules", "").split(",") : QUOTE_RULES;
  const cache = mkdtempSync(path.join(tmpdir(), "parole-probe-"));
  try {
    const score = (rule, mode) => {
      const env = { ...process.env, PAROLE_PROBE_CACHE: cache, PAROLE_PROBE_RULE: rule ?? "", PAROLE_PROBE_MODE: mode ?? "" };
      const out = execFileSync(process.execPath, [scorer, "--cmd", `node ${self} --wrap`, "--set", set, "--json"], { cwd: root, env, maxBuffer: 1 << 26 });
      const s = JSON.parse(out.toString("utf8"));
      const matched = Math.round(s.quotes.r * s.goldQuotes);
      return { matched, right: Math.round(s.speaker * matched) };
    };
    const base = score(null, null);
    console.log(`sealed ${set}: ${base.matched} matched quotes, ${base.right} speakers right (${(base.right / base.matched).toFixed(3)})`);
    console.log("rule               quotes  speaker right   gold null among them");
    for (const rule of rules) {
      const n = base.matched - score(rule, "drop").matched;
      if (n === 0) continue;
      const right = base.right - score(rule, "fake").right;
      const goldNull = score(rule, "null").right - base.right + right;
      console.log(`${rule.padEnd(18)} ${String(n).padStart(6)}  ${(right / n).toFixed(2)} (${right}/${n})`.padEnd(41) + `  ${goldNull}`);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
