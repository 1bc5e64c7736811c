import type { LadderContext } from '../workspace/ladderContext';
import type { CompetencyDistribution, LevelPipeline, TeamMember } from './types';

/** Per level of the ladder (file order): how many counted people have it in focus, by status. */
export function levelPipelines(context: LadderContext, members: readonly TeamMember[]): LevelPipeline[] {
  const pipelines = new Map<string, LevelPipeline>();
  for (const level of context.levels.values()) {
    pipelines.set(level.id, {
      id: level.id,
      name: level.name ?? level.id,
      track: level.track?.value ?? '',
      rank: level.rank?.value ?? 0,
      candidates: 0,
      eligible: 0,
      incomplete: 0,
      notYet: 0,
    });
  }
  for (const member of members) {
    if (!member.counted) continue;
    for (const verdict of member.focus) {
      const pipeline = pipelines.get(verdict.level);
      if (!pipeline) continue;
      pipeline.candidates++;
      if (verdict.status === 'eligible') pipeline.eligible++;
      else if (verdict.status === 'incomplete') pipeline.incomplete++;
      else pipeline.notYet++;
    }
  }
  return [...pipelines.values()];
}

/** The highest scale position any level sets as a minimum, by competency id. */
function highestExpectations(context: LadderContext): Map<string, number> {
  const highest = new Map<string, number>();
  for (const level of context.levels.values()) {
    for (const expectation of level.expectations) {
      const position = expectation.min && context.scale.get(expectation.min.key)?.position;
      if (position === undefined) continue;
      const id = expectation.competency.value;
      if (position > (highest.get(id) ?? -1)) highest.set(id, position);
    }
  }
  return highest;
}

/**
 * Per competency of the ladder: the counted people at each scale position, the unrated, and the
 * `single-point` flag when at most one of them is rated at or above the highest minimum any level sets.
 */
export function competencyDistributions(
  context: LadderContext,
  members: readonly TeamMember[],
): CompetencyDistribution[] {
  const scale = context.ladder.scale;
  const highest = highestExpectations(context);
  const counted = members.filter((member) => member.counted);
  // Position of each counted person's rating, by competency: one pass over the ratings, not one per competency.
  const positions = new Map<string, number[]>();
  for (const member of counted) {
    for (const cell of member.ratings) {
      if (cell.rated === null) continue;
      const position = context.scale.get(String(cell.rated))?.position;
      if (position === undefined) continue;
      let list = positions.get(cell.competency);
      if (!list) positions.set(cell.competency, (list = []));
      list.push(position);
    }
  }
  return [...context.competencies.values()].map((competency) => {
    const rated = positions.get(competency.id) ?? [];
    const counts = scale.map((entry) => ({ id: entry.id, count: 0 }));
    for (const position of rated) counts[position]!.count++;
    const top = highest.get(competency.id);
    const atOrAbove = top === undefined ? 0 : rated.filter((position) => position >= top).length;
    return {
      id: competency.id,
      name: competency.name ?? competency.id,
      counts,
      unrated: counted.length - rated.length,
      highest: top === undefined ? null : scale[top]!.id,
      atOrAbove,
      flags: top !== undefined && atOrAbove <= 1 ? ['single-point'] : [],
    };
  });
}
