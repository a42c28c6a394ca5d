#!/usr/bin/env node
/**
 * Writes the code's closed list of quote rules (src/core/rules.ts QUOTE_RULES: French, English
 * with their « -pronoun » variants, « none ») into schema/parole.schema.json's Quote.rule enum,
 * from the build:
 *
 *   npm run build && node scripts/schema-enums.mjs          # rewrite the enum
 *   node scripts/schema-enums.mjs --check                   # exit 1 when the schema differs
 *
 * tests/schema-codes.test.ts fails while the two differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const path = join(root, "schema", "parole.schema.json");
const { QUOTE_RULES } = await import(pathToFileURL(join(root, "dist", "core", "rules.js")).href);
const text = readFileSync(path, "utf8");
// The Quote's "rule" property is one line of the schema: replace its enum (or add one).
const line = /^(\s*"rule": \{ )(?:"type": "string"|"enum": \[[^\]]*\]), ("description": "The rule that decided the attribution[^\n]*)$/m;
if (!line.test(text)) {
  console.error("schema-enums: Quote.rule's line not found in schema/parole.schema.json");
  process.exit(2);
}
const next = text.replace(line, (_, head, description) => `${head}"enum": ${JSON.stringify(QUOTE_RULES).replaceAll(",", ", ")}, ${description}`);
if (process.argv.includes("--check")) {
  if (next !== text) {
    console.error("schema-enums: schema/parole.schema.json's Quote.rule enum is not the code's QUOTE_RULES: run `npm run build && node scripts/schema-enums.mjs`");
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(path, next);
  console.log(`schema-enums: Quote.rule enum written (${QUOTE_RULES.length} rules)`);
} else console.log("schema-enums: Quote.rule enum already up to date");
