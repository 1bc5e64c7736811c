// A small team: one ladder of three levels (numeric scale), one of two levels (scale I, II), people with
// next and target levels, a person in two files, an assessment with an error.
import { yaml } from '../helpers';

export const TEAM_LADDER = yaml`
  kind: Ladder
  id: support
  name: Support Ladder
  scale: [{id: 1, name: Learning}, {id: 2, name: Practising}, {id: 3, name: Expert}]
  competencies:
    - {id: alpha, name: Alpha}
    - {id: beta, name: Beta}
    - {id: gamma, name: Gamma}
  tracks: [{id: ic, name: IC}]
  levels:
    - {id: junior, name: Junior, track: ic, rank: 1, next: [senior]}
    - {id: senior, name: Senior, track: ic, rank: 2, expectations: {alpha: 2, beta: 3}, next: [lead]}
    - {id: lead, name: Lead, track: ic, rank: 3, expectations: {alpha: 3}}
`;

export const ROMAN_LADDER = yaml`
  kind: Ladder
  id: roman
  name: Roman Ladder
  scale: [{id: I}, {id: II}]
  competencies:
    - {id: writing, name: Writing}
  tracks: [{id: ic}]
  levels:
    - {id: one, name: One, track: ic, rank: 1, next: [two]}
    - {id: two, name: Two, track: ic, rank: 2, expectations: {writing: II}}
`;

function person(name: string, ladder: string, level: string, ratings: string, extra = ''): string {
  return `kind: SelfAssessment\nladder: ${ladder}\nperson: ${name}\ndate: 2026-11-01\nlevel: ${level}\nsince: 2025-01-01\n${extra}ratings: ${ratings}\n`;
}

export const TEAM_FILES: Record<string, string> = {
  'support.ladder.yaml': TEAM_LADDER,
  'roman.ladder.yaml': ROMAN_LADDER,
  'team/ana.assessment.yaml': person('Ana Diaz', '../support.ladder.yaml', 'junior', '{alpha: 2, beta: 3}'),
  'team/ben.assessment.yaml': person(
    'Ben Okoye',
    '../support.ladder.yaml',
    'junior',
    '{alpha: 1, beta: 3, gamma: 2}',
    'target: lead\n',
  ),
  'team/ben-old.assessment.yaml': person('ben  okoye', '../support.ladder.yaml', 'junior', '{alpha: 1}').replace(
    '2026-11-01',
    '2025-06-01',
  ),
  'team/cat.assessment.yaml': person('Cat Ng', '../support.ladder.yaml', 'senior', '{alpha: 3}'),
  'team/dan.assessment.yaml': person('Dan Roe', '../support.ladder.yaml', 'junior', '{alpha: 2}'),
  'team/eve.assessment.yaml': person('Eve Stone', '../support.ladder.yaml', 'junior', '{alpha: 2, omega: 3}'),
  'other/fay.assessment.yaml': person('Fay Wu', '../roman.ladder.yaml', 'one', '{writing: II}'),
};
