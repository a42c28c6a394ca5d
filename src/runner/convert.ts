/**
 * `parole convert`: parole's results (JSON Lines output, one article's JSON, an --out-dir
 * folder, stdin) written again in another format, CSV by default — so a run made with
 * --out-dir (resumable) still ends in a spreadsheet.
 */
import type { Readable, Writable } from "node:stream";
import { EXIT, ProblemReporter } from "./errors.js";
import { formatError, formatHeader, formatResult } from "./format.js";
import type { OutputSettings } from "./format.js";
import { readResults } from "./results.js";

interface ConvertIo {
  stdin: Readable;
  stdout: Writable;
  stderr: { write(s: string): unknown };
}

/** Convert; exit 1 when some input was not a result (it is skipped and said on stderr). */
export async function runConvert(paths: string[], s: OutputSettings, io: ConvertIo): Promise<number> {
  let stopped = false;
  io.stdout.on("error", () => (stopped = true));
  const write = async (text: string): Promise<void> => {
    if (text === "" || stopped) return;
    if (!io.stdout.write(text)) {
      await new Promise<void>((res) => {
        io.stdout.once("drain", res);
        io.stdout.once("error", res);
        io.stdout.once("close", res);
      });
    }
  };
  const problems = new ProblemReporter((line) => io.stderr.write(line));
  let failed = 0;
  let read = 0;
  await write(formatHeader(s));
  for await (const item of readResults(paths.length ? paths : ["-"], io.stdin)) {
    if (stopped) break;
    if (item.kind === "result") {
      read++;
      await write(await formatResult(item.value, s));
    } else if (item.kind === "error") {
      read++;
      await write(formatError(item.value, s));
    } else {
      failed++;
      problems.report(`parole: ${item.where}: ${item.problem}\n`, item.problem);
    }
  }
  problems.finish();
  if (read === 0 && !stopped) {
    io.stderr.write("parole: convert: no parole result found in the input\n");
    return EXIT.input;
  }
  return failed ? EXIT.input : EXIT.ok;
}
