// A ladder with a catalogue, an assessment and a review of it, for the rename, references and highlight
// tests: every kind of id is defined once and referred to from each place the formats allow.
import { yaml } from '../helpers';

export const RENAME_LADDER = yaml`
  kind: Ladder
  id: eng
  scale:
    - id: 1
    - id: 2
    - id: 3
  include: [support.competencies.yaml]
  competencies:
    - id: writing
      descriptors: {1: Notes, 3: Books}
  checks:
    - id: peer-review
  metrics:
    - {id: csat, unit: score}
  tracks:
    - id: core
  levels:
    - id: junior
      track: core
      rank: 1
      expectations: {writing: 1, networking: 2}
      next: [senior]
    - id: senior
      track: core
      rank: 2
      expectations:
        writing: 2
        networking: 3
      requirements:
        - id: tenure
          time-at-level: {years: 1, level: junior}
        - any-of:
            - check: peer-review
            - metric: {id: csat, min: 4}
        - competencies: {count: 1, min: 2, of: [networking, writing]}
`;

export const RENAME_CATALOGUE = yaml`
  kind: Competencies
  id: support
  competencies:
    - id: networking
      formerly:
        - net
      descriptors:
        2: Subnets
`;

export const RENAME_ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: l.ladder.yaml
  person: Alex
  date: 2026-11-01
  level: junior
  since: 2025-01-01
  history:
    - {level: junior, from: 2024-01-01, to: 2025-01-01}
  target: senior
  ratings:
    writing: 2
    net: 1
  checks:
    peer-review: passed
  metrics:
    csat: 4.5
  waivers:
    - requirement: tenure
      reason: Approved.
`;

export const RENAME_REVIEW = yaml`
  kind: Review
  assessment: a.assessment.yaml
  reviewer: Jordan
  role: manager
  ratings:
    writing: {rating: 3}
    networking: 2
  checks:
    peer-review: passed
`;

export const RENAME_FILES: Record<string, string> = {
  'l.ladder.yaml': RENAME_LADDER,
  'support.competencies.yaml': RENAME_CATALOGUE,
  'a.assessment.yaml': RENAME_ASSESSMENT,
  'm.review.yaml': RENAME_REVIEW,
};
