import type { LadderStructure, ScoreResult } from '../../../server/src/protocol';
import { focusLevels, verdictText } from '../verdict';

/** A lens to show on a line: its title, and whether clicking it opens the eligibility panel. */
export interface LensSpec {
  line: number;
  title: string;
  opensPanel: boolean;
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
    title: verdictText(level),
    opensPanel: true,
  }));
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

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
