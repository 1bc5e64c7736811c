import * as l10n from '@vscode/l10n';
import { todayDay } from '../model/dates';
import type { LadderDiagnostic } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import { filePathOf as uriToPath, normalizeUri } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { competencyDistributions, levelPipelines } from './aggregate';
import { errorsOf, locate, roleOf, type FileEntry, type LadderState } from './fileEntry';
import { personKey } from './people';
import { TeamCache } from './teamCache';
import type { MemberVerdict } from './teamMember';
import type { DuplicatePerson, TeamLadder, TeamMember, TeamProblem, TeamReport } from './types';

export interface TeamReportOptions {
  /** "Today": the as-of date of assessments without one, and the end of the current level's time. */
  today: Date;
  /** Keeps entries and member verdicts between reports (the language server's); a fresh one when absent. */
  cache?: TeamCache;
}

const MAX_REMEMBERED = 50_000;
const paths = new Map<string, string>();

/** A URI's path, worked out once (the same files are sorted for every report). */
function pathOf(uri: string): string {
  let path = paths.get(uri);
  if (path === undefined) {
    path = uriToPath(uri) ?? uri;
    if (paths.size >= MAX_REMEMBERED) paths.clear();
    paths.set(uri, path);
  }
  return path;
}

/** URIs in the order of their paths. */
function sortByPath(uris: Iterable<string>): string[] {
  const keyed = [...uris].map((uri) => ({ uri, path: pathOf(uri) }));
  keyed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return keyed.map((entry) => entry.uri);
}

/** Collects the files with errors, each once, and hands out aliases for the people's files. */
class Problems {
  private readonly byUri = new Map<string, TeamProblem>();
  private readonly diagnostics = new Map<string, LadderDiagnostic[]>();

  constructor(
    private readonly workspace: Workspace,
    private readonly aliases: ReadonlyMap<string, string>,
  ) {}

  /** The errors of a file (and records it when it has some). */
  errorsOf(uri: string): LadderDiagnostic[] {
    const known = this.diagnostics.get(uri);
    if (known) return known;
    const errors = errorsOf(this.workspace, uri);
    if (errors.length > 0) this.add(uri, errors);
    else this.diagnostics.set(uri, errors);
    return errors;
  }

  /** Records the errors of a file whose entry holds them. */
  addEntry(uri: string, entry: FileEntry): void {
    if (entry.errors.length === 0 || this.diagnostics.has(uri)) return;
    entry.located ??= locate(entry.text, entry.errors);
    this.record(uri, entry.role, entry.located, entry.errors);
  }

  add(uri: string, errors: LadderDiagnostic[]): void {
    const located = locate(this.workspace.file(uri).analyzed?.text ?? '', errors);
    this.record(uri, roleOf(this.workspace, uri), located, errors);
  }

  private record(
    uri: string,
    role: TeamProblem['role'],
    located: TeamProblem['errors'],
    errors: LadderDiagnostic[],
  ): void {
    const alias = this.aliases.get(uri);
    this.byUri.set(uri, { uri, role, ...(alias ? { alias } : {}), errors: located });
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
function assignAliases(files: readonly string[], entries: ReadonlyMap<string, FileEntry>): Map<string, string> {
  const numbers = new Map<string, number>();
  const aliases = new Map<string, string>();
  for (const uri of files) {
    const entry = entries.get(uri)!;
    if (entry.role !== 'assessment' && entry.role !== 'other') continue;
    const key = entry.personKey !== '' ? `person:${entry.personKey}` : `file:${uri}`;
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size + 1));
    aliases.set(uri, `Person ${number}`);
  }
  return aliases;
}

function duplicatePeople(
  assessments: readonly string[],
  entries: ReadonlyMap<string, FileEntry>,
  aliases: ReadonlyMap<string, string>,
): DuplicatePerson[] {
  const groups = new Map<string, string[]>();
  for (const uri of assessments) {
    const key = entries.get(uri)!.personKey;
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(uri);
    else groups.set(key, [uri]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      person: entries.get(group[0]!)!.assessment!.person!,
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

/** A member from their verdict (property by property: spreading the verdict is many times slower). */
function member(verdict: MemberVerdict, alias: string): TeamMember {
  const { uri, person, level, asOf, focus, compared, ratings } = verdict;
  return { uri, person, alias, level, asOf, counted: true, focus, compared, ratings };
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
  const day = todayDay(options.today);
  const files = sortByPath(new Set(uris.map(normalizeUri)));
  const ladderStates = new Map<string, LadderState>();
  const ladderState = (ladderUri: string): LadderState => {
    let state = ladderStates.get(ladderUri);
    if (!state)
      ladderStates.set(
        ladderUri,
        (state = { file: workspace.file(ladderUri), context: workspace.ladderContext(ladderUri) }),
      );
    return state;
  };
  const entries = new Map(files.map((uri) => [uri, cache.entry(workspace, uri, day, ladderState)] as const));
  const aliases = assignAliases(files, entries);
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
    const entry = entries.get(uri)!;
    problems.addEntry(uri, entry);
    const { assessment, context, ladderUri } = entry;
    if (!assessment) continue;
    assessments.push(uri);
    const ownErrors = entry.errors.length > 0;
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
    const verdict = cache.verdict(uri, assessment, context, options.today, day);
    group.members.push(member(verdict, aliases.get(uri) ?? ''));
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
    duplicates: duplicatePeople(assessments, entries, aliases),
    assessments: assessments.length,
  };
}
