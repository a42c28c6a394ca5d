/**
 * Reading parole's own results back (for `parole stats` and `parole convert`): JSON Lines
 * output, one pretty JSON object (a single article's output), an --out-dir folder of `.json`
 * files, or stdin. What is not a result is said once per input, with what to do, instead of
 * once per line.
 */
import { createReadStream } from "node:fs";
import { opendir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import type { Result } from "../core/types.js";
import type { ErrorRecord } from "./format.js";
import { lines } from "./inputs.js";

/** One thing read back: a result, an error record, or a problem with where it was found. */
export type ResultItem =
  | { kind: "result"; value: Result; where: string }
  | { kind: "error"; value: ErrorRecord; where: string }
  | { kind: "bad"; where: string; problem: string };

type Classified = { kind: "result"; value: Result } | { kind: "error"; value: ErrorRecord } | { kind: "article" } | { kind: "other" };

function classify(v: unknown): Classified {
  if (!v || typeof v !== "object" || Array.isArray(v)) return { kind: "other" };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o["quotes"]) && o["source"] && typeof o["source"] === "object") return { kind: "result", value: v as Result };
  if (o["error"] && typeof o["error"] === "object" && "code" in (o["error"] as object)) return { kind: "error", value: v as ErrorRecord };
  if (typeof o["text"] === "string" || typeof o["content"] === "string" || typeof o["body"] === "string") return { kind: "article" };
  return { kind: "other" };
}

const ARTICLES_HINT = (path: string): string =>
  `holds articles, not parole results: run parole on it first (\`parole ${path} > results.jsonl\`), then use results.jsonl`;

/** Items from one JSON text (a whole file or stdin) or its lines. */
async function* fromStream(stream: AsyncIterable<Buffer | string>, where: string): AsyncGenerator<ResultItem> {
  // parole's output for one article is one pretty object: its first line is "{" alone. Such
  // a stream is read whole; anything else line by line (JSON Lines).
  let whole: string[] | undefined;
  for await (const { line, no } of lines(stream)) {
    if (whole) {
      whole.push(line);
      continue;
    }
    if (no === 1 && line.trim() === "{") {
      whole = [line];
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: "bad", where: `${where}:${no}`, problem: "not a JSON line, skipped" };
      continue;
    }
    const c = classify(value);
    if (c.kind === "result" || c.kind === "error") yield { ...c, where: `${where}:${no}` };
    else if (c.kind === "article") {
      yield { kind: "bad", where, problem: ARTICLES_HINT(where === "-" ? "-" : where) };
      return;
    } else yield { kind: "bad", where: `${where}:${no}`, problem: "not a parole result (no quotes, no error), skipped" };
  }
  if (whole) yield* fromText(whole.join("\n"), where);
}

function* fromText(text: string, where: string): Generator<ResultItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { kind: "bad", where, problem: `not valid JSON (${(err as Error).message}), skipped` };
    return;
  }
  const c = classify(value);
  if (c.kind === "result" || c.kind === "error") yield { ...c, where };
  else if (c.kind === "article") yield { kind: "bad", where, problem: ARTICLES_HINT(where) };
  else yield { kind: "bad", where, problem: "not a parole result (no quotes, no error), skipped" };
}

/** The `.json` files under a folder, recursively, in sorted order (temp files left out). */
async function* jsonFiles(dir: string, counts: { other: number }): AsyncGenerator<string> {
  const names: Array<{ name: string; dir: boolean }> = [];
  for await (const d of await opendir(dir)) names.push({ name: d.name, dir: d.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* jsonFiles(p, counts);
    else if (n.name.endsWith(".json") && !n.name.startsWith(".")) yield p;
    else if ([".txt", ".md", ".jsonl", ".ndjson", ".html", ".htm"].includes(extname(n.name).toLowerCase())) counts.other++;
  }
}

/** Every result and error record in these paths ("-" is stdin), in order; problems as items. */
export async function* readResults(paths: string[], stdin: Readable): AsyncGenerator<ResultItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* fromStream(stdin, "-");
      continue;
    }
    let st;
    try {
      st = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { kind: "bad", where: path, problem: code === "ENOENT" ? "no such file or folder" : (err as Error).message };
      continue;
    }
    if (st.isDirectory()) {
      const counts = { other: 0 };
      let found = 0;
      for await (const f of jsonFiles(path, counts)) {
        found++;
        try {
          yield* fromText(await readFile(f, "utf8"), f);
        } catch (err) {
          yield { kind: "bad", where: f, problem: (err as Error).message };
        }
      }
      if (found === 0) {
        yield {
          kind: "bad",
          where: path,
          problem:
            counts.other > 0
              ? `no .json result in this folder, only articles: run parole on it first (\`parole --out-dir results/ ${path}\`), then use results/`
              : "no .json result in this folder",
        };
      }
      continue;
    }
    try {
      if (extname(path).toLowerCase() === ".json") yield* fromText(await readFile(path, "utf8"), path);
      else yield* fromStream(createReadStream(path), path);
    } catch (err) {
      yield { kind: "bad", where: path, problem: (err as Error).message };
    }
  }
}
