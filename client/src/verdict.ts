import * as vscode from 'vscode';
import type { LevelStatus, ScoreResult } from '../../server/src/protocol';

type LevelScore = NonNullable<ScoreResult['report']>['levels'][number];

const CODICONS: Record<LevelStatus, string> = { eligible: 'pass', incomplete: 'warning', 'not-yet': 'error' };
const COLORS: Record<LevelStatus, string> = {
  eligible: 'testing.iconPassed',
  incomplete: 'problemsWarningIcon.foreground',
  'not-yet': 'problemsErrorIcon.foreground',
};

export function statusLabel(status: LevelStatus): string {
  switch (status) {
    case 'eligible':
      return vscode.l10n.t('eligible');
    case 'incomplete':
      return vscode.l10n.t('incomplete');
    case 'not-yet':
      return vscode.l10n.t('not yet');
  }
}
export const statusCodicon = (status: LevelStatus): string => CODICONS[status];
export const statusIcon = (status: LevelStatus): vscode.ThemeIcon =>
  new vscode.ThemeIcon(CODICONS[status], new vscode.ThemeColor(COLORS[status]));

let percentFormat: { language: string; format: Intl.NumberFormat } | undefined;

/** Whole percentages in the display language: "78%" in English, "78 %" in German. */
function percentFormatter(): Intl.NumberFormat {
  const language = vscode.env.language;
  if (percentFormat?.language !== language) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
    }
    percentFormat = { language, format };
  }
  return percentFormat.format;
}

/** A readiness percentage the server computed (the one rounding rule of every surface), as text: "78%". */
export const percent = (readinessPercent: number | undefined): string =>
  readinessPercent === undefined ? '?%' : percentFormatter().format(readinessPercent / 100);

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
