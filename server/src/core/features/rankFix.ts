import * as l10n from '@vscode/l10n';
import type { QuickFix, Span } from '../types';
import type { LadderContext } from '../workspace/ladderContext';

/**
 * The fix of a rank that does not rise along `next` (the finding is on the next level's id in a
 * level's `next`): set the next level's rank to the lowest that rises, one above on the same track and
 * the same on another track.
 */
export function rankFix(context: LadderContext, span: Span): QuickFix[] {
  for (const level of context.ladder.levels) {
    if (!level.rank) continue;
    const ref = level.next.find((r) => r.span.start === span.start && r.span.end === span.end);
    const next = ref && context.levels.get(ref.value);
    if (!next?.rank) continue;
    const rank = next.track?.value === level.track?.value ? level.rank.value + 1 : level.rank.value;
    return [
      {
        title: l10n.t("Set the rank of '{0}' to {1}", next.id, rank),
        edits: [{ span: next.rank.span, newText: String(rank) }],
        preferred: true,
      },
    ];
  }
  return [];
}
