/**
 * `parole eval DIR`: run `extract` on every article of a gold folder and report the scores.
 * This is the one eval module that reads files; scoring itself (score.ts) stays pure.
 *
 * Layouts found (at any depth): `NAME.txt` with `NAME.gold.json` beside it (the corpus), and
 * folders holding `article.txt` + `expected.json` (the fixtures).
 *
 * Exit codes: 0 when every article was scored; 1 when some could not be (invalid gold file,
 * or `extract` threw: that article is then scored as an empty result and reported on stderr);
 * 2 when DIR does not exist or holds no gold files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Result } from "../core/types.js";
import { extract } from "../extract.js";
import { aggregate } from "./aggregate.js";
import { parseGold } from "./gold.js";
import { formatJson, formatText } from "./report.js";
import { scoreArticle } from "./score.js";
import type { ArticleScore } from "./score.js";

/** Options of `parole eval`. */
export interface EvalOptions {
  json?: boolean;
  verbose?: boolean;
  /** Print per-rule counts and speaker precision (always in the JSON). */
  byRule?: boolean;
}

/** Where the report and diagnostics go. */
export interface EvalIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** One article found in a gold folder. */
export interface GoldArticle {
  id: string;
  textPath: string;
  goldPath: string;
}

/** Every article with a gold answer under `dir`, sorted by path. */
export function findGoldArticles(dir: string): GoldArticle[] {
  const found: GoldArticle[] = [];
  const walk = (d: string): void => {
    const names = readdirSync(d).sort();
    const set = new Set(names);
    if (set.has("article.txt") && set.has("expected.json")) {
      found.push({ id: path.basename(d), textPath: path.join(d, "article.txt"), goldPath: path.join(d, "expected.json") });
    }
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const full = path.join(d, name);
      if (name.endsWith(".txt") && name !== "article.txt") {
        const base = name.slice(0, -".txt".length);
        if (set.has(`${base}.gold.json`)) found.push({ id: base, textPath: full, goldPath: path.join(d, `${base}.gold.json`) });
      } else if (statSync(full).isDirectory()) {
        walk(full);
      }
    }
  };
  walk(dir);
  return found;
}

function emptyResult(sourcePath: string): Result {
  return {
    schema_version: "1.0",
    source: { path: sourcePath, bytes: 0, sha256: "" },
    language: { detected: "und", pipeline: "none" },
    title: null,
    quotes: [],
    speakers: [],
    people: [],
    organizations: [],
    messages: [],
  };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Score `extract` on every gold article under `dir`, print the report, and return the exit code. */
export async function runEval(dir: string, opts: EvalOptions, io: EvalIo): Promise<number> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.stderr(`parole eval: ${dir}: no such folder\n`);
    return 2;
  }
  const articles = findGoldArticles(dir);
  if (articles.length === 0) {
    io.stderr(`parole eval: ${dir}: no gold files (NAME.txt + NAME.gold.json, or article.txt + expected.json)\n`);
    return 2;
  }
  let code = 0;
  const scores: ArticleScore[] = [];
  for (const a of articles) {
    let gold;
    try {
      gold = parseGold(JSON.parse(readFileSync(a.goldPath, "utf8")));
    } catch (e) {
      io.stderr(`parole eval: ${a.goldPath}: ${message(e)}\n`);
      code = 1;
      continue;
    }
    if (gold.id === "") gold.id = a.id;
    const text = readFileSync(a.textPath, "utf8");
    let result: Result;
    try {
      // `await` keeps this working if extract ever becomes asynchronous.
      result = await extract(text, { source: { path: a.textPath } });
    } catch (e) {
      io.stderr(`parole eval: ${a.textPath}: extract failed: ${message(e)}\n`);
      result = emptyResult(a.textPath);
      code = 1;
    }
    scores.push(scoreArticle(text, result, gold));
  }
  const summary = aggregate(scores);
  io.stdout(opts.json ? formatJson(summary, scores) : formatText(summary, scores, { verbose: opts.verbose ?? false, byRule: opts.byRule ?? false }));
  return code;
}
