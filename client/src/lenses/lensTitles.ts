import type { LadderStructure, ScoreResult } from '../../../server/src/protocol';
import { focusLevels, verdictText } from '../verdict';

/** A lens to show on a line: its title, and whether clicking it opens the eligibility panel. */
export interface LensSpec {
  line: number;
  title: string;
  opensPanel: boolean;
}

/** Where the top-level `level:` and `target:` keys of an assessment are (0-based lines). */
export interface AssessmentLines {
  level?: number;
  target?: number;
}

export function findAssessmentLines(text: string): AssessmentLines {
  const lines: AssessmentLines = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const key = /^(level|target)\s*:/.exec(line)?.[1] as keyof AssessmentLines | undefined;
    if (key && lines[key] === undefined) lines[key] = index;
  });
  return lines;
}

/** One lens per focus level: the target above `target:`, the next levels above `level:`. */
export function assessmentLenses(result: ScoreResult, lines: AssessmentLines): LensSpec[] {
  const levelLine = lines.level ?? lines.target ?? 0;
  if (!result.report) {
    return [{ line: levelLine, title: `Eligibility: ${result.message ?? 'not available'}`, opensPanel: false }];
  }
  return focusLevels(result).map((level) => ({
    line: level.id === result.target && lines.target !== undefined ? lines.target : levelLine,
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
