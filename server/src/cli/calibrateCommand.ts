import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { kindFromFileName } from '../core/fileKinds';
import { reportNames } from '../core/render/labels';
import { calibrationToMarkdown } from '../core/render/calibrationToMarkdown';
import { focusLevelIds } from '../core/score/scoreAssessment';
import { pathToUri } from '../core/workspace/paths';
import { calibrateAssessment } from '../core/workspace/reviewScoring';
import { UsageError, type ScoreFormat } from './args';
import { calibrationToText } from './calibrateText';
import { collectFiles } from './collectFiles';
import { createWorkspace } from './createWorkspace';
import type { CliIo } from './io';
import { fileProblems, scoreErrorProblems } from './problems';
import { printProblems } from './scoreCommand';
import { createStyle } from './style';

export interface CalibrateRequest {
  assessment: string;
  format: ScoreFormat;
}

function existingFile(written: string, cwd: string): string {
  const path = resolve(cwd, written);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`'${written}' does not exist`, 'calibrate');
  }
  if (!isFile) throw new UsageError(`'${written}' is not a file; calibrate takes one self-assessment file`, 'calibrate');
  return path;
}

/** The review files beside the assessment and in the folders below it (by name; what they review is read later). */
function reviewFilesNear(assessmentPath: string, cwd: string): string[] {
  return collectFiles([dirname(assessmentPath)], cwd).files.filter((path) => kindFromFileName(path) === 'Review');
}

/**
 * `ladder calibrate ASSESSMENT`: the self-assessment against every review of it found beside it and
 * below its folder (spec section 8). Returns the exit code: 0 calibrated (with or without reviews),
 * 1 errors in the assessment, its ladder or a review. Throws UsageError for a missing file or a file of
 * another kind.
 */
export function runCalibrate(request: CalibrateRequest, io: CliIo): number {
  const path = existingFile(request.assessment, io.cwd);
  const uri = pathToUri(path);
  const workspace = createWorkspace();
  workspace.addKnownFile(uri);
  const file = workspace.file(uri);
  if (file.failure) {
    printProblems(fileProblems(workspace, path, io.cwd), request.format, io, 'calibrate');
    return 1;
  }
  const kind = file.analyzed?.kind;
  if (kind !== undefined && kind !== 'SelfAssessment') {
    throw new UsageError(`'${request.assessment}' is a ${kind} file; calibrate takes a SelfAssessment file`, 'calibrate');
  }
  for (const review of reviewFilesNear(path, io.cwd)) workspace.addKnownFile(pathToUri(review));
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
  else if (request.format === 'markdown') io.out(calibrationToMarkdown(report, { focus, ladderId: context.ladder.id?.value ?? '', ...names }));
  else io.out(calibrationToText(report, { focus, ladderId: context.ladder.id?.value ?? '', names, style: createStyle(io.color) }));
  return 0;
}
