/**
 * Issue 23's done-when on README: it shows the CSV columns the code writes, an install path a
 * non-programmer can follow under the package's real name, and a « Troubleshooting » section
 * giving every tool the error hints send the user to.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CSV_COLUMNS } from "../src/runner/format.js";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The README section under heading `title` (## or ###), up to the next heading of any level. */
function section(title: string): string {
  const at = readme.search(new RegExp(`^#{2,3} ${title}$`, "m"));
  expect(at, `README: no « ${title} » section`).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(readme.indexOf("\n", at) + 1);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe("README for users", () => {
  test("« CSV columns » lists the columns the CSV writer writes, in order", () => {
    // Table rows whose first cell is only `names` (« `quote_id`, `quote` »).
    const listed = [...section("CSV columns").matchAll(/^\| ((?:`[a-z_]+`(?:, )?)+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z_]+)`/g)].map((n) => n[1]!));
    expect(listed).toEqual([...CSV_COLUMNS]);
  });

  test("« Install » gives the clone, install and link steps, and the package's published name", () => {
    const install = section("Install");
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; bin: Record<string, string> };
    for (const step of ["git clone", "npm install", "npm link", "node --version", `**\`${pkg.name}\`**`]) expect(install).toContain(step);
    expect(Object.keys(pkg.bin)).toEqual(["parole"]);
  });

  test("« Troubleshooting » names every tool an error hint sends the user to", () => {
    const hints = readFileSync(join(root, "src", "runner", "decode.ts"), "utf8");
    const tools = [...new Set([...hints.matchAll(/`([a-z]+) [^`]*`/g)].map((m) => m[1]!))].sort();
    expect(tools).toEqual(expect.arrayContaining(["pandoc", "pdftotext", "tesseract", "unzip", "zcat"]));
    const troubleshooting = section("Troubleshooting");
    expect(tools.filter((t) => !new RegExp(`\\b${t}\\b`).test(troubleshooting))).toEqual([]);
    for (const option of ["--text-field", "parole convert", "--csv-sep ';' --bom", "--verbose", "parole-quotes"]) expect(troubleshooting).toContain(option);
  });
});
