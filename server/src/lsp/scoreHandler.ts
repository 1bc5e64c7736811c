import * as l10n from '@vscode/l10n';
import type { ScoreParams, ScoreResult } from '../protocol';
import {
  asOfDay,
  closestLevel,
  currentId,
  DAYS_PER_YEAR,
  dayToIso,
  focusLevelIds,
  type Assessment,
  type LadderService,
  type LineMap,
  readinessPercent,
} from '../core';
import { competencyInfos, ratingEvidence, scaleOptions, trackNames } from './ladderInfo';
import { lineMapOf, toRange } from './positions';

/** Where the assessment's `level` and `target` values are: the lines of the verdict lenses. */
function lensAnchors(assessment: Assessment, map: LineMap): Pick<ScoreResult, 'levelRange' | 'targetRange'> {
  return {
    ...(assessment.level ? { levelRange: toRange(map, assessment.level.span) } : {}),
    ...(assessment.target ? { targetRange: toRange(map, assessment.target.span) } : {}),
  };
}

/** Answers the score request: the spec's report plus what the panel needs to link and explain it. */
export function handleScore(service: LadderService, uri: string, params: ScoreParams): ScoreResult {
  const workspace = service.workspace;
  const now = service.now();
  const empty: ScoreResult = {
    uri: params.uri,
    focus: [],
    scale: [],
    competencies: [],
    ratingRanges: {},
    levelRanges: {},
    readinessPercent: {},
    errorCount: 0,
  };
  const file = workspace.file(uri);
  const analyzed = file.analyzed;
  if (!analyzed)
    return {
      ...empty,
      message: l10n.t('Cannot read this file: {0}.', file.failure?.message ?? l10n.t('unknown reason')),
    };
  const assessment = workspace.assessment(uri);
  if (!assessment) return { ...empty, message: l10n.t('This is not a self-assessment file (kind: SelfAssessment).') };
  // Scored once, with the what-if ratings in place.
  const outcome = service.score(uri, params.overrides ? { overrides: params.overrides } : {});
  const errorCount = [...outcome.errors.values()].reduce((sum, list) => sum + list.length, 0);
  const anchors = lensAnchors(assessment, lineMapOf(analyzed));
  const { context, problem, uri: ladderUri } = workspace.assessmentLadder(assessment);
  const report = outcome.report;
  if (!context || !ladderUri || !report) {
    return {
      ...empty,
      ...anchors,
      errorCount,
      ...(assessment.person ? { person: assessment.person } : {}),
      message:
        problem?.message ??
        l10n.t('Say which ladder this assessment is for with `ladder: <path to the .ladder.yaml file>`.'),
    };
  }
  const focus = focusLevelIds(assessment, context);
  const closestFocus = closestLevel(focus.flatMap((id) => report.levels.filter((level) => level.id === id)));
  const map = lineMapOf(analyzed);
  const ladderFile = workspace.file(ladderUri).analyzed;
  const ladderMap = ladderFile ? lineMapOf(ladderFile) : undefined;
  const current = assessment.level
    ? context.levels.get(currentId(context, 'level', assessment.level.value))
    : undefined;
  // Keyed by current ids: a rating written under a former id is the rating of the renamed competency.
  const competencyOf = (rating: (typeof assessment.ratings)[number]) =>
    currentId(context, 'competency', rating.competency.value);
  const asOf = asOfDay(assessment, now);
  const since = assessment.since?.day;
  // Keyed by ids from the files: built as maps, so that `constructor` or `__proto__` are keys like any other.
  const ratingRanges = new Map<string, ScoreResult['ratingRanges'][string]>();
  for (const rating of assessment.ratings) {
    if (!ratingRanges.has(competencyOf(rating)))
      ratingRanges.set(competencyOf(rating), toRange(map, rating.value?.span ?? rating.span));
  }
  const levelRanges = new Map<string, ScoreResult['levelRanges'][string]>();
  if (ladderMap)
    for (const level of context.levels.values()) levelRanges.set(level.id, toRange(ladderMap, level.idSpan));
  const insertAt = assessment.ratingsSpan?.end ?? assessment.ratingsKeySpan?.end ?? analyzed.text.length;
  return {
    uri: params.uri,
    report: { ...report, asOf: dayToIso(asOf) },
    ladderUri,
    ...(context.ladder.name !== undefined ? { ladderName: context.ladder.name } : {}),
    ...(assessment.person !== undefined ? { person: assessment.person } : {}),
    ...(current ? { currentLevelName: current.name ?? current.id } : {}),
    ...(current && since !== undefined ? { yearsAtLevel: Math.max(0, asOf - since) / DAYS_PER_YEAR } : {}),
    focus,
    ...(closestFocus ? { closestFocusLevel: closestFocus.id } : {}),
    readinessPercent: Object.fromEntries(report.levels.map((level) => [level.id, readinessPercent(level.readiness)])),
    ...(assessment.target ? { target: currentId(context, 'level', assessment.target.value) } : {}),
    scale: scaleOptions(context),
    competencies: competencyInfos(context),
    trackNames: trackNames(context),
    ratingRanges: Object.fromEntries(ratingRanges),
    ratingsInsertRange: toRange(map, { start: insertAt, end: insertAt }),
    levelRanges: Object.fromEntries(levelRanges),
    evidence: ratingEvidence(assessment, competencyOf),
    ...anchors,
    errorCount,
  };
}
