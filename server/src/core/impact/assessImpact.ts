import type { LadderDiagnostic } from '../types';
import type { Workspace } from '../workspace/workspace';
import type { LevelChange } from './compareReports';
import { BaseVerdicts, beforeIds, compareWithBase } from './editImpact';
import { planLevels, type LevelPlan } from './levelPlan';

/** How one assessment's verdicts change between two versions of its ladder files. */
export interface AssessmentImpact {
  uri: string;
  /** The person, or the file name when the assessment names none. */
  person: string;
  /** Errors of the assessment and of its ladder files as they are now, by URI; when there are any, nothing is compared. */
  errors: ReadonlyMap<string, readonly LadderDiagnostic[]>;
  /** Why the assessment could not be scored with the earlier files (its ladder did not exist then…): every level is new. */
  baseProblem?: string;
  changes: LevelChange[];
}

/** What assessments of the same ladders share: the plan of each ladder, and the verdicts at the base. */
export class ImpactSession {
  readonly base = new BaseVerdicts();
  private readonly plans = new Map<string, LevelPlan>();

  /**
   * `readBefore`, when given, reads a file's text at the base without analysing it: a ladder whose files
   * read the same at the base as now is not analysed a second time.
   */
  constructor(
    readonly before: Workspace,
    readonly after: Workspace,
    private readonly readBefore?: (uri: string) => string | undefined,
  ) {}

  /** True when the ladder and its includes read exactly the same at the base and now. */
  private unchanged(ladderUri: string): boolean {
    const read = this.readBefore;
    const context = this.after.ladderContext(ladderUri);
    if (!read || !context) return false;
    const uris = [ladderUri, ...context.includes.map((include) => include.uri)];
    return uris.every((uri) => uri !== undefined && read(uri) === this.after.file(uri).analyzed?.text);
  }

  /** Which levels of the ladder at `ladderUri` can have changed verdicts; undefined when it has no version at the base. */
  plan(ladderUri: string): LevelPlan | undefined {
    let plan = this.plans.get(ladderUri);
    if (!plan && this.unchanged(ladderUri)) this.plans.set(ladderUri, (plan = { kind: 'unchanged' }));
    if (!plan) {
      const then = this.before.ladderContext(ladderUri);
      const now = this.after.ladderContext(ladderUri);
      if (!then || !now) return undefined;
      const textOf = (workspace: Workspace) => (uri: string) => workspace.file(uri).analyzed?.text;
      plan = planLevels({ context: then, textOf: textOf(this.before) }, { context: now, textOf: textOf(this.after) });
      this.plans.set(ladderUri, plan);
    }
    return plan;
  }
}

/**
 * Scores the assessment at `uri` (read in `session.after`) with its ladder files as they are in
 * `session.before` and in `session.after`, on the same day, and lists the levels whose verdict differs.
 * Only the levels the ladder's changes can affect are scored. Ids of the earlier ladder that the current
 * one lists in `formerly` are matched to their current ids.
 */
export function assessImpact(session: ImpactSession, uri: string, today: Date): AssessmentImpact {
  const { before, after } = session;
  const assessment = after.assessment(uri);
  const person = assessment?.person ?? uri.slice(uri.lastIndexOf('/') + 1);
  const ladderUri = assessment && after.assessmentLadder(assessment).uri;
  const plan = ladderUri ? session.plan(ladderUri) : undefined;
  // The base's ladder is only read when it differs from the current one.
  const then = assessment && plan?.kind !== 'unchanged' ? before.assessmentLadder(assessment) : {};
  const levelIds = plan?.kind === 'unchanged' ? new Set<string>() : plan?.kind === 'levels' ? plan.levels : undefined;
  const now = after.score(uri, { today, ...(levelIds ? { levelIds } : {}) });
  const impact: AssessmentImpact = { uri, person, errors: now.errors, changes: [] };
  if (now.errors.size > 0 || !now.report || !now.context || !assessment) return impact;
  if (plan?.kind === 'unchanged') return impact;
  if (!then.context || !plan) {
    if (then.problem) impact.baseProblem = then.problem.message;
    impact.changes = compareWithBase(undefined, now.report, now.context);
  } else {
    impact.changes = compareWithBase(
      session.base.levels(assessment, then.context, beforeIds(plan, then.context, now.context), today),
      now.report,
      now.context,
    );
  }
  return impact;
}
