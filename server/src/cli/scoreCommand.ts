import {
  closest,
  didYouMean,
  displayName,
  escapeText,
  focusLevelIds,
  jsonText,
  reportNames,
  scoreToMarkdown,
  scoreUnderReview,
} from '../core';
import { pathToUri } from '../node/fileUris';
import { existingAssessmentFile } from './existingFile';
import { UsageError, type ScoreFormat } from './args';
import { createCliService } from './createService';
import { problemsToJson, problemsToText } from './formatProblems';
import type { CliIo } from './io';
import { countBySeverity, fileProblems, scoreErrorProblems, sortProblems, type Problem } from './problems';
import { commandLineRoots } from './roots';
import { reviewOption } from './reviewOption';
import { scoreToText } from './scoreText';
import { createStyle } from './style';

/** What `ladder score` is asked to do. */
export interface ScoreCommandOptions {
  assessment: string;
  level?: string;
  /** A review of the assessment to score under. */
  review?: string;
  format: ScoreFormat;
}

export function printProblems(problems: readonly Problem[], format: ScoreFormat, io: CliIo, command = 'score'): void {
  const sorted = sortProblems(problems);
  io.out(format === 'json' ? problemsToJson(sorted) : problemsToText(sorted, createStyle(io.color)));
  const errors = countBySeverity(sorted).error;
  const files = new Set(sorted.map((problem) => problem.file)).size;
  io.err(
    `ladder: cannot ${command}: ${errors} ${errors === 1 ? 'error' : 'errors'} in ${files} ${files === 1 ? 'file' : 'files'}\n`,
  );
}

/**
 * `ladder score ASSESSMENT`: the report, or the errors that keep the assessment (or its ladder) from
 * being scored. Returns the exit code: 0 scored, 1 errors. Throws UsageError for a missing file, a file
 * of another kind or an unknown level.
 */
export function runScore(request: ScoreCommandOptions, io: CliIo): number {
  const path = existingAssessmentFile(request.assessment, io.cwd, 'score');
  const uri = pathToUri(path);
  const service = createCliService(commandLineRoots([request.assessment], io.cwd));
  const { workspace } = service;
  workspace.addKnownFile(uri);
  const file = workspace.file(uri);
  if (file.failure) {
    printProblems(fileProblems(workspace, path, io.cwd), request.format, io);
    return 1;
  }
  const kind = file.analyzed?.kind;
  if (kind !== undefined && kind !== 'SelfAssessment') {
    throw new UsageError(`'${request.assessment}' is a ${kind} file; score takes a SelfAssessment file`, 'score');
  }
  const options = request.level !== undefined ? { levelId: request.level } : {};
  const chosen =
    request.review !== undefined ? reviewOption(workspace, request.review, uri, request.assessment, io.cwd) : undefined;
  if (chosen && 'problems' in chosen) {
    printProblems(chosen.problems, request.format, io);
    return 1;
  }
  const outcome = chosen ? scoreUnderReview(workspace, uri, chosen.review, options) : service.score(uri, options);
  const { context, assessment, report } = outcome;
  if (request.level !== undefined && context && !context.levels.has(request.level)) {
    const ids = [...context.levels.keys()];
    throw new UsageError(
      `unknown level '${request.level}' in ${displayName(context.ladder.uri, uri)}.${didYouMean(closest(request.level, ids))} Levels: ${ids.join(', ') || 'none'}`,
      'score',
    );
  }
  const errors = scoreErrorProblems(workspace, outcome.errors, io.cwd);
  if (errors.length > 0 || !report || !context || !assessment) {
    if (errors.length === 0) {
      io.err(`ladder: cannot score '${escapeText(request.assessment)}': its ladder could not be read\n`);
      return 1;
    }
    printProblems(errors, request.format, io);
    return 1;
  }
  const focus = focusLevelIds(assessment, context);
  const names = reportNames(context);
  if (request.format === 'json') io.out(jsonText(report));
  else if (request.format === 'markdown') io.out(scoreToMarkdown(report, { focus, ...names }));
  else io.out(scoreToText(report, { focus, names, style: createStyle(io.color) }));
  return 0;
}
