import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import ladderSchema from '../../../../schemas/ladder.schema.json';
import competenciesSchema from '../../../../schemas/competencies.schema.json';
import assessmentSchema from '../../../../schemas/assessment.schema.json';
import reviewSchema from '../../../../schemas/review.schema.json';
import type { FileKind, LadderDiagnostic } from '../types';
import { compileValidators } from './compiledValidators';
import { errorToDiagnostic } from './errorLocation';

export const SCHEMAS: Record<FileKind, object> = {
  Ladder: ladderSchema,
  Competencies: competenciesSchema,
  SelfAssessment: assessmentSchema,
  Review: reviewSchema,
};

let compiled: Record<FileKind, ValidateFunction> | undefined;

/** Precompiled in the bundles (see compiledValidators.ts); compiled on first use from the sources. */
function validators(): Record<FileKind, ValidateFunction> {
  compiled ??= compileValidators();
  return compiled;
}

const MAX_SCHEMA_DIAGNOSTICS = 500;

/** Validates plain data against the kind's JSON Schema; each error points at the YAML node it is about. */
export function validateSchema(kind: FileKind, data: unknown, doc: Document, text: string): LadderDiagnostic[] {
  const validate = validators()[kind];
  if (validate(data)) return [];
  const seen = new Set<string>();
  const diagnostics: LadderDiagnostic[] = [];
  // A bad key fails both a rule inside propertyNames (reported on the whole mapping) and propertyNames
  // itself (reported on the key): keep the latter.
  const errors = (validate.errors ?? []).filter(
    (error) => (error as { propertyName?: string }).propertyName === undefined,
  );
  for (const error of preferSpecific(errors)) {
    const diagnostic = errorToDiagnostic(error, doc, text, SCHEMAS[kind]);
    const key = `${diagnostic.span.start}:${diagnostic.span.end}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
    if (diagnostics.length >= MAX_SCHEMA_DIAGNOSTICS) break;
  }
  return diagnostics;
}

/**
 * An anyOf over alternatives (a rating written short or long) reports every branch's failure. Keep the
 * errors of the branch the value was evidently meant for (anything but a type mismatch); when every
 * branch failed only on type, keep the one summary error.
 */
function preferSpecific(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  if (anyOfPaths.length === 0) return errors;
  const under = (error: ErrorObject, path: string) =>
    error.instancePath === path || error.instancePath.startsWith(`${path}/`);
  const drop = new Set<ErrorObject>();
  for (const path of anyOfPaths) {
    const branchErrors = errors.filter((e) => e.keyword !== 'anyOf' && under(e, path));
    const specific = branchErrors.filter((e) => !(e.keyword === 'type' && e.instancePath === path));
    if (specific.length > 0) {
      for (const e of errors) if (under(e, path) && !specific.includes(e)) drop.add(e);
    } else {
      for (const e of branchErrors) drop.add(e);
    }
  }
  return errors.filter((e) => !drop.has(e));
}
