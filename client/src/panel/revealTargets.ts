/**
 * The files the panel's webview may ask to open: the assessment shown, its ladder, and the reviews of that
 * assessment, as the server last reported them. No `vscode` import, so the unit tests can call it directly.
 */
import type { CalibrationResult, ScoreResult } from '../../../server/src/protocol';

export function revealTargets(
  assessment: string | undefined,
  score: Pick<ScoreResult, 'uri' | 'ladderUri'> | undefined,
  calibration: Pick<CalibrationResult, 'assessmentUri' | 'reviews'> | undefined,
  sameUri: (a: string | undefined, b: string | undefined) => boolean,
): string[] {
  if (assessment === undefined) return [];
  const targets = [assessment];
  if (score && sameUri(score.uri, assessment) && score.ladderUri !== undefined) targets.push(score.ladderUri);
  // Reviews count only when the calibration is of the assessment shown: never the reviews of another one.
  if (calibration && sameUri(calibration.assessmentUri, assessment))
    targets.push(...calibration.reviews.map((review) => review.uri));
  return targets;
}
