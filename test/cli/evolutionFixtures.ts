// A small ladder, its catalogue and assessments for the `impact` and `history` tests.

export const TEAM_LADDER = `kind: Ladder
id: team
name: Team
scale: [{id: 1}, {id: 2}, {id: 3}]
include: [core.competencies.yaml]
tracks: [{id: ic, name: IC}]
levels:
  - id: junior
    name: Junior
    track: ic
    rank: 1
    expectations: {writing: 1}
    next: [senior]
  - id: senior
    name: Senior
    track: ic
    rank: 2
    expectations: {writing: 2, review: 2}
    requirements:
      - id: tenure
        time-at-level: {years: 1, rank: 1}
      - id: sme
        competencies: {count: 2, min: 2, group: core}
`;

export const CATALOGUE = `kind: Competencies
id: core
competencies:
  - {id: writing, name: Writing, group: core}
  - {id: review, name: Code review, group: core}
`;

export const assessment = (
  person: string,
  writing: number,
  review: number,
  ladderPath = 'team.ladder.yaml',
) => `kind: SelfAssessment
ladder: ${ladderPath}
person: ${person}
date: 2025-06-01
level: junior
since: 2024-01-01
ratings: {writing: ${writing}, review: ${review}}
`;
