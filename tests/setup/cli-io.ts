/**
 * Test helpers for the CLI: in-memory stdin/stdout/stderr for run(argv, io), and a small
 * French article generator (sentences written for these tests, not taken from any corpus).
 */
import { Readable, Writable } from "node:stream";
import { run } from "../../src/cli/run.js";
import type { Io } from "../../src/cli/run.js";

/** What a run printed and returned. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for a fake terminal or pipe. */
export interface FakeIo {
  stdin?: string | Buffer;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** A writable that keeps everything written to it. */
export function sink(isTTY = false): Writable & { isTTY: boolean; text: () => string } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  }) as Writable & { isTTY: boolean; text: () => string };
  w.isTTY = isTTY;
  w.text = () => Buffer.concat(chunks).toString("utf8");
  return w;
}

/** Run the CLI in-process with fake streams. */
export async function runCli(argv: string[], o: FakeIo = {}): Promise<Ran> {
  const stdin = Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = o.stdinTTY ?? false;
  const stdout = sink(o.stdoutTTY);
  const stderr = sink(o.stderrTTY);
  const io: Io = { stdin, stdout, stderr, env: o.env ?? {} };
  if (o.signal) io.signal = o.signal;
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const SUBJECTS = [
  "La ministre de la Santé",
  "Le maire de la commune",
  "Une porte-parole du syndicat",
  "Le président de l'association",
  "La directrice de l'usine",
  "Le député de la circonscription",
];
const SAYINGS = [
  "Nous ne lâcherons rien",
  "La situation reste très préoccupante",
  "Ce projet coûte beaucoup trop cher",
  "Il faut écouter les habitants",
  "Rien n'est encore décidé",
  "Nous étions prêts depuis longtemps",
];
const CONTEXT = [
  "Les discussions ont repris mardi après une longue pause.",
  "Le conseil municipal doit se réunir la semaine prochaine.",
  "Plusieurs centaines de personnes se sont rassemblées devant la mairie.",
  "Le texte sera examiné à l'automne par les parlementaires.",
  "Les salariés attendent des réponses claires sur leur avenir.",
];

/** A short French article, deterministic for a given number. */
export function article(n: number): string {
  const s = SUBJECTS[n % SUBJECTS.length]!;
  const q = SAYINGS[(n >> 1) % SAYINGS.length]!;
  const c = CONTEXT[(n >> 2) % CONTEXT.length]!;
  return `Article numéro ${n}\n\n${c} ${s} a déclaré : « ${q}. » ${CONTEXT[(n + 1) % CONTEXT.length]!}\n`;
}
