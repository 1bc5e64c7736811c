import Ajv, { type ValidateFunction } from 'ajv';
import ladderSchema from '../../../../schemas/ladder.schema.json';
import competenciesSchema from '../../../../schemas/competencies.schema.json';
import assessmentSchema from '../../../../schemas/assessment.schema.json';
import reviewSchema from '../../../../schemas/review.schema.json';
import type { FileKind } from '../types';
import ajvOptions from './ajvOptions.json';

/**
 * The validators of the four schemas, compiled at run time. The bundles never run this: the build
 * (esbuild.mjs, with build/validators.mjs) replaces this module by the same validators compiled to
 * JavaScript ahead of time with Ajv's standalone code, so a server or a `ladder` run does not load Ajv's
 * compiler nor pay for compiling. Running from the TypeScript sources (the tests) compiles here.
 */
export function compileValidators(): Record<FileKind, ValidateFunction> {
  const ajv = new Ajv(ajvOptions);
  return {
    Ladder: ajv.compile(ladderSchema),
    Competencies: ajv.compile(competenciesSchema),
    SelfAssessment: ajv.compile(assessmentSchema),
    Review: ajv.compile(reviewSchema),
  };
}
