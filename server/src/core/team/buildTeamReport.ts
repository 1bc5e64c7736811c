import * as l10n from '@vscode/l10n';
import { kindFromFileName } from '../fileKinds';
import type { Assessment } from '../model/types';
import { LineMap } from '../text/lineMap';
import type { LadderDiagnostic } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import { filePathOf as uriToPath, normalizeUri } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { competencyDistributions, levelPipelines } from './aggregate';
import { personKey } from './people';
import { TeamCache } from './teamCache';
import type { DuplicatePerson, ProblemFileRole, TeamLadder, TeamMember, TeamProblem, TeamReport } from './types';

export interface TeamReportOptions {
  /** "Today": the as-of date of assessments without one, and the end of the current level's time. */
  today: Date;
  /** Keeps member verdicts between reports (the language server's); a fresh one when absent. */
  cache?: TeamCache;
}

/** URIs in the order of their paths (each path worked out once, not once per comparison). */
function sortByPath(uris: Iterable<string>): string[] {
  const keyed = [...uris].map((uri) => ({ uri, path: uriToPath(uri) ?? uri }));
  keyed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return keyed.map((entry) => entry.uri);
}

function roleOf(workspace: Workspace, uri: string): ProblemFileRole {
  const kind = workspace.file(uri).analyzed?.model?.kind ?? kindFromFileName(uri);
  return kind === 'SelfAssessment'
    ? 'assessment'
    : kind === 'Ladder'
      ? 'ladder'
      : kind === 'Competencies'
        ? 'catalogue'
        : 'other';
}

/** Collects the files with errors, each once, and hands out aliases for the people's files. */
class Problems {
  private readonly byUri = new Map<string, TeamProblem>();
  private readonly diagnostics = new Map<string, LadderDiagnostic[]>();

  constructor(
    private readonly workspace: Workspace,
    private readonly aliases: ReadonlyMap<string, string>,
  ) {}

  /** The errors of a file (and records it when it has some); a file that cannot be read has one. */
  errorsOf(uri: string): LadderDiagnostic[] {
    const known = this.diagnostics.get(uri);
    if (known) return known;
    const file = this.workspace.file(uri);
    const errors: LadderDiagnostic[] = file.failure
      ? [
          {
            span: { start: 0, end: 0 },
            severity: 'error',
            code: file.failure.reason === 'too-large' ? 'file-too-large' : 'unreadable-file',
            message: l10n.t('Cannot read this file: {0}.', file.failure.message),
          },
        ]
      : this.workspace.diagnostics(uri).filter((d) => d.severity === 'error');
    if (errors.length > 0) this.add(uri, errors);
    return errors;
  }

  add(uri: string, errors: LadderDiagnostic[]): void {
    const alias = this.aliases.get(uri);
    const lines = new LineMap(this.workspace.file(uri).analyzed?.text ?? '');
    const located = errors.map((error) => ({
      ...lines.position(error.span.start),
      code: error.code,
      message: error.message,
    }));
    this.byUri.set(uri, { uri, role: roleOf(this.workspace, uri), ...(alias ? { alias } : {}), errors: located });
    this.diagnostics.set(uri, errors);
  }

  list(): TeamProblem[] {
    return sortByPath(this.byUri.keys()).map((uri) => this.byUri.get(uri)!);
  }
}

/**
 * "Person 1…N" in path order over every assessment (and every unreadable file that may be one): the same
 * person, spelt alike, gets the same number in all their files.
 */
function assignAliases(workspace: Workspace, uris: readonly string[]): Map<string, string> {
  const numbers = new Map<string, number>();
  const aliases = new Map<string, string>();
  for (const uri of uris) {
    const role = roleOf(workspace, uri);
    if (role !== 'assessment' && role !== 'other') continue;
    const person = workspace.assessment(uri)?.person;
    const key = person !== undefined && personKey(person) !== '' ? `person:${personKey(person)}` : `file:${uri}`;
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size + 1));
    aliases.set(uri, `Person ${number}`);
  }
  return aliases;
}

function duplicatePeople(
  workspace: Workspace,
  assessments: readonly string[],
  aliases: ReadonlyMap<string, string>,
): DuplicatePerson[] {
  const groups = new Map<string, string[]>();
  for (const uri of assessments) {
    const person = workspace.assessment(uri)?.person;
    if (person === undefined || personKey(person) === '') continue;
    const key = personKey(person);
    const group = groups.get(key);
    if (group) group.push(uri);
    else groups.set(key, [uri]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      person: workspace.assessment(group[0]!)!.person!,
      alias: aliases.get(group[0]!)!,
      uris: group,
    }));
}

