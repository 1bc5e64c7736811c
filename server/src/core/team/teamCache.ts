import { todayDay } from '../model/dates';
import type { Assessment } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { memberVerdict, type MemberVerdict } from './teamMember';

/**
 * Member verdicts already computed, by the analysed assessment they are about. The workspace replaces
 * the assessment model when its file changes and the ladder context when the ladder or an included file
 * changes, so an entry holds while both are the same objects and the day is the same. After one edit,
 * one person is scored again, not the whole team.
 */
export class TeamCache {
  private readonly entries = new WeakMap<Assessment, { context: LadderContext; day: number; verdict: MemberVerdict }>();
  /** How many verdicts were computed (not found): what tests of the cache observe. */
  computed = 0;

  verdict(uri: string, assessment: Assessment, context: LadderContext, today: Date): MemberVerdict {
    const day = todayDay(today);
    const cached = this.entries.get(assessment);
    if (cached && cached.context === context && cached.day === day) return cached.verdict;
    const verdict = memberVerdict(uri, assessment, context, today);
    this.computed++;
    this.entries.set(assessment, { context, day, verdict });
    return verdict;
  }
}
