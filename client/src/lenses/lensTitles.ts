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
    return [{ line: levelLine, title: `Eligibility: ${result.message ?? 'not available'}`, opensPanel: false }];
  }
  return focusLevels(result).map((level) => ({
    line: level.id === result.target && targetLine !== undefined ? targetLine : levelLine,
    title: verdictText(level, result.readinessPercent[level.id]),
    opensPanel: true,
  }));
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * On a review, one lens per focus level of its assessment, above the review's `reviewer:`: "consensus:
 * Senior Engineer — not yet · 2 disagreements", the consensus of every review of the assessment.
 */
export function reviewLenses(result: CalibrationResult): LensSpec[] {
  const review = result.reviewIndex !== undefined ? result.reviews[result.reviewIndex] : undefined;
  const line = review?.range.start.line ?? 0;
  if (!result.report || !result.assessmentUri) {
    return [{ line, title: `Calibration: ${result.message ?? 'not available'}`, opensPanel: false }];
  }
  const disagreements = result.report.competencies.filter((c) => c.flags.includes('disagreement')).length;
  const names = new Map(result.levels.map((level) => [level.id, level.name] as const));
  const focus = result.focus.filter((id, index) => result.focus.indexOf(id) === index);
  const levels = focus.flatMap((id) => result.report!.levels.filter((level) => level.id === id));
  return levels.map((level) => ({
    line,
    title: `consensus: ${names.get(level.id) || level.id} — ${statusLabel(level.consensus)} · ${plural(disagreements, 'disagreement')}`,
    opensPanel: true,
    panelUri: result.assessmentUri!,
  }));
}

/** "3 expectations · 2 requirements" above each level of a ladder. */
export function ladderLenses(structure: LadderStructure): LensSpec[] {
  return structure.tracks.flatMap((track) =>
    track.levels.map((level) => ({
      line: level.range.start.line,
      title: `${plural(level.expectations.length, 'expectation')} · ${plural(level.requirements.length, 'requirement')}`,
      opensPanel: false,
    })),
  );
}