/** Within one ladder, the newest assessment of each person counts (the later path on the same date). */
function markCounted(members: TeamMember[]): void {
  const newest = new Map<string, TeamMember>();
  const keys = members.map((member) => personKey(member.person));
  members.forEach((member, index) => {
    const key = keys[index]!;
    const best = newest.get(key);
    if (key !== '' && (!best || member.asOf >= best.asOf)) newest.set(key, member);
  });
  members.forEach((member, index) => {
    member.counted = keys[index] === '' || newest.get(keys[index]!) === member;
  });
}

interface LadderGroup {
  context: LadderContext;
  members: TeamMember[];
  notScored: number;
}

/**
 * The team report (spec section 10) over the files `uris` (the assessments found and any other ladder
 * files): per ladder, each person's verdicts on their next and target levels, the pipeline of each
 * level and the spread of ratings over each competency; the files with errors (whose assessments are not
 * scored, as `ladder score` would not score them); and the people found in more than one file.
 */
export function buildTeamReport(workspace: Workspace, uris: readonly string[], options: TeamReportOptions): TeamReport {
  const cache = options.cache ?? new TeamCache();
  const files = sortByPath(new Set(uris.map(normalizeUri)));
  const aliases = assignAliases(workspace, files);
  const problems = new Problems(workspace, aliases);
  const groups = new Map<string, LadderGroup>();
  const ladderErrors = new Map<string, boolean>();
  const assessments: string[] = [];

  const ladderHasErrors = (ladderUri: string, context: LadderContext | undefined): boolean => {
    let has = ladderErrors.get(ladderUri);
    if (has === undefined) {
      has = problems.errorsOf(ladderUri).length > 0;
      for (const include of context?.includes ?? [])
        if (include.uri && workspace.file(include.uri).analyzed && problems.errorsOf(include.uri).length > 0)
          has = true;
      ladderErrors.set(ladderUri, has);
    }
    return has;
  };

  for (const uri of files) {
    const assessment: Assessment | undefined = workspace.assessment(uri);
    if (!assessment) {
      problems.errorsOf(uri);
      continue;
    }
    assessments.push(uri);
    const ownErrors = problems.errorsOf(uri).length > 0;
    const { context, uri: ladderUri } = workspace.assessmentLadder(assessment);
    const brokenLadder =
      ladderUri !== undefined &&
      (context !== undefined || workspace.file(ladderUri).analyzed?.kind === 'Ladder') &&
      ladderHasErrors(ladderUri, context);
    if (!context || !ladderUri) {
      if (!ownErrors && !brokenLadder)
        problems.add(uri, [
          {
            span: assessment.ladder?.span ?? { start: 0, end: 0 },
            severity: 'error',
            code: 'ladder-not-found',
            message: l10n.t('The ladder of this assessment could not be read.'),
          },
        ]);
      continue;
    }
    let group = groups.get(ladderUri);
    if (!group) groups.set(ladderUri, (group = { context, members: [], notScored: 0 }));
    if (ownErrors || brokenLadder) {
      group.notScored++;
      continue;
    }
    const verdict = cache.verdict(uri, assessment, context, options.today);
    group.members.push({ ...verdict, alias: aliases.get(uri) ?? '', counted: true });
  }

  const ladders: TeamLadder[] = sortByPath(groups.keys()).map((ladderUri) => {
    const { context, members, notScored } = groups.get(ladderUri)!;
    markCounted(members);
    return {
      uri: ladderUri,
      id: context.ladder.id?.value ?? '',
      name: context.ladder.name ?? context.ladder.id?.value ?? '',
      scale: context.ladder.scale.map((entry) => ({
        id: entry.id,
        ...(entry.name !== undefined ? { name: entry.name } : {}),
      })),
      people: members,
      levels: levelPipelines(context, members),
      competencies: competencyDistributions(context, members),
      notScored,
    };
  });
  return {
    ladders,
    problems: problems.list(),
    duplicates: duplicatePeople(workspace, assessments, aliases),
    assessments: assessments.length,
  };
}
