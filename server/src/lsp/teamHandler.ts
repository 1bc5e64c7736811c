import * as l10n from '@vscode/l10n';
import {
  buildTeamReport,
  readinessPercent,
  TeamCache,
  type LadderService,
  type RatingCell,
  type TeamMember,
} from '../core';
import type { TeamChanges, TeamPerson, TeamRating, TeamResult } from '../protocol';
import { lineMapOf, toRange } from './positions';
import { TeamVersions } from './teamVersions';
import type { UriMap } from './uriMap';

/**
 * Answers the team request for one ladder. Verdicts are cached per analysed assessment (TeamCache), and
 * so are the rows sent for them: after one edit, one person is scored again, and the answer to a client
 * that holds the team before the edit carries that person's row only (TeamVersions).
 */
export class TeamHandler {
  private readonly cache = new TeamCache();
  /** Each person's row as sent, by the cached verdict's ratings (the same array while the verdict is cached). */
  private readonly rows = new WeakMap<readonly RatingCell[], TeamPerson>();
  private readonly versions = new TeamVersions();

  constructor(
    private readonly service: LadderService,
    private readonly uris: UriMap,
  ) {}

  /** The team of a ladder, or what changed in it since the version `since` the client holds. */
  team(ladderUri: string, since?: string): TeamResult | TeamChanges {
    return this.versions.answer(ladderUri, this.wholeTeam(ladderUri), since);
  }

  private wholeTeam(ladderUri: string): Omit<TeamResult, 'version'> {
    const workspace = this.service.workspace;
    const empty = {
      ladderUri: this.uris.toClient(ladderUri),
      scale: [],
      people: [],
      levels: [],
      competencies: [],
      problems: [],
      duplicates: [],
    };
    const context = workspace.ladderContext(ladderUri);
    if (!context) return { ...empty, message: l10n.t('This is not a ladder that can be read.') };
    const assessments = workspace.assessmentsOf(ladderUri);
    const report = buildTeamReport(workspace, assessments, { today: this.service.now(), cache: this.cache });
    const ladder = report.ladders.find((candidate) => candidate.uri === ladderUri);
    return {
      ...empty,
      ladder: { id: context.ladder.id?.value ?? '', name: context.ladder.name ?? context.ladder.id?.value ?? '' },
      scale: context.ladder.scale.map((entry) => ({
        id: entry.id,
        ...(entry.name !== undefined ? { name: entry.name } : {}),
      })),
      people: (ladder?.people ?? []).map((member) => this.person(member)),
      levels: (ladder?.levels ?? []).map(({ id, name, rank, candidates, eligible, incomplete, notYet }) => ({
        id,
        name,
        rank,
        candidates,
        eligible,
        incomplete,
        notYet,
      })),
      competencies: (ladder?.competencies ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        counts: c.counts.map((count) => count.count),
        unrated: c.unrated,
        highest: c.highest,
        atOrAbove: c.atOrAbove,
        singlePoint: c.flags.includes('single-point'),
      })),
      problems: report.problems.map((problem) => ({
        uri: this.uris.toClient(problem.uri),
        role: problem.role,
        ...(problem.alias ? { alias: problem.alias } : {}),
        errorCount: problem.errors.length,
      })),
      duplicates: report.duplicates.map((duplicate) => ({
        person: duplicate.person,
        alias: duplicate.alias,
        uris: duplicate.uris.map((uri) => this.uris.toClient(uri)),
      })),
    };
  }

  private person(member: TeamMember): TeamPerson {
    const row = this.rows.get(member.ratings);
    if (row && row.alias === member.alias && row.counted === member.counted) return row;
    const person: TeamPerson = {
      uri: this.uris.toClient(member.uri),
      person: member.person,
      alias: member.alias,
      level: member.level,
      asOf: member.asOf,
      counted: member.counted,
      focus: member.focus.map(({ level, next, target, status, readiness }) => ({
        level,
        next,
        target,
        status,
        readiness,
        readinessPercent: readinessPercent(readiness),
      })),
      compared: member.compared,
      ratings: row?.ratings ?? this.ratingsOf(member),
    };
    this.rows.set(member.ratings, person);
    return person;
  }

  /** The ratings with LSP ranges. */
  private ratingsOf(member: TeamMember): TeamRating[] {
    const analyzed = this.service.workspace.file(member.uri).analyzed;
    const map = analyzed ? lineMapOf(analyzed) : undefined;
    const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return member.ratings.map(({ competency, rated, expected, status, span }) => ({
      competency,
      rated,
      expected,
      status,
      range: map ? toRange(map, span) : origin,
    }));
  }
}
