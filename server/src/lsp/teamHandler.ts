import * as l10n from '@vscode/l10n';
import {
  buildTeamReport,
  readinessPercent,
  TeamCache,
  type LadderService,
  type RatingCell,
  type TeamMember,
} from '../core';
import type { TeamPerson, TeamRating, TeamResult } from '../protocol';
import { lineMapOf, toRange } from './positions';
import type { UriMap } from './uriMap';

/**
 * Answers the team request for one ladder. Verdicts are cached per analysed assessment (TeamCache), and
 * so are their ratings with ranges: after one edit, one person is scored again and the rest is reused.
 */
export class TeamHandler {
  private readonly cache = new TeamCache();
  /** Ratings with LSP ranges, by the cached verdict's ratings (the same array while the verdict is cached). */
  private readonly ranges = new WeakMap<readonly RatingCell[], TeamRating[]>();

  constructor(
    private readonly service: LadderService,
    private readonly uris: UriMap,
  ) {}

  team(ladderUri: string): TeamResult {
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
    return {
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
      ratings: this.ratingsOf(member),
    };
  }

  private ratingsOf(member: TeamMember): TeamRating[] {
    let ratings = this.ranges.get(member.ratings);
    if (!ratings) {
      const analyzed = this.service.workspace.file(member.uri).analyzed;
      const map = analyzed ? lineMapOf(analyzed) : undefined;
      const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      ratings = member.ratings.map(({ competency, rated, expected, status, span }) => ({
        competency,
        rated,
        expected,
        status,
        range: map ? toRange(map, span) : origin,
      }));
      this.ranges.set(member.ratings, ratings);
    }
    return ratings;
  }
}
