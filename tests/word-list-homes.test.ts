/**
 * One home per word list (issue 22): grammar words in src/core/french.ts, content lists in
 * lexicons/ (checked by lexicons:check). A list of more than MAX_INLINE string literals written
 * inline anywhere else in src/core — `new Set([...])`, `new Set("a b c".split(" "))`,
 * `wordList([...])`, `const X = ["a", …]` — fails here unless ALLOWED names it with its reason.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORE = join(ROOT, "src", "core");
const MAX_INLINE = 8;

/** The grammar home: its lists are meant to be here. */
const GRAMMAR_HOME = "src/core/french.ts";

/** Inline lists kept on purpose: "file:constant" → why it is no word list for a linguist. */
const ALLOWED: Record<string, string> = {
  "src/core/stages/05-mentions/lists.ts:CLAUSE_OPENERS": "punctuation tokens (code logic, not words)",
  "src/core/stages/07-entities/role-phrase.ts:CLOSES_ROLE": "punctuation tokens (code logic, not words)",
  "src/core/rules.ts:ATTRIBUTION_RULES": "the names of the attribution rules (a typed contract, not words)",
  "src/core/rules.ts:ENGLISH_BASE_RULES": "the names of the English rules (a typed contract, not words)",
  "src/core/rules.ts:ENGLISH_PRONOUN_BASES": "the English rules that have a « -pronoun » variant (a typed contract, not words)",
};

interface InlineList {
  at: string;
  entries: number;
}

/** The string literals of an array literal starting at `open` (a « [ »), and where it ends. */
function arrayStrings(src: string, open: number): { strings: number; end: number } {
  let strings = 0;
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === "`") {
      const close = src.indexOf(c, i + 1);
      if (depth === 1) strings++;
      i = close;
    } else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") {
      depth--;
      if (depth === 0) return { strings, end: i };
    }
  }
  return { strings, end: src.length };
}

/** Inline literal lists in one file's source: `new Set([…])`, `new Set("…".split(" "))`, `wordList([…])`. */
export function inlineLists(file: string, src: string): InlineList[] {
  const out: InlineList[] = [];
  const re = /(?:const|let)\s+(\w+)[^=\n]*=\s*(?:new Set(?:<[^>]*>)?|wordList)\(\s*(\[|\(?\s*")|(?:new Set(?:<[^>]*>)?|wordList)\(\s*(\[|\(?\s*")/g;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const name = m[1] ?? `line ${src.slice(0, m.index).split("\n").length}`;
    const opener = m[2] ?? m[3]!;
    const start = m.index + m[0].length - opener.length;
    let entries: number;
    if (opener === "[") entries = arrayStrings(src, start).strings;
    else {
      // « "a b c " + "d e".split(" ") »: the words of the concatenated literals before .split.
      const split = src.indexOf(".split(", start);
      const literals = src.slice(start, split).match(/"[^"]*"/g) ?? [];
      entries = literals.join(" ").replace(/"/g, "").split(/\s+/).filter(Boolean).length;
    }
    out.push({ at: `${file}:${name}`, entries });
  }
  const plain = /(?:const|let)\s+(\w+)[^=\n]*=\s*(\[)\s*["'`]/g;
  for (let m = plain.exec(src); m !== null; m = plain.exec(src)) {
    out.push({ at: `${file}:${m[1]!}`, entries: arrayStrings(src, m.index + m[0].lastIndexOf("[")).strings });
  }
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
}

describe("one home per word list", () => {
  test.each([
    ['const A = new Set(["a", "b", "c", "d", "e", "f", "g", "h", "i"]);', 9],
    ['const A = new Set(["a", "b"]);', 2],
    ['const A: ReadonlySet<string> = new Set<string>(["a", "b", "c"]);', 3],
    ['const A = new Set("a b c d e f g h i j".split(" "));', 10],
    ['const A = new Set(\n  (\n    "a b c " +\n    "d e"\n  ).split(" "),\n);', 5],
    ['const isX = wordList(["m", "mme", "dr"]);', 3],
    ['export const X: readonly string[] = ["l", "d", "qu"];', 3],
    ['const A = new Set([0x2e, 0x21]);', 0],
    ["const A = new Set([...B, ...C]);", 0],
    ['const A = new Set([["x", "y"], ["z"]].map(f));', 0],
  ])("the scanner counts « %s » as %i entries", (src, entries) => {
    expect(inlineLists("f.ts", src).map((l) => l.entries)).toEqual([entries]);
  });

  test(`no inline list of more than ${MAX_INLINE} strings in src/core outside ${GRAMMAR_HOME} (content lists go to lexicons/)`, () => {
    const found = tsFiles(CORE)
      .map((path) => [relative(ROOT, path).split("\\").join("/"), path] as const)
      .filter(([file]) => file !== GRAMMAR_HOME)
      .flatMap(([file, path]) => inlineLists(file, readFileSync(path, "utf8")))
      .filter((l) => l.entries > MAX_INLINE);
    expect(found.filter((l) => !(l.at in ALLOWED)).map((l) => `${l.at} (${l.entries} entries)`)).toEqual([]);
    // An allow-listed list that is gone or small now leaves the allow-list.
    expect(Object.keys(ALLOWED).filter((at) => !found.some((l) => l.at === at))).toEqual([]);
  });
});
