import * as vscode from 'vscode';
import type { CalibrationResult } from '../../../server/src/protocol';
import type { AssessmentNode, LadderTreeNode, LevelVerdict } from './nodes';

/**
 * The children of an assessment in the tree, from its calibration: the consensus of its reviews, then each
 * review, each with the verdict on the assessment's focus level (the one closest to promotion, else the
 * first next or target level).
 */
export function reviewNodes(parent: AssessmentNode, calibration: CalibrationResult): LadderTreeNode[] {
  const report = calibration.report;
  if (!report || calibration.reviews.length === 0) {
    return [
      { kind: 'message', parent, text: calibration.message ?? vscode.l10n.t('No review of this assessment was found') },
    ];
  }
  const levelNames = new Map(calibration.levels.map((level) => [level.id, level] as const));
  // The summary names its focus level (by name or id); the calibration lists the focus level ids.
  const named = parent.assessment.focusLevel;
  const focusId =
    calibration.levels.find((l) => named !== undefined && (l.id === named || l.name === named))?.id ??
    calibration.focus.find((id) => report.levels.some((l) => l.id === id));
  const level = report.levels.find((l) => l.id === focusId);
  const about = focusId !== undefined ? levelNames.get(focusId) : undefined;
  const verdict = (pick: 'consensus' | number): LevelVerdict | undefined => {
    if (!level || !about) return undefined;
    const status = pick === 'consensus' ? level.consensus : level.reviews[pick];
    const readinessPercent =
      pick === 'consensus' ? about.readinessPercent.consensus : about.readinessPercent.reviews[pick];
    return status !== undefined && readinessPercent !== undefined
      ? { levelName: about.name || about.id, status, readinessPercent }
      : undefined;
  };
  const assessmentUri = calibration.assessmentUri ?? parent.assessment.uri;
  const disagreements = report.competencies.filter((c) => c.flags.includes('disagreement')).length;
  const consensus = verdict('consensus');
  return [
    { kind: 'review', parent, assessmentUri, ...(consensus ? { verdict: consensus } : {}), disagreements },
    ...calibration.reviews.map((review, index): LadderTreeNode => {
      const under = verdict(index);
      return { kind: 'review', parent, assessmentUri, review, ...(under ? { verdict: under } : {}) };
    }),
  ];
}
