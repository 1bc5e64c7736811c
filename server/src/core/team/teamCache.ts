import { todayDay } from '../model/dates';
import type { Assessment } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import type { Workspace, WorkspaceFile } from '../workspace/workspace';
import { fileEntry, type FileEntry, type LadderState } from './fileEntry';
import { memberVerdict, type MemberVerdict } from './teamMember';

/**
 * What team reports computed, kept for the next one: each assessment's entry (its errors, the ladder it
 * names) and verdict. The workspace replaces a file's record when its text changes, and the ladder context
 * when the ladder or an included file changes, so an entry holds while the file, its ladder's file and
 * context are the same objects and the day is the same: the diagnostics of an assessment depend on those
 * files and the day only. After one edit, one person is looked at and scored again, not the whole team.
 */
export class TeamCache {
  private readonly verdicts = new WeakMap<
    Assessment,
    { context: LadderContext; day: number; verdict: MemberVerdict }
  >();
  private readonly entries = new WeakMap<
    WorkspaceFile,
    { day: number; ladder: LadderState | undefined; entry: FileEntry }
  >();
  /** How many verdicts were computed (not found): what tests of the cache observe. */
  computed = 0;
  /** How many assessment entries were computed (not found). */
  entriesComputed = 0;

  /** `day` is today's day number (`todayDay(today)`, worked out once per report). */
  verdict(
    uri: string,
    assessment: Assessment,
    context: LadderContext,
    today: Date,
    day = todayDay(today),
  ): MemberVerdict {
    const cached = this.verdicts.get(assessment);
    if (cached && cached.context === context && cached.day === day) return cached.verdict;
    const verdict = memberVerdict(uri, assessment, context, today);
    this.computed++;
    this.verdicts.set(assessment, { context, day, verdict });
    return verdict;
  }

  /**
   * The entry of the file at `uri`: the one computed before while the file, the day and the ladder the
   * file names (as `ladder` finds it in this report) are the same; files other than assessments each time.
   */
  entry(workspace: Workspace, uri: string, day: number, ladder: (ladderUri: string) => LadderState): FileEntry {
    const file = workspace.file(uri);
    const cached = this.entries.get(file);
    if (cached && cached.day === day) {
      const now = cached.ladder && ladder(cached.entry.ladderUri!);
      if (cached.ladder === undefined || (now!.file === cached.ladder.file && now!.context === cached.ladder.context))
        return cached.entry;
    }
    const entry = fileEntry(workspace, uri);
    if (entry.assessment) {
      this.entriesComputed++;
      const named = entry.ladderUri === undefined ? undefined : ladder(entry.ladderUri);
      this.entries.set(file, { day, ladder: named, entry });
    }
    return entry;
  }
}
