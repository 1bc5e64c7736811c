import * as l10n from '@vscode/l10n';
import type { Level } from '../model/types';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { Report } from './report';

/**
 * Progression along `next`: ranks rise (a move to another track may stay at the same rank), `next`
 * has no cycles, and no level on a track expects less of a competency than a lower-ranked level of the
 * same track.
 */
export function checkProgression(context: LadderContext, report: Report): void {
  checkRanks(context, report);
  checkCycles(context, report);
  checkExpectationsDoNotDrop(context, report);
}

function checkRanks(context: LadderContext, report: Report): void {
  for (const level of context.ladder.levels) {
    if (!level.rank) continue;
    for (const ref of level.next) {
      const next = context.levels.get(currentId(context, 'level', ref.value));
      if (!next?.rank || next === level) continue;
      const sameTrack = next.track?.value === level.track?.value;
      const rises = sameTrack ? next.rank.value > level.rank.value : next.rank.value >= level.rank.value;
      if (!rises) {
        report.add(
          ref.span,
          'warning',
          'rank-not-rising',
          sameTrack
            ? l10n.t(
                "'{0}' (rank {1}) follows '{2}' (rank {3}), but ranks should rise along next.",
                next.id,
                next.rank.value,
                level.id,
                level.rank.value,
              )
            : l10n.t(
                "'{0}' (rank {1}) follows '{2}' (rank {3}), but ranks should rise along next (or stay level when changing track).",
                next.id,
                next.rank.value,
                level.id,
                level.rank.value,
              ),
        );
      }
    }
  }
}

/** A depth-first walk along `next`, with its own stack: a chain of thousands of levels is no deeper than one. */
function checkCycles(context: LadderContext, report: Report): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: { level: Level; next: number }[] = [];
  const enter = (level: Level) => {
    state.set(level.id, 'visiting');
    path.push({ level, next: 0 });
  };
  for (const start of context.levels.values()) {
    if (state.has(start.id)) continue;
    enter(start);
    while (path.length > 0) {
      const step = path[path.length - 1]!;
      const { level } = step;
      if (step.next >= level.next.length) {
        state.set(level.id, 'done');
        path.pop();
        continue;
      }
      const ref = level.next[step.next++]!;
      const next = context.levels.get(currentId(context, 'level', ref.value));
      if (!next) continue;
      const seen = state.get(next.id);
      if (seen === 'visiting') {
        report.add(
          ref.span,
          'error',
          'next-cycle',
          next === level
            ? l10n.t("'{0}' lists itself in next.", level.id)
            : l10n.t("next leads back to '{0}', making a cycle: a ladder must only go up.", next.id),
        );
      } else if (seen === undefined) {
        enter(next);
      }
    }
  }
}

function checkExpectationsDoNotDrop(context: LadderContext, report: Report): void {
  const tracks = new Map<string, Level[]>();
  for (const level of context.levels.values()) {
    if (!level.rank || !level.track) continue;
    const list = tracks.get(level.track.value) ?? [];
    list.push(level);
    tracks.set(level.track.value, list);
  }
  for (const levels of tracks.values()) {
    levels.sort((a, b) => a.rank!.value - b.rank!.value);
    const highestBelow = new Map<string, { level: Level; position: number }>();
    let index = 0;
    while (index < levels.length) {
      const rank = levels[index]!.rank!.value;
      const sameRank: Level[] = [];
      while (index < levels.length && levels[index]!.rank!.value === rank) sameRank.push(levels[index++]!);
      for (const level of sameRank) reportDrops(level, highestBelow, context, report);
      for (const level of sameRank) {
        for (const expectation of level.expectations) {
          const position = expectation.min && context.scale.get(expectation.min.key)?.position;
          const competency = currentId(context, 'competency', expectation.competency.value);
          const current = highestBelow.get(competency);
          if (position !== undefined && (!current || position > current.position))
            highestBelow.set(competency, { level, position });
        }
      }
    }
  }
}

function reportDrops(
  level: Level,
  highestBelow: ReadonlyMap<string, { level: Level; position: number }>,
  context: LadderContext,
  report: Report,
): void {
  for (const expectation of level.expectations) {
    const position = expectation.min && context.scale.get(expectation.min.key)?.position;
    const highest = highestBelow.get(currentId(context, 'competency', expectation.competency.value));
    if (position === undefined || !highest || highest.position <= position) continue;
    const label = String(context.ladder.scale[highest.position]!.id);
    report.add(
      expectation.min!.span,
      'warning',
      'expectation-drops',
      l10n.t(
        "'{0}' expects {1} at {2}, less than '{3}' (rank {4}) on the same track expects ({5}).",
        level.id,
        expectation.competency.value,
        expectation.min!.key,
        highest.level.id,
        highest.level.rank!.value,
        label,
      ),
    );
  }
}
