import { changeReasons, verdictChangeText } from '../core';
import { impactCounts, type ImpactReport } from './impactJson';
import type { Style } from './style';

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/** The terminal report of `ladder impact`: a summary line, then each person whose verdicts change. */
export function impactToText(report: ImpactReport, style: Style): string {
  const counts = impactCounts(report);
  const lines = [
    `Compared with ${report.base} (${report.commit.slice(0, 12)}): ${plural(counts.compared, 'assessment')}, ` +
      (counts.levels === 0
        ? 'no verdict changes.'
        : `${plural(counts.levels, 'level')} change for ${plural(counts.people, 'person', 'people')}.`),
  ];
  for (const impact of report.impacts) {
    if (impact.changes.length === 0) continue;
    lines.push('', `${style.bold(impact.person)} ${style.dim(`(${report.file(impact.uri)})`)}`);
    if (impact.baseProblem) lines.push(`  ${style.dim(`at ${report.base}: ${impact.baseProblem}`)}`);
    for (const change of impact.changes) {
      const name = change.name && change.name !== change.level ? `${change.name} (${change.level})` : change.level;
      lines.push(`  ${name}: ${verdictChangeText(change)}`);
      for (const reason of changeReasons(change)) lines.push(`    ${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
