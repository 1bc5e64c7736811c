// YAML fixtures for the CLI tests. Line numbers matter: the tests assert exact positions.

/** A small valid ladder that the score tests compute by hand. */
export const MINI_LADDER = `kind: Ladder
id: mini
name: Mini Ladder
scale:
  - {id: 1, name: Learning}
  - {id: 2, name: Practising}
  - {id: 3, name: Expert}
competencies:
  - {id: troubleshooting, name: Troubleshooting, group: core}
  - {id: networking, name: Networking, group: core}
  - {id: writing, name: Writing}
metrics:
  - {id: resolution, name: Resolved unassisted, unit: percent, better: higher}
checks:
  - {id: peer-review, name: Peer review}
  - {id: documented-need, name: Documented need}
tracks:
  - {id: core, name: Core}
  - {id: ic, name: IC}
levels:
  - id: engineer
    name: Engineer
    track: core
    rank: 1
    expectations: {troubleshooting: 1}
    next: [senior]
  - id: senior
    name: Senior
    track: ic
    rank: 2
    expectations: {troubleshooting: 3, networking: 2, writing: 2}
    requirements:
      - id: tenure
        time-at-level: {years: 1, rank: 1}
      - id: sme
        competencies: {count: 2, min: 2, group: core}
      - id: review
        check: peer-review
      - id: resolution-target
        metric: {id: resolution, min: 90}
    next: [lead]
  - id: lead
    name: Lead
    track: ic
    rank: 3
    expectations: {troubleshooting: 3}
    requirements:
      - id: need
        check: documented-need
      - id: lead-tenure
        time-at-level: {years: 2, level: senior}
      - id: either
        any-of:
          - check: peer-review
          - experience: {years: 10}
`;

/** Scored against MINI_LADDER: engineer eligible, senior incomplete (6/7), lead not-yet (2/4). */
export const MINI_ASSESSMENT = `kind: SelfAssessment
ladder: mini.ladder.yaml
person: Test Person
date: 2026-01-01
level: engineer
since: 2024-07-01
target: lead
ratings:
  troubleshooting: 3
  networking:
    rating: 2
    evidence: [Ran the network workshop]
checks:
  peer-review: passed
  documented-need: pending
metrics:
  resolution: 85
waivers:
  - requirement: resolution-target
    reason: Approved by leadership.
`;

/** Four mistakes: an unknown key, a misspelt competency, a duplicate level id and a dangling track. */
export const BROKEN_LADDER = `kind: Ladder
id: team
name: Team Ladder
scale:
  - {id: 1, name: Learning}
  - {id: 2, name: Practising}
competencies:
  - id: troubleshooting
    name: Troubleshooting
  - id: writing
    name: Writing
    colour: blue
tracks:
  - {id: ic, name: IC}
levels:
  - id: engineer
    name: Engineer
    track: ic
    rank: 1
    expectations:
      troubleshootin: 2
  - id: engineer
    name: Engineer again
    track: mgmt
    rank: 2
`;

/** A YAML syntax error in line 5. */
export const SYNTAX_ERROR_CATALOGUE = `kind: Competencies
id: extra
competencies:
  - id: a
    name: [unclosed
`;
