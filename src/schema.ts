/**
 * parole's JSON Schema and validators built on it.
 * The schema lives in schema/parole.schema.json (the reference for other languages); it is
 * imported as a JSON module, which works from src/ (tests) and from dist/ (both sit beside
 * schema/), so there is one copy and no generated file to keep in step.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import schemaJson from "../schema/parole.schema.json" with { type: "json" };

/** The JSON Schema (draft 2020-12) of a `Result`; `$defs.ErrorRecord` and `$defs.Record` cover batch lines. */
export const schema: Readonly<Record<string, unknown>> = schemaJson;

interface Validators {
  result: ValidateFunction;
  errorRecord: ValidateFunction;
  skipRecord: ValidateFunction;
}

let compiled: Validators | undefined;

// Compiled on first use: building the validators costs a few milliseconds that most
// callers (plain extraction) never need.
function validators(): Validators {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(schemaJson);
    const id = schemaJson.$id;
    compiled = {
      result: ajv.getSchema(id) as ValidateFunction,
      errorRecord: ajv.getSchema(`${id}#/$defs/ErrorRecord`) as ValidateFunction,
      skipRecord: ajv.getSchema(`${id}#/$defs/SkipRecord`) as ValidateFunction,
    };
  }
  return compiled;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath === "" ? "/" : e.instancePath;
    const extra =
      e.keyword === "additionalProperties"
        ? `: ${String((e.params as { additionalProperty?: unknown }).additionalProperty)}`
        : e.keyword === "enum"
          ? `: ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
          : e.keyword === "const"
            ? `: ${JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue)}`
            : "";
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}

/** Check a value against the schema's `Result`; returns error strings, [] when valid. */
export function validateResult(value: unknown): string[] {
  const check = validators().result;
  return check(value) ? [] : describe(check.errors);
}

/** Check one batch output line: a `Result`, an `ErrorRecord` or a `SkipRecord`; returns error strings, [] when valid. */
export function validateRecord(value: unknown): string[] {
  // Pick the branch by the `error` key rather than reporting oneOf's errors for both branches.
  const isError = typeof value === "object" && value !== null && "error" in value;
  const isSkip = typeof value === "object" && value !== null && "skipped" in value;
  const check = isError ? validators().errorRecord : isSkip ? validators().skipRecord : validators().result;
  return check(value) ? [] : describe(check.errors);
}
