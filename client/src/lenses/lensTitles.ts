import * as vscode from 'vscode';
import type { CalibrationResult, LadderStructure, ScoreResult } from '../../../server/src/protocol';
import { focusLevels, statusLabel, verdictText } from '../verdict';

/** A lens to show on a line: its title, and whether clicking it opens the eligibility panel. */
export interface LensSpec {
  line: number;
  title: string;
  opensPanel: boolean;
  /** The assessment the panel opens on, when it is not the document's (a review's lens opens its assessment). */
  panelUri?: string;
}

/** One lens per focus level: the target above `target:`, the next levels above `level:` (lines from the server). */
export function assessmentLenses(result: ScoreResult): LensSpec[] {
  const targetLine = result.targetRange?.start.line;
  const levelLine = result.levelRange?.start.line ?? targetLine ?? 0;
  if (!result.report) {
    const why = result.message ?? vscode.l10n.t('not available');
    return [{ line: levelLine, title: vscode.l10n.t('Eligibility: {0}', why), opensPanel: false }];
  }
  return focusLevels(result).map((level) => ({
    line: level.id === result.target && targetLine !== undefined ? targetLine : levelLine,
    title: verdictText(level, result.readinessPercent[level.id]),
    opensPanel: true,
  }));
}

const disagreementCount = (count: number): string =>
  count === 1 ? vscode.l10n.t('1 disagreement') : vscode.l10n.t('{0} disagreements', count);
const expectationCount = (count: number): string =>
  count === 1 ? vscode.l10n.t('1 expectation') : vscode.l10n.t('{0} expectations', count);
const requirementCount = (count: number): string =>
  count === 1 ? vscode.l10n.t('1 requirement') : vscode.l10n.t('{0} requirements', count);

/**
 * On a review, one lens per focus level of its assessment, above the review's `reviewer:`: "consensus:
 * Senior Engineer — not yet · 2 disagreements", the consensus of every review of the assessment.
 */
export function reviewLenses(result: CalibrationResult): LensSpec[] {
  const review = result.reviewIndex !== undefined ? result.reviews[result.reviewIndex] : undefined;
  const line = review?.range.start.line ?? 0;
  if (!result.report || !result.assessmentUri) {
    const why = result.message ?? vscode.l10n.t('not available');
    return [{ line, title: vscode.l10n.t('Calibration: {0}', why), opensPanel: false }];
  }
  const disagreements = result.report.competencies.filter((c) => c.flags.includes('disagreement')).length;
  const names = new Map(result.levels.map((level) => [level.id, level.name] as const));
  const focus = result.focus.filter((id, index) => result.focus.indexOf(id) === index);
  const levels = focus.flatMap((id) => result.report!.levels.filter((level) => level.id === id));
  return levels.map((level) => ({
    line,
    title: vscode.l10n.t(
      'consensus: {0} — {1} · {2}',
      names.get(level.id) || level.id,
      statusLabel(level.consensus),
      disagreementCount(disagreements),
    ),
    opensPanel: true,
    panelUri: result.assessmentUri!,
  }));
}

/** "3 expectations · 2 requirements" above each level of a ladder. */
export function ladderLenses(structure: LadderStructure): LensSpec[] {
  return structure.tracks.flatMap((track) =>
    track.levels.map((level) => ({
      line: level.range.start.line,
      title: `${expectationCount(level.expectations.length)} · ${requirementCount(level.requirements.length)}`,
      opensPanel: false,
    })),
  );
}
