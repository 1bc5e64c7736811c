import type { TeamReport } from '../core';
import type { Style } from './style';

/** What every format of the team report needs besides the report. */
export interface TeamView {
  /** A file as shown: its path relative to the current directory; null for none (an anonymized assessment). */
  file(uri: string): string | null;
  /** People are aliases; assessments have no file and their errors no message. */
  anonymized: boolean;
  /** Colour for the terminal. */
  style?: Style;
}

/**
 * The `ladder team --format json` document (docs/cli.md). Keys keep this order; counts per scale position
 * are keyed by scale id; readiness is the exact fraction.
 */
export function teamToJson(report: TeamReport, { file, anonymized }: TeamView): string {
  const json = {
    assessments: report.assessments,
    ladders: report.ladders.map((ladder) => ({
      ladder: ladder.id,
      name: ladder.name,
      file: file(ladder.uri),
      scale: ladder.scale.map((entry) => entry.id),
      notScored: ladder.notScored,
      people: ladder.people.map((member) => ({
        person: member.person,
        file: file(member.uri),
        level: member.level,
        asOf: member.asOf,
        counted: member.counted,
        levels: member.focus.map((verdict) => ({
          id: verdict.level,
          next: verdict.next,
          target: verdict.target,
          status: verdict.status,
          readiness: verdict.readiness,
        })),
        compared: member.compared,
        ratings: member.ratings.map((cell) => ({
          competency: cell.competency,
          rated: cell.rated,
          expected: cell.expected,
          status: cell.status,
        })),
      })),
      levels: ladder.levels.map((level) => ({
        id: level.id,
        name: level.name,
        track: level.track,
        rank: level.rank,
        candidates: level.candidates,
        eligible: level.eligible,
        incomplete: level.incomplete,
        'not-yet': level.notYet,
      })),
      competencies: ladder.competencies.map((competency) => ({
        competency: competency.id,
        name: competency.name,
        // Built with fromEntries: a scale id spelt like an Object.prototype member is a key like any other.
        ratings: Object.fromEntries(competency.counts.map((count) => [String(count.id), count.count])),
        unrated: competency.unrated,
        highest: competency.highest,
        atOrAbove: competency.atOrAbove,
        flags: competency.flags,
      })),
    })),
    problems: report.problems.map((problem) => ({
      file: file(problem.uri),
      ...(anonymized && problem.alias !== undefined ? { person: problem.alias } : {}),
      errors: problem.errors.map((error) => ({
        line: error.line + 1,
        column: error.character + 1,
        code: error.code,
        message: error.message,
      })),
    })),
    duplicates: report.duplicates.map((duplicate) => ({ person: duplicate.person, files: duplicate.uris.map(file) })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
