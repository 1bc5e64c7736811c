import * as vscode from 'vscode';
import type { LevelStatus, ScoreResult } from '../../server/src/protocol';

type LevelScore = NonNullable<ScoreResult['report']>['levels'][number];

const LABELS: Record<LevelStatus, string> = { eligible: 'eligible', incomplete: 'incomplete', 'not-yet': 'not yet' };
const CODICONS: Record<LevelStatus, string> = { eligible: 'pass', incomplete: 'warning', 'not-yet': 'error' };
const COLORS: Record<LevelStatus, string> = {
  eligible: 'testing.iconPassed',
  incomplete: 'problemsWarningIcon.foreground',
  'not-yet': 'problemsErrorIcon.foreground',
};

export const statusLabel = (status: LevelStatus): string => LABELS[status];
export const statusCodicon = (status: LevelStatus): string => CODICONS[status];
export const statusIcon = (status: LevelStatus): vscode.ThemeIcon =>
  new vscode.ThemeIcon(CODICONS[status], new vscode.ThemeColor(COLORS[status]));

/** A readiness percentage the server computed (the one rounding rule of every surface), as text: "78%". */
export const percent = (readinessPercent: number | undefined): string =>
  readinessPercent === undefined ? '?%' : `${readinessPercent}%`;

/** "Senior Engineer — eligible · 100%". */
export const verdictText = (level: Pick<LevelScore, 'name' | 'status'>, readinessPercent: number | undefined): string =>
  `${level.name} — ${statusLabel(level.status)} · ${percent(readinessPercent)}`;

/** The scored focus levels (next levels, then the target), in the server's order. */
export function focusLevels(result: ScoreResult): LevelScore[] {
  const levels = result.report?.levels ?? [];
  return result.focus.flatMap((id) => levels.filter((level) => level.id === id));
}

/** The focus level closest to a promotion (the best status, then the highest readiness), as the server chose it. */
export function bestFocusLevel(result: ScoreResult): LevelScore | undefined {
  return result.report?.levels.find((level) => level.id === result.closestFocusLevel);
}
