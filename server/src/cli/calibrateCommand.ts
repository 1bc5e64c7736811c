import { dirname } from 'node:path';
import { calibrateAssessment, calibrationToMarkdown, focusLevelIds, kindFromFileName, reportNames } from '../core';
import { pathToUri } from '../node/fileUris';
import { existingAssessmentFile } from './existingFile';
import { UsageError, type ScoreFormat } from './args';
import { calibrationToText } from './calibrateText';
import { collectFiles } from './collectFiles';
import { createCliService } from './createService';
import { commandLineRoots } from './roots';
import { RealRoots } from '../node/realRoots';
import type { CliIo } from './io';
import { fileProblems, scoreErrorProblems } from './problems';
import { printProblems } from './scoreCommand';
import { createStyle } from './style';

export interface CalibrateRequest {
  assessment: string;
  format: ScoreFormat;
}

/** The review files beside the assessment and in the folders below it (by name; what they review is read later). */
function reviewFilesNear(assessmentPath: string, cwd: string, roots: readonly string[]): string[] {
  return collectFiles([dirname(assessmentPath)], cwd, new RealRoots(roots)).files.filter(
    (path) => kindFromFileName(path) === 'Review',
  );
}

/**
 * `ladder calibrate ASSESSMENT`: the self-assessment against every review of it found beside it and
 * below its folder (spec section 8). Returns the exit code: 0 calibrated (with or without reviews),
 * 1 errors in the assessment, its ladder or a review. Throws UsageError for a missing file or a file of
 * another kind.
 */
export function runCalibrate(request: CalibrateRequest, io: CliIo): number {
  const path = existingAssessmentFile(request.assessment, io.cwd, 'calibrate');
  const uri = pathToUri(path);
  const roots = commandLineRoots([request.assessment], io.cwd);
  const service = createCliService(roots);
  const { workspace } = service;
  workspace.addKnownFile(uri);
  const file = workspace.file(uri);
  if (file.failure) {
    printProblems(fileProblems(workspace, path, io.cwd), request.format, io, 'calibrate');
    return 1;
  }
  const kind = file.analyzed?.kind;
  if (kind !== undefined && kind !== 'SelfAssessment') {
    throw new UsageError(
      `'${request.assessment}' is a ${kind} file; calibrate takes a SelfAssessment file`,
      'calibrate',
    );
  }
  for (const review of reviewFilesNear(path, io.cwd, roots)) workspace.addKnownFile(pathToUri(review));
  const outcome = calibrateAssessment(workspace, uri);
  const { calibration, context, assessment } = outcome;
  const errors = scoreErrorProblems(workspace, outcome.errors, io.cwd);
  if (errors.length > 0) {
    printProblems(errors, request.format, io, 'calibrate');
    return 1;
  }
  if (!calibration || !context || !assessment) {
    io.err(`ladder: cannot calibrate '${request.assessment}': its ladder could not be read\n`);
    return 1;
  }
  const focus = focusLevelIds(assessment, context);
  const names = reportNames(context);
  const { report } = calibration;
  if (request.format === 'json') io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (request.format === 'markdown')
    io.out(calibrationToMarkdown(report, { focus, ladderId: context.ladder.id?.value ?? '', ...names }));
  else
    io.out(
      calibrationToText(report, {
        focus,
        ladderId: context.ladder.id?.value ?? '',
        names,
        style: createStyle(io.color),
      }),
    );
  return 0;
}
