import type { LadderContext } from '../workspace/ladderContext';
import { competencyOrder } from './teamMember';
import type { CompetencyDistribution, LevelPipeline, RatingCell, TeamMember } from './types';

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
 * A member's ratings as pairs of numbers: the competency's place in the context's order and the rating's
 * scale position, worked out once per verdict (its ratings are the same array while it is cached).
 */
const ratedPlaces = new WeakMap<readonly RatingCell[], number[]>();

function ratedPlacesOf(context: LadderContext, ratings: readonly RatingCell[], order: Map<string, number>): number[] {
  let pairs = ratedPlaces.get(ratings);
  if (!pairs) {
    pairs = [];
    for (const cell of ratings) {
      if (cell.rated === null) continue;
      const position = context.scale.get(String(cell.rated))?.position;
      const place = order.get(cell.competency);
      if (position !== undefined && place !== undefined) pairs.push(place, position);
    }
    ratedPlaces.set(ratings, pairs);
  }
  return pairs;
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
  const places = competencyOrder(context);
  // How many counted people are rated at each position of each competency: one flat table of counts.
  const table = new Array<number>(places.size * scale.length).fill(0);
  let counted = 0;
  for (const member of members) {
    if (!member.counted) continue;
    counted++;
    const pairs = ratedPlacesOf(context, member.ratings, places);
    for (let index = 0; index < pairs.length; index += 2) table[pairs[index]! * scale.length + pairs[index + 1]!]!++;
  }
  return [...context.competencies.values()].map((competency, place) => {
    const counts = scale.map((entry, position) => ({ id: entry.id, count: table[place * scale.length + position]! }));
    const rated = counts.reduce((sum, count) => sum + count.count, 0);
    const top = highest.get(competency.id);
    const atOrAbove = top === undefined ? 0 : counts.slice(top).reduce((sum, count) => sum + count.count, 0);
    return {
      id: competency.id,
      name: competency.name ?? competency.id,
      counts,
      unrated: counted - rated,
      highest: top === undefined ? null : scale[top]!.id,
      atOrAbove,
      flags: top !== undefined && atOrAbove <= 1 ? ['single-point'] : [],
    };
  });
}
