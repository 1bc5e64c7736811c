import * as l10n from '@vscode/l10n';
import { focusLevelIds, scoreAssessment } from '../score/scoreAssessment';
import type { LevelStatus } from '../score/types';
import { readinessPercent } from '../features/percent';
import type { Workspace } from '../workspace/workspace';

/** The verdict on one of the levels a person cares about first (next or target). */
export interface LevelVerdict {
  level: string;
  name: string;
  status: LevelStatus;
  readiness: number;
  /** `readiness` as the whole percentage to show. */
  readinessPercent: number;
}

/** An assessment's verdicts on its next and target levels, or why there are none. */
export interface FocusVerdicts {
  person?: string;
  levels: LevelVerdict[];
  /** Why the assessment could not be scored (its ladder cannot be read…). */
  problem?: string;
}

/**
 * Scores the assessment at `uri` in `workspace` (as of its `date`, else `today`) and keeps the verdicts
 * on the current level's next levels and the target, in that order: one point of a timeline. Only the
 * files are parsed; the cross-file checks are not run (a timeline scores many versions).
 */
export function focusVerdicts(workspace: Workspace, uri: string, today: Date): FocusVerdicts {
  const assessment = workspace.assessment(uri);
  if (!assessment) return { levels: [], problem: l10n.t('it is not a readable self-assessment') };
  const base = assessment.person !== undefined ? { person: assessment.person } : {};
  const { context, problem } = workspace.assessmentLadder(assessment);
  if (!context) return { ...base, levels: [], problem: problem?.message ?? l10n.t('it names no ladder') };
  const focus = focusLevelIds(assessment, context);
  const report = scoreAssessment(assessment, context, { today, levelIds: new Set(focus) });
  const byId = new Map(report.levels.map((level) => [level.id, level]));
  const levels = focus.flatMap((id) => {
    const level = byId.get(id);
    return level
      ? [
          {
            level: id,
            name: level.name,
            status: level.status,
            readiness: level.readiness,
            readinessPercent: readinessPercent(level.readiness),
          },
        ]
      : [];
  });
  return { ...base, levels };
}
