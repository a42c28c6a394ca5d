/**
 * Errors say what to do: a Word or OpenDocument file, a PDF, a compressed dump, an image each
 * get the command or the step that turns them into text; a bad JSON Lines record is named by
 * its line, on stderr and in its error record.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateRecord } from "../src/schema.js";
import { runCli } from "./setup/cli-io.js";

const dir = mkdtempSync(join(tmpdir(), "parole-hints-"));
const zipHeader = (firstName: string): Buffer => {
  const h = Buffer.alloc(30);
  h.write("PK\u0003\u0004", 0, "latin1");
  h.writeUInt16LE(firstName.length, 26);
  return Buffer.concat([h, Buffer.from(firstName, "latin1")]);
};

describe("binary inputs", { timeout: 60_000 }, () => {
  test.each([
    { name: "article.docx", bytes: () => Buffer.concat([zipHeader("[Content_Types].xml"), Buffer.from("<Types/>PK\u0003\u0004word/document.xml", "latin1")]), says: /a Word document \(\.docx\), not text: save it as plain text \(\.txt\) in Word or LibreOffice.*pandoc -t plain/ },
    { name: "article.odt", bytes: () => zipHeader("mimetypeapplication/vnd.oasis.opendocument.text"), says: /an OpenDocument text \(\.odt\), not text: save it as plain text/ },
    { name: "article.pdf", bytes: () => Buffer.from("%PDF-1.7\n%âãÏÓ\n"), says: /binary file \(PDF document\), not text: extract its text first: `pdftotext FILE\.pdf FILE\.txt`/ },
    { name: "dump.jsonl.gz", bytes: () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]), says: /binary file \(gzip archive\), not text: .*`zcat dump\.jsonl\.gz \| parole --jsonl -`/ },
    { name: "photo.txt", bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), says: /PNG image\), not text: parole reads text: run OCR/ },
    { name: "archive.zip", bytes: () => zipHeader("textes/a.txt"), says: /binary file \(zip archive\), not text: unzip it/ },
  ])("$name", async ({ name, bytes, says }) => {
    writeFileSync(join(dir, name), bytes());
    const ran = await runCli([join(dir, name)]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(says);
  });
});

test("a JSON Lines record that fails is named by its line, on stderr and in its error record", { timeout: 60_000 }, async () => {
  const file = join(dir, "dump.jsonl");
  writeFileSync(file, [JSON.stringify({ id: "a", text: "Un texte." }), "", "{ pas du json", JSON.stringify({ id: "d", corps: "x" })].join("\n") + "\n");
  const ran = await runCli(["-q", file]);
  expect(ran.code).toBe(1);
  expect(ran.stderr.split("\n").filter(Boolean)).toEqual([
    expect.stringMatching(new RegExp(`^parole: ${file}:3: not valid JSON`)),
    expect.stringMatching(new RegExp(`^parole: ${file}:4#d: no "text" field`)),
  ]);
  const records = ran.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
  expect(records.map((r) => r.source.line)).toEqual([undefined, 3, 4]);
  for (const r of records) expect(validateRecord(r)).toEqual([]);
});
