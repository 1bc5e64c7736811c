import * as l10n from '@vscode/l10n';
import {
  calibrateAssessment,
  countedRatings,
  displayName,
  focusLevelIds,
  type LineMap,
  type Rating,
  type Workspace,
  readinessPercent,
} from '../core';
import type { Range } from 'vscode-languageserver-protocol';
import type { CalibrationCells, CalibrationLevel, CalibrationResult, CalibrationReview } from '../protocol';
import { competencyInfos, ratingEvidence, scaleOptions } from './ladderInfo';
import { lineMapOf, toRange } from './positions';
import type { UriMap } from './uriMap';

/**
 * Answers the calibration request: the spec's calibration of an assessment (or of the assessment a review
 * names) with every review of it the workspace knows, plus the ranges and names a panel needs to show
 * and link it.
 */
export function handleCalibration(workspace: Workspace, uri: string, uris: UriMap, now: Date): CalibrationResult {
  const empty: CalibrationResult = {
    uri: uris.toClient(uri),
    reviews: [],
    cells: [],
    levels: [],
    focus: [],
    scale: [],
    competencies: [],
    evidence: {},
    errorCount: 0,
  };
  const file = workspace.file(uri);
  if (!file.analyzed)
    return {
      ...empty,
      message: l10n.t('Cannot read this file: {0}.', file.failure?.message ?? l10n.t('unknown reason')),
    };
  const model = file.analyzed.model;
  let assessmentUri = uri;
  if (model?.kind === 'Review') {
    const reviewed = workspace.reviewedAssessment(model);
    if (!reviewed.uri || !reviewed.assessment) {
      const unreadable =
        reviewed.uri && l10n.t('{0} could not be read as a self-assessment.', displayName(reviewed.uri, uri));
      return {
        ...empty,
        message:
          reviewed.problem?.message ??
          unreadable ??
          l10n.t('Say which self-assessment this review is of with `assessment: <path to the .assessment.yaml file>`.'),
      };
    }
    assessmentUri = reviewed.uri;
  } else if (model?.kind !== 'SelfAssessment') {
    return {
      ...empty,
      message: l10n.t('Calibration needs a self-assessment (kind: SelfAssessment) or a review of one (kind: Review).'),
    };
  }
  const outcome = calibrateAssessment(workspace, assessmentUri, { today: now });
  const { calibration, assessment, context } = outcome;
  const errorCount = [...outcome.errors.values()].reduce((sum, list) => sum + list.length, 0);
  const assessmentAnalysis = workspace.file(assessmentUri).analyzed;
  const maps = new Map<string, LineMap>();
  const mapOf = (fileUri: string): LineMap | undefined => {
    if (!maps.has(fileUri)) {
      const analyzed = workspace.file(fileUri).analyzed;
      if (analyzed) maps.set(fileUri, lineMapOf(analyzed));
    }
    return maps.get(fileUri);
  };
  const reviews: CalibrationReview[] = outcome.reviews.map(({ uri: reviewUri, file: path, review }) => {
    const map = mapOf(reviewUri);
    const at = review.reviewer?.span ?? { start: 0, end: 0 };
    return {
      uri: uris.toClient(reviewUri),
      file: path,
      ...(review.reviewer ? { reviewer: review.reviewer.value } : {}),
      ...(review.role ? { role: review.role } : {}),
      ...(review.date ? { date: review.date.text } : {}),
      ...(review.note !== undefined ? { note: review.note } : {}),
      range: map ? toRange(map, at) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      errorCount: outcome.errors.get(reviewUri)?.length ?? 0,
    };
  });
  const base = {
    ...empty,
    assessmentUri: uris.toClient(assessmentUri),
    ...(model?.kind === 'Review' ? { reviewIndex: outcome.reviews.findIndex((r) => r.uri === uri) } : {}),
    reviews,
    errorCount,
  };
  if (!calibration || !assessment || !context || !assessmentAnalysis) {
    const problem = assessment ? workspace.assessmentLadder(assessment).problem : undefined;
    return {
      ...base,
      message:
        problem?.message ??
        l10n.t('Say which ladder the assessment is for with `ladder: <path to the .ladder.yaml file>`.'),
    };
  }
  // Per file: competency id → the range of the rating calibration counts.
  const rangesIn = (fileUri: string, ratings: readonly Rating[]) => {
    const map = mapOf(fileUri);
    const ranges = new Map<string, Range>();
    if (map)
      for (const [id, rating] of countedRatings(ratings, context))
        ranges.set(id, toRange(map, rating.value?.span ?? rating.span));
    return ranges;
  };
  const selfRanges = rangesIn(assessmentUri, assessment.ratings);
  const reviewRanges = outcome.reviews.map((found) => rangesIn(found.uri, found.review.ratings));
  const cells: CalibrationCells[] = calibration.report.competencies.map(({ competency }) => ({
    competency,
    self: selfRanges.get(competency) ?? null,
    reviews: reviewRanges.map((ranges) => ranges.get(competency) ?? null),
  }));
  const { scores } = calibration;
  const ladderMap = mapOf(context.ladder.uri);
  const levels: CalibrationLevel[] = scores.self.levels.map((level, index) => {
    const defined = context.levels.get(level.id);
    return {
      id: level.id,
      name: level.name,
      track: level.track,
      rank: level.rank,
      ...(defined && ladderMap ? { range: toRange(ladderMap, defined.idSpan) } : {}),
      readiness: {
        self: level.readiness,
        reviews: scores.reviews.map((report) => report.levels[index]!.readiness),
        consensus: scores.consensus.levels[index]!.readiness,
      },
      readinessPercent: {
        self: readinessPercent(level.readiness),
        reviews: scores.reviews.map((report) => readinessPercent(report.levels[index]!.readiness)),
        consensus: readinessPercent(scores.consensus.levels[index]!.readiness),
      },
    };
  });
  return {
    ...base,
    report: calibration.report,
    ladderUri: uris.toClient(context.ladder.uri),
    ...(context.ladder.name !== undefined ? { ladderName: context.ladder.name } : {}),
    cells,
    levels,
    focus: focusLevelIds(assessment, context),
    scale: scaleOptions(context),
    competencies: competencyInfos(context),
    evidence: ratingEvidence(assessment),
  };
}
